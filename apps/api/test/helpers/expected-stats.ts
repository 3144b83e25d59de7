/**
 * What `/stats/*` must answer, computed the slow and obvious way: the domain measures over the raw
 * rows (`readFacts`), scoped as the filters say, with the sorting and paging rules of the API
 * written out again. Tests compare the API's roll-ups with this, response by response.
 */
import {
  assignedUnits,
  type CommunesStats,
  type CommunesStatsQuery,
  type ComplianceQuery,
  type ComplianceStats,
  type CoverageStats,
  communeCoverage,
  complianceMatrix,
  countedActivities,
  countVisits,
  distinctActiveUnits,
  type FundingQuery,
  type FundingStats,
  fundingBreakdown,
  monthlyCompliance,
  monthsOf,
  NtmCriteriaSetCodes,
  onNormUnits,
  overlaps,
  ParticipantGroup,
  participantsByGroup,
  type StatsQuery,
  UnitGroup,
} from '@danvan/domain';
import type { Facts } from './raw-facts.js';

type Filters = Pick<StatsQuery, 'from' | 'to' | 'unitId' | 'unitGroup' | 'communeId' | 'district' | 'remote'>;

/** The facts in scope, as the API read them before the roll-ups (the old `loadFacts`). */
export function scopedFacts(f: Facts, q: Filters, remoteOnly?: boolean) {
  const units = f.units.filter(
    (u) => (q.unitId === undefined || u.id === q.unitId) && (q.unitGroup === undefined || u.group === q.unitGroup),
  );
  const unitIds = new Set(units.map((u) => u.id));
  const communes = f.communes.filter(
    (c) =>
      (q.communeId === undefined || c.id === q.communeId) &&
      (q.district === undefined || c.district === q.district) &&
      (q.remote === undefined || c.remote === (q.remote === 'true')) &&
      (remoteOnly === undefined || c.remote === remoteOnly),
  );
  const communeIds = new Set(communes.map((c) => c.id));
  const assignments = f.assignments
    .filter((s) => s.validFrom <= q.to && unitIds.has(s.unitId) && communeIds.has(s.communeId))
    .map((s) => ({ unitId: s.unitId, communeId: s.communeId, validFrom: s.validFrom, validTo: s.validTo }));
  const activities = f.activities
    .filter((a) => a.status === 'approved' && !a.deleted && a.startDate <= q.to && communeIds.has(a.communeId))
    .map((a) => ({ ...a, unitIds: a.unitIds.filter((u) => unitIds.has(u)) }))
    .filter((a) => a.unitIds.length > 0);
  const inScope = new Set(activities.map((a) => a.id));
  const unitFilter = q.unitId !== undefined || q.unitGroup !== undefined;
  const contributions = f.contributions.filter(
    (c) => inScope.has(c.activityId) && (!unitFilter || unitIds.has(c.unitId)),
  );
  return { units, communes, assignments, activities, contributions };
}

export function normOf(f: Facts): number {
  let norm = 0;
  for (const d of f.directives) {
    for (const n of d.norms) if (n.kind === 'min_activities_per_unit_month') norm = Math.max(norm, n.value);
  }
  return norm || 1;
}

const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function sortPage<T>(
  rows: T[],
  sort: string,
  compare: Record<string, (a: T, b: T) => number>,
  id: (t: T) => number,
  page: { page: number; limit: number },
) {
  const descending = sort.startsWith('-');
  const by = compare[descending ? sort.slice(1) : sort]!;
  const sorted = [...rows].sort((a, b) => (descending ? -by(a, b) : by(a, b)) || id(a) - id(b));
  return {
    rows: sorted.slice((page.page - 1) * page.limit, page.page * page.limit),
    total: rows.length,
    page: page.page,
    limit: page.limit,
    pages: Math.ceil(rows.length / page.limit),
  };
}

