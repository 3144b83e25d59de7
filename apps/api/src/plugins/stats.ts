/**
 * The figures' roll-ups: built from the database when the app gets ready (so before the server
 * listens), then kept current by the routes' reads (docs/decisions/0008-stats-rollups.md).
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { buildRollupStore } from '../services/stats/rollup-store.js';
import { StatsFigures } from '../services/stats/stats-figures.js';

declare module 'fastify' {
  interface FastifyInstance {
    stats: StatsFigures;
  }
}

export default fp(
  async function stats(app: FastifyInstance) {
    let figures: StatsFigures | null = null;
    app.decorate('stats', {
      getter(): StatsFigures {
        if (!figures) throw new Error('The statistics roll-ups are built when the app is ready');
        return figures;
      },
    });
    app.addHook('onReady', async () => {
      const { store, ms } = buildRollupStore(app.database);
      figures = new StatsFigures(store);
      const started = performance.now();
      figures.warmUp();
      const f = store.figures();
      app.log.info(
        {
          ms: Math.round(ms),
          warmUpMs: Math.round(performance.now() - started),
          ...f,
          megabytes: Math.round(f.bytes / 1024 / 1024),
        },
        'statistics roll-ups built',
      );
    });
  },
  { name: 'stats', dependencies: ['database'] },
);
