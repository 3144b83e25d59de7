import {
  ComplianceStatsSchema,
  CoverageStatsSchema,
  FundingStatsSchema,
  ProblemSchema,
  type StatsQuery,
  StatsQuerySchema,
} from '@danvan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../lib/write-context-of.js';
import { confinedUnit, forbidden, type WriteContext } from '../repositories/write-context.js';
import { complianceStats, coverageStats, fundingStats } from '../services/stats-service.js';

const errors = { 400: ProblemSchema, 500: ProblemSchema };

/** The figures of the dashboards. Only approved, not deleted activities count. */
/** A unit officer (or write token) sees its own unit's figures only. */
function ownScope(q: StatsQuery, ctx: WriteContext): StatsQuery {
  const unit = confinedUnit(ctx);
  if (unit === null) return q;
  if (q.unitId !== undefined && q.unitId !== unit) throw forbidden('Chỉ xem được số liệu của đơn vị mình');
  return { ...q, unitId: unit };
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
        summary: 'Độ bao phủ: lượt, đơn vị, xã, tỷ lệ đơn vị có hoạt động theo tháng',
        querystring: StatsQuerySchema,
        response: { 200: CoverageStatsSchema, ...errors },
      },
    },
    async (request) => coverageStats(app.database, ownScope(request.query, contextOf(request))),
  );

  app.get(
    '/stats/compliance',
    {
      config,
      schema: {
        tags: ['Số liệu'],
        operationId: 'getComplianceStats',
        summary: 'Ma trận đơn vị × tháng: số lượt và việc đạt định mức',
        querystring: StatsQuerySchema,
        response: { 200: ComplianceStatsSchema, ...errors },
      },
    },
    async (request) => complianceStats(app.database, ownScope(request.query, contextOf(request))),
  );

  app.get(
    '/stats/funding',
    {
      config,
      schema: {
        tags: ['Số liệu'],
        operationId: 'getFundingStats',
        summary: 'Kinh phí: tiền mặt, trị giá hiện vật, ngày công theo nguồn, đơn vị, xã, loại hoạt động, tháng',
        querystring: StatsQuerySchema,
        response: { 200: FundingStatsSchema, ...errors },
      },
    },
    async (request) => fundingStats(app.database, ownScope(request.query, contextOf(request))),
  );
};

export default statsRoutes;