export function expectedCoverage(f: Facts, q: Filters): CoverageStats {
  const period = { from: q.from, to: q.to };
  const s = scopedFacts(f, q);
  const norm = normOf(f);
  const coverage = communeCoverage(s.activities, s.assignments, period);
  const groups = participantsByGroup(s.activities, period);
  const byGroup = ParticipantGroup.codes
    .filter((g) => groups.has(g))
    .map((group) => ({ group, count: groups.get(group)! }));
  const commune = new Map(f.communes.map((c) => [c.id, c]));
  return {
    period,
    visits: countVisits(s.activities, period),
    activities: countedActivities(s.activities, period).length,
    participants: { total: byGroup.reduce((n, g) => n + g.count, 0), byGroup },
    units: {
      assigned: assignedUnits(s.assignments, period).size,
      active: distinctActiveUnits(s.activities, period).size,
      onNorm: onNormUnits(s.activities, s.assignments, period, norm).length,
    },
    communes: {
      assigned: coverage.assigned,
      reached: coverage.reached,
      coverageRate: coverage.coverageRate,
      neverReached: coverage.neverReached.map((c) => ({
        ...c,
        code: commune.get(c.communeId)!.code,
        name: commune.get(c.communeId)!.name,
        district: commune.get(c.communeId)!.district,
        remote: commune.get(c.communeId)!.remote,
      })),
    },
    byRemote: [true, false].map((remote) => {
      const r = scopedFacts(f, q, remote);
      const c = communeCoverage(r.activities, r.assignments, period);
      const visits = countVisits(r.activities, period);
      return {
        remote,
        communesAssigned: c.assigned,
        communesReached: c.reached,
        visits,
        visitsPerCommune: c.assigned === 0 ? null : visits / c.assigned,
      };
    }),
    months: monthlyCompliance(s.activities, s.assignments, period, norm),
  };
}

export function expectedCompliance(f: Facts, q: Filters & Pick<ComplianceQuery, 'page' | 'limit' | 'sort'>) {
  const period = { from: q.from, to: q.to };
  const s = scopedFacts(f, q);
  const norm = normOf(f);
  const unit = new Map(f.units.map((u) => [u.id, u]));
  const rows = complianceMatrix(s.activities, s.assignments, period, norm).map((r) => ({
    ...r,
    code: unit.get(r.unitId)!.code,
    name: unit.get(r.unitId)!.name,
    group: unit.get(r.unitId)!.group,
    rate: r.monthsAssigned === 0 ? null : r.monthsOnNorm / r.monthsAssigned,
  }));
  type Row = (typeof rows)[number];
  const page = sortPage(
    rows,
    q.sort,
    {
      name: (a: Row, b: Row) => text(unit.get(a.unitId)!.sortKey, unit.get(b.unitId)!.sortKey),
      code: (a: Row, b: Row) => text(a.code, b.code),
      group: (a: Row, b: Row) => UnitGroup.codes.indexOf(a.group) - UnitGroup.codes.indexOf(b.group),
      rate: (a: Row, b: Row) => (a.rate ?? -1) - (b.rate ?? -1),
      visits: (a: Row, b: Row) => a.visits - b.visits,
    },
    (r) => r.unitId,
    q,
  );
  const result: ComplianceStats = {
    period,
    norm,
    months: monthsOf(period),
    summary: { assigned: rows.length, onNorm: rows.filter((r) => r.onNorm).length },
    total: page.total,
    page: page.page,
    limit: page.limit,
    pages: page.pages,
    units: page.rows,
  };
  return result;
}

