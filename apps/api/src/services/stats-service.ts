/** The official figures: domain measures over the facts, with names attached for readers. */
import {
  assignedUnits,
  type ComplianceStats,
  type CoverageStats,
  communeCoverage,
  complianceMatrix,
  countedActivities,
  countVisits,
  distinctActiveUnits,
  type FundingStats,
  fundingBreakdown,
  monthlyCompliance,
  monthsOf,
  onNormUnits,
  type ParticipantGroup,
  participantsByGroup,
  type StatsQuery,
} from '@danvan/domain';
import type { DatabaseHandle } from '../db/client.js';
import { loadFacts } from '../repositories/facts-repository.js';
import { monthlyNorm } from '../repositories/norms-repository.js';

export function coverageStats(handle: DatabaseHandle, q: StatsQuery): CoverageStats {
  const period = { from: q.from, to: q.to };
  const { activities, assignments, communes } = loadFacts(handle, q);
  const norm = monthlyNorm(handle);
  const coverage = communeCoverage(activities, assignments, period);
  const byGroup = [...participantsByGroup(activities, period).entries()].map(([group, count]) => ({
    group: group as ParticipantGroup,
    count,
  }));
  return {
    period,
    visits: countVisits(activities, period),
    activities: countedActivities(activities, period).length,
    participants: { total: byGroup.reduce((sum, g) => sum + g.count, 0), byGroup },
    units: {
      assigned: assignedUnits(assignments, period).size,
      active: distinctActiveUnits(activities, period).size,
      onNorm: onNormUnits(activities, assignments, period, norm).length,
    },
    communes: {
      assigned: coverage.assigned,
      reached: coverage.reached,
      coverageRate: coverage.coverageRate,
      neverReached: coverage.neverReached.map((c) => {
        const info = communes.get(c.communeId);
        return {
          ...c,
          code: info?.code ?? '',
          name: info?.name ?? '',
          district: info?.district ?? '',
          remote: info?.remote ?? false,
        };
      }),
    },
    months: monthlyCompliance(activities, assignments, period, norm),
  };
}

export function complianceStats(handle: DatabaseHandle, q: StatsQuery): ComplianceStats {
  const period = { from: q.from, to: q.to };
  const { activities, assignments, units } = loadFacts(handle, q);
  const norm = monthlyNorm(handle);
  return {
    period,
    norm,
    months: monthsOf(period),
    units: complianceMatrix(activities, assignments, period, norm).map((row) => {
      const info = units.get(row.unitId);
      return { ...row, code: info?.code ?? '', name: info?.name ?? '', group: info?.group ?? 'so_nganh' };
    }),
  };
}

export function fundingStats(handle: DatabaseHandle, q: StatsQuery): FundingStats {
  const period = { from: q.from, to: q.to };
  const { activities, contributions, units, communes } = loadFacts(handle, q);
  const f = fundingBreakdown(activities, contributions, period);
  return {
    period,
    ...f,
    byUnit: f.byUnit.map((r) => ({ ...r, name: units.get(r.unitId)?.name ?? '' })),
    byCommune: f.byCommune.map((r) => ({
      ...r,
      name: communes.get(r.communeId)?.name ?? '',
      district: communes.get(r.communeId)?.district ?? '',
    })),
  };
}
