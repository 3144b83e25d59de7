/** The headline figures of a demo dataset over the seed's period, through the domain's measures. */
import {
  communeCoverage,
  countVisits,
  type FundingTotals,
  fundingBreakdown,
  onNormUnits,
  type Period,
} from '@danvan/domain';
import type { DemoData } from './types.js';

export interface DemoFigures {
  period: Period;
  visits: number;
  approvedActivities: number;
  otherActivities: number;
  districts: number;
  remoteCommunes: number;
  reachedCommunes: number;
  onNormUnits: number;
  funding: FundingTotals;
  /** Share of cash + in-kind value from staff contributions (can_bo_dong_gop), 0..1. */
  staffShare: number;
}

export function demoFigures(data: DemoData): DemoFigures {
  const period = data.period;
  const contributions = data.activities.flatMap((a) => a.contributions.map((c) => ({ ...c, activityId: a.id })));
  const funding = fundingBreakdown(data.activities, contributions, period);
  const staff = funding.bySource.find((s) => s.source === 'can_bo_dong_gop');
  const value = funding.total.cash + funding.total.inKindValue;
  const approved = data.activities.filter((a) => a.status === 'approved').length;
  return {
    period,
    visits: countVisits(data.activities, period),
    approvedActivities: approved,
    otherActivities: data.activities.length - approved,
    districts: new Set(data.communes.map((c) => c.district)).size,
    remoteCommunes: data.communes.filter((c) => c.remote).length,
    reachedCommunes: communeCoverage(data.activities, data.assignments, period).reached,
    onNormUnits: onNormUnits(data.activities, data.assignments, period).length,
    funding: funding.total,
    staffShare: value === 0 ? 0 : ((staff?.cash ?? 0) + (staff?.inKindValue ?? 0)) / value,
  };
}
