/** Plan against actual: a unit's plans per commune and month against its approved activities there. */
import { type PlanActualQuery, PlanActualQuerySchema, PlanActualSchema, ProblemSchema } from '@danvan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../lib/write-context-of.js';
import { commitEpochOf } from '../plugins/database.js';
import { confinedUnit, forbidden, type WriteContext } from '../repositories/write-context.js';
import { planActual } from '../services/plan-actual-service.js';

/** A unit officer (or write token) sees its own unit's plans and activities only. */
function ownScope(q: PlanActualQuery, ctx: WriteContext): PlanActualQuery {
  const unit = confinedUnit(ctx);
  if (unit === null) return q;
  if (q.unitId !== undefined && q.unitId !== unit) throw forbidden('Chỉ xem được kế hoạch của đơn vị mình');
  return { ...q, unitId: unit };
}

const planActualRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/stats/plan-actual',
    {
      config: { access: 'read' },
      schema: {
        tags: ['Số liệu', 'Kế hoạch'],
        operationId: 'getPlanActualStats',
        summary: 'Kế hoạch so với thực hiện theo đơn vị, xã và tháng',
        description:
          'Với mỗi (đơn vị, xã, tháng) có kế hoạch hoặc có hoạt động: số kế hoạch, số hoạt động đã duyệt (thực hiện), ' +
          'số hoạt động đang chờ duyệt, và việc đạt kế hoạch (đã duyệt ≥ kế hoạch). Hoạt động chung của nhiều đơn vị ' +
          'được tính cho từng đơn vị. Cán bộ đơn vị chỉ xem được đơn vị mình.',
        querystring: PlanActualQuerySchema,
        response: { 200: PlanActualSchema, 400: ProblemSchema, 403: ProblemSchema, 500: ProblemSchema },
      },
    },
    async (request) =>
      planActual(app.database, app.stats.store, ownScope(request.query, contextOf(request)), commitEpochOf(request)),
  );
};

export default planActualRoutes;
