/** Opens the database for the app's lifetime and decorates the instance with it. */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { DatabaseHandle } from '../db/client.js';

declare module 'fastify' {
  interface FastifyInstance {
    database: DatabaseHandle;
  }
}

export default fp(
  async function database(app: FastifyInstance, options: { handle: DatabaseHandle; closeOnShutdown: boolean }) {
    app.decorate('database', options.handle);
    if (options.closeOnShutdown) app.addHook('onClose', async () => options.handle.close());
  },
  { name: 'database' },
);
