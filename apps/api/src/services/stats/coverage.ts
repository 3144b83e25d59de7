/** `/stats/coverage`: lượt, units and communes reached, remote communes against the rest, monthly compliance. */
import type { CoverageStats, ParticipantGroup, RemoteCoverage, StatsQuery } from '@danvan/domain';
import { GROUPS } from './activity-store.js';
import { Assigned } from './assigned.js';
import { dateOfDay } from './calendar.js';
import { lastActivityDays } from './last-activity.js';
import type { RollupStore } from './rollup-store.js';
import { Scope } from './scope.js';
import { monthLabels, monthlyRates, unitSummaries } from './unit-months.js';
import { WindowScan } from './window-scan.js';

export function coverageFigures(store: RollupStore, q: StatsQuery): CoverageStats {
  const period = { from: q.from, to: q.to };
  const { registry } = store;
  const scope = new Scope(q, store);
  const scan = new WindowScan(store, scope, period, { units: true, communes: true });
  const assigned = new Assigned(scan, scope, registry.assignments);
  const norm = registry.norm;

  const byGroup: { group: ParticipantGroup; count: number }[] = [];
  GROUPS.forEach((group, g) => {
    const count = scan.participants[g]!;
    if (count > 0) byGroup.push({ group, count });
  });

  let active = 0;
  for (let u = 0; u < scan.unitTotal.length; u++) if (scan.unitTotal[u]! > 0) active++;

  const reached = (c: number) => scan.communeActivities[c]! > 0;
  const neverReachedIds = assigned.communes.filter((c) => !reached(c));
  const last = lastActivityDays(store, scope, scan.toDay, neverReachedIds);
  const reachedCount = assigned.communes.length - neverReachedIds.length;

  return {
    period,
    visits: scan.visits,
    activities: scan.activities,
    participants: { total: byGroup.reduce((sum, g) => sum + g.count, 0), byGroup },
    units: {
      assigned: assigned.units.length,
      active,
      onNorm: unitSummaries(scan, assigned, norm).filter((u) => u.onNorm).length,
    },
    communes: {
      assigned: assigned.communes.length,
      reached: reachedCount,
      coverageRate: assigned.communes.length === 0 ? null : reachedCount / assigned.communes.length,
      neverReached: neverReachedIds.map((communeId) => {
        const info = registry.communes[communeId];
        const day = last[communeId]!;
        return {
          communeId,
          code: info?.code ?? '',
          name: info?.name ?? '',
          district: info?.district ?? '',
          remote: info?.remote ?? false,
          lastActivityDate: day < 0 ? null : dateOfDay(day),
          daysSinceLast: day < 0 ? null : scan.toDay - day,
        };
      }),
    },
    byRemote: [true, false].map((remote): RemoteCoverage => {
      const communes = assigned.communes.filter((c) => (registry.communes[c]?.remote ?? false) === remote);
      let visits = 0;
      for (let c = 0; c < scan.communeVisits.length; c++) {
        if (scan.communeVisits[c]! > 0 && (registry.communes[c]?.remote ?? false) === remote) {
          visits += scan.communeVisits[c]!;
        }
      }
      return {
        remote,
        communesAssigned: communes.length,
        communesReached: communes.filter(reached).length,
        visits,
        visitsPerCommune: communes.length === 0 ? null : visits / communes.length,
      };
    }),
    months: monthlyRates(scan, assigned, norm, monthLabels(scan)),
  };
}
