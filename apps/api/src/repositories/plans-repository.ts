import type { Plan, PlanInput, PlanListQuery } from '@danvan/domain';
import { foldVietnamese, PlanInputSchema } from '@danvan/domain';
import { and, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { communes, plans, units } from '../db/schema.js';
import { type Row, TableRepository } from './table-repository.js';

function toRecord(r: Row): Plan {
  return {
    id: r.id,
    unitId: r.unitId,
    communeId: r.communeId,
    month: r.month,
    plannedDate: r.plannedDate,
    content: r.content,
    categories: r.categories,
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

/**
 * Plans whose content contains `q` regardless of diacritics. Plans have no folded search column and
 * SQLite cannot fold Vietnamese, so the candidates (already narrowed by the other filters, and
 * few per unit) are folded here.
 */
function contentMatches(db: Db, others: (SQL | undefined)[], q: string | undefined): SQL | undefined {
  const needle = q === undefined ? '' : foldVietnamese(q);
  if (needle === '') return undefined;
  const ids = db
    .select({ id: plans.id, content: plans.content })
    .from(plans)
    .where(and(...others))
    .all()
    .filter((p) => foldVietnamese(p.content).includes(needle))
    .map((p) => p.id);
  return inArray(plans.id, ids);
}

export function plansRepository(db: Db) {
  return new TableRepository<Plan, PlanInput & object, PlanListQuery>({
    db,
    table: plans,
    label: 'Kế hoạch',
    inputSchema: PlanInputSchema,
    toRecord,
    toRow: (p) => p,
    filters: (q) => {
      const others = [
        q.unitId ? eq(plans.unitId, q.unitId) : undefined,
        q.communeId ? eq(plans.communeId, q.communeId) : undefined,
        q.fromMonth ? gte(plans.month, q.fromMonth) : undefined,
        q.toMonth ? lte(plans.month, q.toMonth) : undefined,
      ];
      return [...others, contentMatches(db, others, q.q)];
    },
    sorts: {
      month: plans.month,
      plannedDate: plans.plannedDate,
      createdAt: plans.createdAt,
    },
    owner: { column: plans.unitId, field: 'unitId' },
    foreignKeys: [
      { field: 'unitId', table: units, label: 'đơn vị' },
      { field: 'communeId', table: communes, label: 'xã' },
    ],
  });
}
