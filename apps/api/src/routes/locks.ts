/** Month locks (khoá sổ). */
import {
  MonthLockInputSchema,
  MonthLockSchema,
  MonthSchema,
  MonthUnlockInputSchema,
  ProblemSchema,
} from '@danvan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../lib/write-context-of.js';
import { HttpProblem } from '../plugins/problems.js';
import { LocksRepository } from '../repositories/locks-repository.js';

const lockRoutes: FastifyPluginAsyncZod = async (app) => {
  const repository = new LocksRepository(app.database.db);

  app.get(
    '/locks',
    {
      config: { access: 'read' },
      schema: {
        tags: ['Khoá sổ'],
        operationId: 'listMonthLocks',
        summary: 'Các tháng đã khoá sổ',
        response: { 200: z.object({ items: z.array(MonthLockSchema) }) },
      },
    },
    async () => ({ items: repository.list() }),
  );

  app.post(
    '/locks',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['Khoá sổ'],
        operationId: 'lockMonth',
        summary: 'Khoá sổ một tháng (kèm lý do): không thay đổi được hoạt động của tháng đó',
        body: MonthLockInputSchema,
        response: { 201: MonthLockSchema, 400: ProblemSchema, 403: ProblemSchema, 409: ProblemSchema },
      },
    },
    async (request, reply) => {
      const lock = repository.lock(request.body.month, request.body.reason, contextOf(request));
      return reply.code(201).header('location', `/api/v1/locks/${lock.month}`).send(lock);
    },
  );

  app.delete(
    '/locks/:month',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['Khoá sổ'],
        operationId: 'unlockMonth',
        summary: 'Mở khoá sổ một tháng (kèm lý do)',
        params: z.object({ month: MonthSchema }),
        body: MonthUnlockInputSchema,
        response: { 204: z.null(), 400: ProblemSchema, 404: ProblemSchema },
      },
    },
    async (request, reply) => {
      if (!repository.unlock(request.params.month, request.body.reason, contextOf(request))) {
        throw new HttpProblem(404, 'not-found', 'Không tìm thấy', `Tháng ${request.params.month} chưa khoá sổ`);
      }
      return reply.code(204).send(null);
    },
  );
};

export default lockRoutes;
