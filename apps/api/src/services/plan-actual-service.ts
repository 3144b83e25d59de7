/**
 * Plan against actual: plans and activities counted per (unit, commune, month) in SQLite, merged by the
 * domain's rule (`planAgainstActual`), with names attached for readers.
 */
import { type PlanActual, type PlanActualCount, type PlanActualQuery, planAgainstActual } from '@danvan/domain';
import type { DatabaseHandle } from '../db/client.js';
import { communeNames, unitNames } from '../repositories/lookups-repository.js';

/** Plans of the months, per unit, commune and month. */
function plannedCounts(handle: DatabaseHandle, q: PlanActualQuery): PlanActualCount[] {
  const unit = q.unitId ?? null;
  return handle.sqlite
    .prepare<[string, string, number | null, number | null], PlanActualCount>(
      `SELECT unit_id AS unitId, commune_id AS communeId, month, count(*) AS planned
       FROM plans
       WHERE month BETWEEN ? AND ? AND (? IS NULL OR unit_id = ?)
       GROUP BY unit_id, commune_id, month`,
    )
    .all(q.fromMonth, q.toMonth, unit, unit);
}

/**
 * Activities that start in the months, per organising unit (a joint activity counts for each of its
 * units, as a lượt does), commune and month: approved ones are the actual, submitted ones wait for review.
 * Deleted activities, drafts and returned ones count for nothing.
 */
function activityCounts(handle: DatabaseHandle, q: PlanActualQuery): PlanActualCount[] {
  const unit = q.unitId ?? null;
  return (
    handle.sqlite
      .prepare<[string, string, number | null, number | null], PlanActualCount>(
        `SELECT au.unit_id AS unitId, a.commune_id AS communeId, substr(a.start_date, 1, 7) AS month,
              sum(a.status = 'approved') AS actual, sum(a.status = 'submitted') AS submitted
       FROM activities a JOIN activity_units au ON au.activity_id = a.id
       WHERE a.status IN ('approved', 'submitted') AND a.deleted_at IS NULL
         AND a.start_date BETWEEN ? AND ?
         AND (? IS NULL OR au.unit_id = ?)
       GROUP BY au.unit_id, a.commune_id, month`,
      )
      // Dates are YYYY-MM-DD text: every day of the last month sorts at or before its "-31".
      .all(`${q.fromMonth}-01`, `${q.toMonth}-31`, unit, unit)
  );
}

export function planActual(handle: DatabaseHandle, q: PlanActualQuery): PlanActual {
  const counts = [...plannedCounts(handle, q), ...activityCounts(handle, q)];
  const units = unitNames(handle.db);
  const communes = communeNames(handle.db);
  return planAgainstActual(q, counts, {
    unitName: (id) => units.get(id)?.name ?? '',
    commune: (id) => {
      const c = communes.get(id);
      return { name: c?.name ?? '', district: c?.district ?? '' };
    },
  });
}
