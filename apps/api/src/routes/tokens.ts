/**
 * API tokens for integrators, for admins: the token is shown once, in the answer to its creation;
 * only its SHA-256 is kept. A token expires at the latest one year after it is made.
 */
import {
  ApiTokenCreatedSchema,
  ApiTokenInputSchema,
  ApiTokenListQuerySchema,
  ApiTokenSchema,
  listResponse,
  ProblemSchema,
  todayInVietnam,
} from '@danvan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../lib/write-context-of.js';
import { HttpProblem } from '../plugins/problems.js';
import { tokensRepository } from '../repositories/tokens-repository.js';
import { writeAudit } from '../repositories/write-context.js';
import { IdParamsSchema, notFound } from './crud.js';

const TAG = 'Token API';
const NOUN = 'token';

/** The last allowed expiry date: the same date next year (28 February for 29 February). */
export function latestExpiry(today: string): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  if (m === 2 && d === 29) return `${y + 1}-02-28`;
  return `${y + 1}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function expiryRefusal(message: string): HttpProblem {
  return new HttpProblem(400, 'validation', 'Dữ liệu không hợp lệ', message, [{ path: 'expiresOn', message }]);
}

const tokenRoutes: FastifyPluginAsyncZod = async (app) => {
  const tokens = tokensRepository(app.database.db);
  const config = { access: 'admin' as const };

  app.get(
    '/tokens',
    {
      config,
      schema: {
        tags: [TAG],
        operationId: 'listApiTokens',
        summary: 'Danh sách token API (không bao giờ kèm token)',
        querystring: ApiTokenListQuerySchema,
        response: { 200: listResponse(ApiTokenSchema), 400: ProblemSchema },
      },
    },
    async (request) => tokens.list(request.query),
  );

  app.post(
    '/tokens',
    {
      config,
      schema: {
        tags: [TAG],
        operationId: 'createApiToken',
        summary: 'Tạo token API (token chỉ hiện một lần)',
        description:
          'Token dạng `dvcs_…`, dùng trong tiêu đề `Authorization: Bearer dvcs_…`. Quyền `read`: chỉ đọc; ' +
          '`write`: ghi dữ liệu của một đơn vị như cán bộ của đơn vị đó. Hết hạn sau ngày `expiresOn` (tối đa 1 năm).',
        body: ApiTokenInputSchema,
        response: { 201: ApiTokenCreatedSchema, 400: ProblemSchema },
      },
    },
    async (request, reply) => {
      const now = new Date();
      const today = todayInVietnam(now);
      const { expiresOn } = request.body;
      if (expiresOn < today) throw expiryRefusal('Ngày hết hạn đã qua');
      const latest = latestExpiry(today);
      if (expiresOn > latest) throw expiryRefusal(`Token hết hạn muộn nhất sau 1 năm (${latest})`);
      const createdBy = request.principal!.id;
      const db = app.database.db;
      const created = db.transaction(() => {
        const token = tokens.create({ ...request.body, createdBy }, now);
        // The audit keeps the token's record, never the token itself.
        const { token: _secret, ...record } = token;
        writeAudit(db, contextOf(request), {
          entity: 'api_tokens',
          entityId: token.id,
          action: 'token_create',
          before: null,
          after: record,
        });
        return token;
      });
      return reply.code(201).send(created);
    },
  );

  app.post(
    '/tokens/:id/revoke',
    {
      config,
      schema: {
        tags: [TAG],
        operationId: 'revokeApiToken',
        summary: 'Thu hồi token API',
        description: 'Token bị thu hồi không dùng được nữa, ngay lập tức. Thu hồi lại không thay đổi gì.',
        params: IdParamsSchema,
        response: { 200: ApiTokenSchema, 400: ProblemSchema, 404: ProblemSchema },
      },
    },
    async (request) => {
      const db = app.database.db;
      return db.transaction(() => {
        const revoked = tokens.revoke(request.params.id, new Date());
        if (!revoked) throw notFound(NOUN, request.params.id);
        const entry = {
          entity: 'api_tokens',
          entityId: revoked.id,
          action: 'token_revoke',
          before: null,
          after: revoked,
        };
        writeAudit(db, contextOf(request), entry);
        return revoked;
      });
    },
  );
};

export default tokenRoutes;