export function expectedCommunes(
  f: Facts,
  q: Filters & Pick<CommunesStatsQuery, 'page' | 'limit' | 'sort' | 'reached'>,
): CommunesStats {
  const period = { from: q.from, to: q.to };
  const s = scopedFacts(f, q);
  const commune = new Map(f.communes.map((c) => [c.id, c]));
  const counted = countedActivities(s.activities, period);
  let rows = communeCoverage(s.activities, s.assignments, period).communes.map((c) => {
    const here = counted.filter((a) => a.communeId === c.communeId);
    const criteria = new Map<string, { criteriaSet: (typeof NtmCriteriaSetCodes)[number]; criterion: number }>();
    for (const a of here) {
      for (const n of a.ntmCriteria) {
        criteria.set(`${n.criteriaSet} ${n.criterion}`, {
          criteriaSet: n.criteriaSet as (typeof NtmCriteriaSetCodes)[number],
          criterion: n.criterion,
        });
      }
    }
    const info = commune.get(c.communeId)!;
    return {
      communeId: c.communeId,
      code: info.code,
      name: info.name,
      district: info.district,
      remote: info.remote,
      unitsAssigned: new Set(
        s.assignments
          .filter((a) => a.communeId === c.communeId && overlaps(a.validFrom, a.validTo, period))
          .map((a) => a.unitId),
      ).size,
      visits: here.reduce((n, a) => n + a.unitIds.length, 0),
      activities: here.length,
      lastActivityDate: c.lastActivityDate,
      daysSinceLast: c.daysSinceLast,
      ntmCriteria: [...criteria.values()].sort(
        (a, b) =>
          NtmCriteriaSetCodes.indexOf(a.criteriaSet) - NtmCriteriaSetCodes.indexOf(b.criteriaSet) ||
          a.criterion - b.criterion,
      ),
    };
  });
  if (q.reached !== undefined) rows = rows.filter((r) => r.activities > 0 === (q.reached === 'true'));
  type Row = (typeof rows)[number];
  const key = (id: number) => commune.get(id)!;
  const page = sortPage(
    rows,
    q.sort,
    {
      name: (a: Row, b: Row) => text(key(a.communeId).sortKey, key(b.communeId).sortKey),
      district: (a: Row, b: Row) =>
        text(key(a.communeId).districtSortKey, key(b.communeId).districtSortKey) ||
        text(key(a.communeId).sortKey, key(b.communeId).sortKey),
      visits: (a: Row, b: Row) => a.visits - b.visits,
      // Never reached: the oldest last activity, and the longest time since.
      lastActivityDate: (a: Row, b: Row) => text(a.lastActivityDate ?? '', b.lastActivityDate ?? ''),
      daysSinceLast: (a: Row, b: Row) =>
        (a.daysSinceLast ?? Number.POSITIVE_INFINITY) - (b.daysSinceLast ?? Number.POSITIVE_INFINITY) || 0,
    },
    (r) => r.communeId,
    q,
  );
  return { period, total: page.total, page: page.page, limit: page.limit, pages: page.pages, items: page.rows };
}

export function expectedFunding(f: Facts, q: Filters & Pick<FundingQuery, 'limit'>): FundingStats {
  const period = { from: q.from, to: q.to };
  const s = scopedFacts(f, q);
  const fb = fundingBreakdown(s.activities, s.contributions, period);
  const unit = new Map(f.units.map((u) => [u.id, u]));
  const commune = new Map(f.communes.map((c) => [c.id, c]));
  const size = (r: { cash: number; inKindValue: number }) => r.cash + r.inKindValue;
  const byUnit = fb.byUnit
    .map((r) => ({ ...r, name: unit.get(r.unitId)!.name }))
    .sort((a, b) => size(b) - size(a) || a.unitId - b.unitId);
  const byCommune = fb.byCommune
    .map((r) => ({ ...r, name: commune.get(r.communeId)!.name, district: commune.get(r.communeId)!.district }))
    .sort((a, b) => size(b) - size(a) || a.communeId - b.communeId);
  return {
    period,
    ...fb,
    byUnit: byUnit.slice(0, q.limit),
    unitsTotal: byUnit.length,
    byCommune: byCommune.slice(0, q.limit),
    communesTotal: byCommune.length,
  };
}
