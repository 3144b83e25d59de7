/**
 * The figures of the dashboards. Only approved, not deleted activities count. The answers come
 * from in-memory roll-ups kept current with every write, as ready-made JSON with an ETag
 * (docs/decisions/0008-stats-rollups.md).
 */
import {
  CommunesStatsQuerySchema,
  CommunesStatsSchema,
  ComplianceQuerySchema,
  ComplianceStatsSchema,
  CoverageStatsSchema,
  FundingQuerySchema,
  FundingStatsSchema,
  ProblemSchema,
  type StatsQuery,
  StatsQuerySchema,
} from '@danvan/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { noneMatch } from '../lib/etag.js';
import { contextOf } from '../lib/write-context-of.js';
import { commitEpochOf } from '../plugins/database.js';
import { confinedUnit, forbidden, type WriteContext } from '../repositories/write-context.js';
import type { Answer } from '../services/stats/response-cache.js';

const errors = {
  304: z.null().meta({ description: 'Số liệu không đổi: trùng ETag gửi trong If-None-Match' }),
  400: ProblemSchema,
  403: ProblemSchema,
  500: ProblemSchema,
};
const JSON_TYPE = 'application/json; charset=utf-8';
const CONFINED =
  'Cán bộ đơn vị (và token ghi) chỉ xem được số liệu của đơn vị mình: unitId mặc định là đơn vị đó, ' +
  'unitId khác bị từ chối (403). Câu trả lời có ETag: gửi lại trong If-None-Match để nhận 304 khi số liệu không đổi.';

/** A unit officer (or write token) sees its own unit's figures only. */
function ownScope<Q extends Pick<StatsQuery, 'unitId'>>(q: Q, ctx: WriteContext): { q: Q; unit: number | null } {
  const unit = confinedUnit(ctx);
  if (unit === null) return { q, unit };
  if (q.unitId !== undefined && q.unitId !== unit) throw forbidden('Chỉ xem được số liệu của đơn vị mình');
  return { q: { ...q, unitId: unit }, unit };
}

/**
 * The figures as cached: the bytes as they are, or 304 when the client already holds them
 * (If-None-Match). Private: the answer depends on who asks.
 */
function sendAnswer(request: FastifyRequest, reply: FastifyReply, answer: Answer) {
  reply.header('etag', answer.etag).header('cache-control', 'private, no-cache');
  if (noneMatch(request.headers['if-none-match'], answer.etag)) return reply.code(304).send();
  return reply.type(JSON_TYPE).send(answer.body);
}

const statsRoutes: FastifyPluginAsyncZod = async (app) => {
  const config = { access: 'read' as const };
  app.get(
    '/stats/coverage',
    {
      config,
      schema: {
        tags: ['Số liệu'],
        operationId: 'getCoverageStats',
        summary: 'Độ bao phủ: lượt, đơn vị, xã, vùng sâu vùng xa, tỷ lệ đơn vị có hoạt động theo tháng',
        description: CONFINED,
        querystring: StatsQuerySchema,
        response: { 200: CoverageStatsSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { q, unit } = ownScope(request.query, contextOf(request));
      return sendAnswer(request, reply, app.stats.answer('coverage', q, unit, commitEpochOf(request)));
    },
  );

  app.get(
    '/stats/compliance',
    {
      config,
      schema: {
        tags: ['Số liệu'],
        operationId: 'getComplianceStats',
        summary: 'Ma trận đơn vị × tháng: số lượt và việc đạt định mức, sắp xếp và phân trang',
        description: `${CONFINED} \`summary\` tính trên mọi đơn vị khớp bộ lọc, \`units\` chỉ là trang được hỏi.`,
        querystring: ComplianceQuerySchema,
        response: { 200: ComplianceStatsSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { q, unit } = ownScope(request.query, contextOf(request));
      return sendAnswer(request, reply, app.stats.answer('compliance', q, unit, commitEpochOf(request)));
    },
  );

  app.get(
    '/stats/communes',
    {
      config,
      schema: {
        tags: ['Số liệu'],
        operationId: 'getCommuneStats',
        summary: 'Từng xã được phân công trong kỳ: lượt, hoạt động gần nhất, tiêu chí nông thôn mới',
        description:
          `${CONFINED} Sắp xếp theo lastActivityDate coi xã chưa từng có hoạt động là cũ nhất, ` +
          'theo daysSinceLast coi là lâu nhất.',
        querystring: CommunesStatsQuerySchema,
        response: { 200: CommunesStatsSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { q, unit } = ownScope(request.query, contextOf(request));
      return sendAnswer(request, reply, app.stats.answer('communes', q, unit, commitEpochOf(request)));
    },
  );

  app.get(
    '/stats/funding',
    {
      config,
      schema: {
        tags: ['Số liệu'],
        operationId: 'getFundingStats',
        summary: 'Kinh phí: tiền mặt, trị giá hiện vật, ngày công theo nguồn, đơn vị, xã, loại hoạt động, tháng',
        description: CONFINED,
        querystring: FundingQuerySchema,
        response: { 200: FundingStatsSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { q, unit } = ownScope(request.query, contextOf(request));
      return sendAnswer(request, reply, app.stats.answer('funding', q, unit, commitEpochOf(request)));
    },
  );
};

export default statsRoutes;
