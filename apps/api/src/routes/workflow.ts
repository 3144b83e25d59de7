/** The review workflow of activities: submit, approve, return with a comment, and review in bulk. */
import { ActivitySchema, ReturnInputSchema, ReviewInputSchema, ReviewResultSchema } from '@danvan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { etagOf, expectedVersion } from '../lib/etag.js';
import { contextOf } from '../lib/write-context-of.js';
import { HttpProblem } from '../plugins/problems.js';
import { activitiesRepository } from '../repositories/activities-repository.js';
import { IdParamsSchema, IfMatchHeadersSchema, notFound, versionedWriteProblems } from './crud.js';

const NOUN = 'hoạt động';

const workflowRoutes: FastifyPluginAsyncZod = async (app) => {
  const repository = activitiesRepository(app.database.db);

  const steps = [
    {
      action: 'submit' as const,
      access: 'write' as const,
      summary: 'Gửi duyệt hoạt động (bản nháp hoặc bị trả lại → chờ duyệt)',
      body: z.object({}).strict().nullish(),
    },
    {
      action: 'approve' as const,
      access: 'admin' as const,
      summary: 'Duyệt hoạt động (chờ duyệt → đã duyệt); chỉ hoạt động đã duyệt được tính vào số liệu',
      body: z.object({}).strict().nullish(),
    },
    {
      action: 'return' as const,
      access: 'admin' as const,
      summary: 'Trả lại hoạt động kèm lý do (chờ duyệt hoặc đã duyệt → trả lại)',
      body: ReturnInputSchema,
    },
  ];

  for (const step of steps) {
    app.post(
      `/activities/:id/${step.action}`,
      {
        config: { access: step.access },
        schema: {
          tags: ['Hoạt động'],
          operationId: `${step.action}Activity`,
          summary: step.summary,
          params: IdParamsSchema,
          headers: IfMatchHeadersSchema,
          body: step.body,
          response: { 200: ActivitySchema, ...versionedWriteProblems },
        },
      },
      async (request, reply) => {
        const expected = expectedVersion(request.headers['if-match']);
        const comment = (request.body as { comment?: string } | undefined)?.comment ?? null;
        const updated = repository.transition(request.params.id, expected, step.action, comment, contextOf(request));
        if (!updated) throw notFound(NOUN, request.params.id);
        reply.header('etag', etagOf(updated.version));
        return updated;
      },
    );
  }

  app.post(
    '/activities/review',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['Hoạt động'],
        operationId: 'reviewActivities',
        summary: 'Duyệt hoặc trả lại nhiều hoạt động một lúc',
        description: 'Mỗi hoạt động được xử lý riêng; kết quả cho biết hoạt động nào không thực hiện được và vì sao.',
        body: ReviewInputSchema,
        response: { 200: ReviewResultSchema, ...versionedWriteProblems },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      const { ids, action, comment } = request.body;
      return {
        results: [...new Set(ids)].map((id) => {
          try {
            const updated = repository.transition(id, '*', action, comment ?? null, ctx);
            if (!updated) return { id, ok: false, error: `Không có ${NOUN} với id ${id}` };
            return { id, ok: true, status: updated.status };
          } catch (error) {
            if (error instanceof HttpProblem) return { id, ok: false, error: error.detail ?? error.title };
            throw error;
          }
        }),
      };
    },
  );
};

export default workflowRoutes;
