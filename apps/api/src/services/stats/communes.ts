/** `/stats/communes`: every commune assigned during the period, with its reach, sorted and paged. */
import {
  type CommuneStatsRow,
  type CommuneStatsSortFields,
  type CommunesStats,
  type CommunesStatsQuery,
  NtmCriteriaSetCodes,
} from '@danvan/domain';
import { NTM_WORDS } from './activity-store.js';
import { Assigned } from './assigned.js';
import { dateOfDay } from './calendar.js';
import { lastActivityDays } from './last-activity.js';
import { compareStrings, parseSort, sortAndPage } from './paging.js';
import type { RollupStore } from './rollup-store.js';
import { Scope } from './scope.js';
import { WindowScan } from './window-scan.js';

interface Row {
  communeId: number;
  visits: number;
  activities: number;
  /** Day number of the last activity up to the period's end; -1 when none. */
  lastDay: number;
}

export function communeFigures(store: RollupStore, q: CommunesStatsQuery): CommunesStats {
  const period = { from: q.from, to: q.to };
  const { registry } = store;
  const scope = new Scope(q, store);
  const scan = new WindowScan(store, scope, period, { communes: true });
  const assigned = new Assigned(scan, scope, registry.assignments);
  const last = lastActivityDays(store, scope, scan.toDay, assigned.communes);
  const commune = (id: number) => registry.communes[id];

  let rows: Row[] = assigned.communes.map((communeId) => ({
    communeId,
    visits: scan.communeVisits[communeId]!,
    activities: scan.communeActivities[communeId]!,
    lastDay: last[communeId]!,
  }));
  if (q.reached !== undefined) {
    const reached = q.reached === 'true';
    rows = rows.filter((r) => r.activities > 0 === reached);
  }

  const { field, descending } = parseSort<(typeof CommuneStatsSortFields)[number]>(q.sort);
  const byName = (a: Row, b: Row) =>
    compareStrings(commune(a.communeId)?.sortKey ?? '', commune(b.communeId)?.sortKey ?? '');
  // Never reached: the oldest "last activity" and the most days since.
  const compare: Record<typeof field, (a: Row, b: Row) => number> = {
    name: byName,
    district: (a, b) =>
      compareStrings(commune(a.communeId)?.districtSortKey ?? '', commune(b.communeId)?.districtSortKey ?? '') ||
      byName(a, b),
    visits: (a, b) => a.visits - b.visits,
    lastActivityDate: (a, b) => a.lastDay - b.lastDay,
    daysSinceLast: (a, b) => daysSince(a) - daysSince(b),
  };
  const daysSince = (r: Row) => (r.lastDay < 0 ? Number.POSITIVE_INFINITY : scan.toDay - r.lastDay);
  const page = sortAndPage(rows, compare[field], (r) => r.communeId, descending, q);

  return {
    period,
    total: page.total,
    page: page.page,
    limit: page.limit,
    pages: page.pages,
    items: page.rows.map((r): CommuneStatsRow => {
      const info = commune(r.communeId);
      return {
        communeId: r.communeId,
        code: info?.code ?? '',
        name: info?.name ?? '',
        district: info?.district ?? '',
        remote: info?.remote ?? false,
        unitsAssigned: assigned.unitsPerCommune[r.communeId]!,
        visits: r.visits,
        activities: r.activities,
        lastActivityDate: r.lastDay < 0 ? null : dateOfDay(r.lastDay),
        daysSinceLast: r.lastDay < 0 ? null : scan.toDay - r.lastDay,
        ntmCriteria: ntmCriteria(scan.communeNtm, r.communeId),
      };
    }),
  };
}

function ntmCriteria(bits: Uint32Array, communeId: number): CommuneStatsRow['ntmCriteria'] {
  const criteria: CommuneStatsRow['ntmCriteria'] = [];
  for (let w = 0; w < NTM_WORDS; w++) {
    const word = bits[communeId * NTM_WORDS + w]!;
    if (word === 0) continue;
    for (let criterion = 0; criterion < 32; criterion++) {
      if ((word >>> criterion) & 1) criteria.push({ criteriaSet: NtmCriteriaSetCodes[w]!, criterion });
    }
  }
  return criteria;
}
