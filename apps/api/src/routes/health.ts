import { HealthSchema, ProblemSchema } from '@danvan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { isDemoDatabase } from '../repositories/meta-repository.js';
import { APP_VERSION } from '../version.js';

const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Hệ thống'],
        operationId: 'getHealth',
        summary: 'Tình trạng máy chủ và cơ sở dữ liệu',
        response: { 200: HealthSchema, 500: ProblemSchema },
      },
    },
    async () => {
      const row = app.database.sqlite.prepare<[], { n: number }>('SELECT count(*) AS n FROM activities').get();
      return {
        status: 'ok' as const,
        version: APP_VERSION,
        database: { ok: true, activities: row?.n ?? 0 },
        demo: isDemoDatabase(app.database),
      };
    },
  );
};

export default healthRoutes;
