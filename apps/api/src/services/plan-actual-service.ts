/**
 * Plan against actual: per (unit, commune, month), the plans and the submitted activities counted in SQLite
 * (few rows: plans are per month, and activities wait in review briefly), the approved ones read from the
 * figures' month roll-ups (ADR 8) so that a whole country's million activities are not grouped again on every
 * call; merged by the domain's rule (`planAgainstActual`), with names attached for readers.
 */
import {
  type PlanActual,
  type PlanActualCount,
  type PlanActualNames,
  type PlanActualQuery,
  planAgainstActual,
  rankBy,
} from '@danvan/domain';
import type { DatabaseHandle } from '../db/client.js';
import { monthIndexOf, monthLabel } from './stats/calendar.js';
import type { Registry } from './stats/registry.js';
import type { RollupStore } from './stats/rollup-store.js';

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
 * Activities waiting for review that start in the months, per organising unit (a joint activity counts for
 * each of its units, as a lượt does), commune and month. Deleted activities count for nothing.
 */
function submittedCounts(handle: DatabaseHandle, q: PlanActualQuery): PlanActualCount[] {
  const unit = q.unitId ?? null;
  return (
    handle.sqlite
      .prepare<[string, string, number | null, number | null], PlanActualCount>(
        `SELECT au.unit_id AS unitId, a.commune_id AS communeId, substr(a.start_date, 1, 7) AS month,
              count(*) AS submitted
       FROM activities a JOIN activity_units au ON au.activity_id = a.id
       WHERE a.status = 'submitted' AND a.deleted_at IS NULL
         AND a.start_date BETWEEN ? AND ?
         AND (? IS NULL OR au.unit_id = ?)
       GROUP BY au.unit_id, a.commune_id, month`,
      )
      // Dates are YYYY-MM-DD text: every day of the last month sorts at or before its "-31".
      .all(`${q.fromMonth}-01`, `${q.toMonth}-31`, unit, unit)
  );
}

/**
 * Approved activities that start in the months, per organising unit, commune and month: the month cells of
 * the roll-ups, which hold the approved, not deleted activities of a month by (commune, organising units).
 */
function approvedCounts(store: RollupStore, q: PlanActualQuery): PlanActualCount[] {
  const counts: PlanActualCount[] = [];
  const { listStart, listMembers } = store.activities;
  const last = monthIndexOf(`${q.toMonth}-01`);
  for (let m = monthIndexOf(`${q.fromMonth}-01`); m <= last; m++) {
    const b = store.bucket(m);
    if (!b) continue;
    const month = monthLabel(m);
    for (let c = 0; c < b.cells; c++) {
      const list = b.cellList[c]!;
      for (let p = listStart[list]!; p < listStart[list + 1]!; p++) {
        const unitId = listMembers[p]!;
        if (q.unitId !== undefined && unitId !== q.unitId) continue;
        counts.push({ unitId, communeId: b.cellCommune[c]!, month, actual: b.cellCount[c]! });
      }
    }
  }
  return counts;
}

/** `commitEpoch`: the request's look at the database's commits (CommitWatch), so the roll-ups are current. */
export function planActual(
  handle: DatabaseHandle,
  store: RollupStore,
  q: PlanActualQuery,
  commitEpoch?: number,
): PlanActual {
  store.refresh(commitEpoch);
  const counts = [...plannedCounts(handle, q), ...approvedCounts(store, q), ...submittedCounts(handle, q)];
  const { units, communes } = store.registry;
  return planAgainstActual(q, counts, {
    unitName: (id) => units[id]?.name ?? '',
    commune: (id) => {
      const c = communes[id];
      return { name: c?.name ?? '', district: c?.district ?? '' };
    },
    ranks: ranksOf(store.registry),
  });
}

/**
 * Every unit's and commune's place in the Vietnamese order of names, kept for as long as the registry is the
 * same object (the store makes a new one when units or communes change): ranking a whole country's 5,000 units
 * and 3,300 communes took about 20 ms of every call.
 */
const ranksByRegistry = new WeakMap<Registry, NonNullable<PlanActualNames['ranks']>>();

function ranksOf(registry: Registry): NonNullable<PlanActualNames['ranks']> {
  let ranks = ranksByRegistry.get(registry);
  if (!ranks) {
    const idsOf = (rows: readonly unknown[]) => new Set(rows.flatMap((row, id) => (row ? [id] : [])));
    ranks = {
      unit: rankBy(idsOf(registry.units), (id) => registry.units[id]?.name ?? ''),
      commune: rankBy(idsOf(registry.communes), (id) => registry.communes[id]?.name ?? ''),
    };
    ranksByRegistry.set(registry, ranks);
  }
  return ranks;
}
