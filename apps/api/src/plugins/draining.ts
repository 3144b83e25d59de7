/**
 * While the server shuts down it finishes the requests in flight; a request that arrives on a
 * connection still open (keep-alive) is refused with a 503 problem and `Connection: close`, so that
 * the client retries elsewhere or later. (Fastify's own refusal is not in the problem shape: it is
 * turned off with `return503OnClosing: false`.)
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { HttpProblem } from './problems.js';

export default fp(
  async function draining(app: FastifyInstance) {
    let closing = false;
    app.addHook('preClose', async () => {
      closing = true;
    });
    app.addHook('onRequest', async (_request, reply) => {
      if (!closing) return;
      reply.header('connection', 'close');
      throw new HttpProblem(
        503,
        'shutting-down',
        'Máy chủ đang dừng',
        'Máy chủ đang dừng hoặc khởi động lại; hãy thử lại sau ít giây.',
        undefined,
        { 'retry-after': '5' },
      );
    });
  },
  { name: 'draining', dependencies: ['problems'] },
);
