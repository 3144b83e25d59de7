/** Opens the database for the app's lifetime and decorates the instance with it. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { DatabaseHandle } from '../db/client.js';
import { CommitWatch } from '../db/commit-watch.js';

declare module 'fastify' {
  interface FastifyInstance {
    database: DatabaseHandle;
    /** Whether the database may have been written since a reader last checked (in-memory caches). */
    commits: CommitWatch;
  }
  interface FastifyRequest {
    /** The commit epoch this request saw when it first looked; null before. */
    commitEpoch: number | null;
  }
}

/**
 * The commit epoch of a request: looked up once, at its first need, so that everything the
 * request reads from memory is current at least up to its arrival, for one look at SQLite.
 */
export function commitEpochOf(request: FastifyRequest): number {
  request.commitEpoch ??= request.server.commits.look();
  return request.commitEpoch;
}

export default fp(
  async function database(app: FastifyInstance, options: { handle: DatabaseHandle; closeOnShutdown: boolean }) {
    app.decorate('database', options.handle);
    app.decorate('commits', new CommitWatch(options.handle.sqlite));
    app.decorateRequest('commitEpoch', null);
    if (options.closeOnShutdown) app.addHook('onClose', async () => options.handle.close());
  },
  { name: 'database' },
);
