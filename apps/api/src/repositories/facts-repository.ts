/**
 * Reads the facts that the domain measures work on (approved activities, dated assignments,
 * contributions) for a period and a scope, straight from SQLite.
 */
import type { ActivityFact, AssignmentFact, ContributionFact, StatsQuery } from '@danvan/domain';
import type { DatabaseHandle } from '../db/client.js';

export interface UnitInfo {
  id: number;
  code: string;
  name: string;
  group: 'dang_doan_the' | 'so_nganh' | 'trung_uong' | 'doanh_nghiep';
}

export interface CommuneInfo {
  id: number;
  code: string;
  name: string;
  district: string;
  remote: boolean;
}

export interface Facts {
  activities: ActivityFact[];
  assignments: AssignmentFact[];
  contributions: ContributionFact[];
  units: Map<number, UnitInfo>;
  communes: Map<number, CommuneInfo>;
}

/** The units and communes a query's filters leave in scope. */
function scope(handle: DatabaseHandle, q: StatsQuery) {
  const units = handle.sqlite
    .prepare<[], UnitInfo>('SELECT id, code, name, unit_group AS "group" FROM units')
    .all()
    .filter(
      (u) => (q.unitId === undefined || u.id === q.unitId) && (q.unitGroup === undefined || u.group === q.unitGroup),
    );
  const communes = handle.sqlite
    .prepare<[], Omit<CommuneInfo, 'remote'> & { remote: number }>(
      'SELECT id, code, name, district, remote FROM communes',
    )
    .all()
    .map((c) => ({ ...c, remote: c.remote === 1 }))
    .filter(
      (c) =>
        (q.communeId === undefined || c.id === q.communeId) &&
        (q.district === undefined || c.district === q.district) &&
        (q.remote === undefined || c.remote === (q.remote === 'true')),
    );
  return {
    units: new Map(units.map((u) => [u.id, u])),
    communes: new Map(communes.map((c) => [c.id, c])),
  };
}

/**
 * Facts up to the end of the query's period (earlier ones are needed for "days since the last
 * activity"). Joint activities keep only their organising units that are in scope.
 */
export function loadFacts(handle: DatabaseHandle, q: StatsQuery): Facts {
  const { units, communes } = scope(handle, q);
  const db = handle.sqlite;

  const assignments = db
    .prepare<[string], { unitId: number; communeId: number; validFrom: string; validTo: string | null }>(
      `SELECT unit_id AS unitId, commune_id AS communeId, valid_from AS validFrom, valid_to AS validTo
       FROM assignments WHERE valid_from <= ?`,
    )
    .all(q.to)
    .filter((s) => units.has(s.unitId) && communes.has(s.communeId));

  const rows = db
    .prepare<[string], { id: number; communeId: number; startDate: string }>(
      `SELECT id, commune_id AS communeId, start_date AS startDate FROM activities
       WHERE status = 'approved' AND deleted_at IS NULL AND start_date <= ? ORDER BY id`,
    )
    .all(q.to)
    .filter((a) => communes.has(a.communeId));
  const byId = new Map<
    number,
    ActivityFact & { unitIds: number[]; categories: ActivityFact['categories'] & string[] }
  >();
  for (const r of rows) {
    byId.set(r.id, { ...r, status: 'approved', unitIds: [], categories: [], participants: [] });
  }
  for (const link of db
    .prepare<[], { activityId: number; unitId: number }>(
      'SELECT activity_id AS activityId, unit_id AS unitId FROM activity_units ORDER BY activity_id, position',
    )
    .all()) {
    if (units.has(link.unitId)) byId.get(link.activityId)?.unitIds.push(link.unitId);
  }
  for (const c of db
    .prepare<[], { activityId: number; category: NonNullable<ActivityFact['categories']>[number] }>(
      'SELECT activity_id AS activityId, category FROM activity_categories ORDER BY activity_id, position',
    )
    .all()) {
    byId.get(c.activityId)?.categories.push(c.category);
  }
  for (const p of db
    .prepare<
      [],
      { activityId: number; group: NonNullable<ActivityFact['participants']>[number]['group']; count: number }
    >('SELECT activity_id AS activityId, participant_group AS "group", count FROM activity_participants')
    .all()) {
    const a = byId.get(p.activityId);
    if (a) (a.participants as { group: typeof p.group; count: number }[]).push({ group: p.group, count: p.count });
  }
  const activities = [...byId.values()].filter((a) => a.unitIds.length > 0);
  const inScope = new Set(activities.map((a) => a.id));

  const contributions = db
    .prepare<[], ContributionFact>(
      `SELECT activity_id AS activityId, unit_id AS unitId, kind, source, item, quantity,
              measure_unit AS measureUnit, value_vnd AS valueVnd FROM contributions`,
    )
    .all()
    .filter(
      (c) =>
        inScope.has(c.activityId) && (q.unitId === undefined && q.unitGroup === undefined ? true : units.has(c.unitId)),
    );

  return { activities, assignments, contributions, units, communes };
}
