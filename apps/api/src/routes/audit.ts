/** The audit trail: read-only, for admins. */
import { AuditEntrySchema, AuditListQuerySchema, listResponse, ProblemSchema } from '@danvan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditRepository } from '../repositories/audit-repository.js';

const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const repository = new AuditRepository(app.database.db);
  app.get(
    '/audit',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['Nhật ký'],
        operationId: 'listAudit',
        summary: 'Nhật ký thay đổi: ai, khi nào, bản ghi nào, thao tác gì, trước và sau',
        description: 'Lịch sử của một bản ghi: `?entity=activities&entityId=12&sort=at`. Nhật ký không sửa, xoá được.',
        querystring: AuditListQuerySchema,
        response: { 200: listResponse(AuditEntrySchema), 400: ProblemSchema },
      },
    },
    async (request) => repository.list(request.query),
  );
};

export default auditRoutes;
