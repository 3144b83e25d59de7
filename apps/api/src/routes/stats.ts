import {
  ComplianceStatsSchema,
  CoverageStatsSchema,
  FundingStatsSchema,
  ProblemSchema,
  StatsQuerySchema,
} from '@danvan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { complianceStats, coverageStats, fundingStats } from '../services/stats-service.js';

const errors = { 400: ProblemSchema, 500: ProblemSchema };

/** The figures of the dashboards. Only approved, not deleted activities count. */
const statsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/stats/coverage',
    {
      schema: {
        tags: ['Số liệu'],
        operationId: 'getCoverageStats',
        summary: 'Độ bao phủ: lượt, đơn vị, xã, tỷ lệ đơn vị có hoạt động theo tháng',
        querystring: StatsQuerySchema,
        response: { 200: CoverageStatsSchema, ...errors },
      },
    },
    async (request) => coverageStats(app.database, request.query),
  );

  app.get(
    '/stats/compliance',
    {
      schema: {
        tags: ['Số liệu'],
        operationId: 'getComplianceStats',
        summary: 'Ma trận đơn vị × tháng: số lượt và việc đạt định mức',
        querystring: StatsQuerySchema,
        response: { 200: ComplianceStatsSchema, ...errors },
      },
    },
    async (request) => complianceStats(app.database, request.query),
  );

  app.get(
    '/stats/funding',
    {
      schema: {
        tags: ['Số liệu'],
        operationId: 'getFundingStats',
        summary: 'Kinh phí: tiền mặt, trị giá hiện vật, ngày công theo nguồn, đơn vị, xã, loại hoạt động, tháng',
        querystring: StatsQuerySchema,
        response: { 200: FundingStatsSchema, ...errors },
      },
    },
    async (request) => fundingStats(app.database, request.query),
  );
};

export default statsRoutes;
