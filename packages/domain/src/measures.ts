/**
 * The measures of domain.md, as pure functions over plain facts. The API computes the official
 * figures with these; the roll-ups it may keep for speed must agree with them exactly.
 *
 * Conventions (also in docs/decisions/0003-measures.md):
 * - Only approved, not deleted activities count. An activity belongs to the month of its start date.
 * - One lượt is one (activity, organising unit) pair.
 * - A unit is "assigned" in a window when one of its assignments overlaps the window; it is
 *   "active" when it organised a counted activity in the window in a commune it was assigned to
 *   on that activity's date. The compliance denominator is assigned units, never all units.
 * - A unit is on norm over a period when it is active in every month (or part of a month) of the
 *   period in which it is assigned, with at least the norm's number of activities.
 */

import { daysBetween, inPeriod, monthOf, monthsOf, monthWithin, overlaps, type Period } from './dates.js';
import type { ActivityCategory, ActivityStatus, ContributionKind, FundingSource, ParticipantGroup } from './enums.js';
import { foldVietnamese } from './text.js';

export interface ActivityFact {
  id: number;
  communeId: number;
  unitIds: readonly number[];
  startDate: string;
  status: ActivityStatus;
  deleted?: boolean;
  categories?: readonly ActivityCategory[];
  participants?: readonly { group: ParticipantGroup; count: number }[];
}

export interface AssignmentFact {
  unitId: number;
  communeId: number;
  validFrom: string;
  validTo: string | null;
}

export interface ContributionFact {
  activityId: number;
  unitId: number;
  kind: ContributionKind;
  source: FundingSource;
  item: string | null;
  quantity: number | null;
  measureUnit: string | null;
  valueVnd: number;
}

/** The approved, not deleted activities that start inside the period. */
export function countedActivities<A extends ActivityFact>(activities: readonly A[], period: Period): A[] {
  return activities.filter((a) => a.status === 'approved' && !a.deleted && inPeriod(a.startDate, period));
}

/** Lượt: (activity, organising unit) pairs among the counted activities. */
export function countVisits(activities: readonly ActivityFact[], period: Period): number {
  let visits = 0;
  for (const a of countedActivities(activities, period)) visits += a.unitIds.length;
  return visits;
}

/** Distinct units that organised at least one counted activity (wherever it was). */
export function distinctActiveUnits(activities: readonly ActivityFact[], period: Period): Set<number> {
  const units = new Set<number>();
  for (const a of countedActivities(activities, period)) for (const u of a.unitIds) units.add(u);
  return units;
}

/** Units with an assignment that overlaps the period. */
export function assignedUnits(assignments: readonly AssignmentFact[], period: Period): Set<number> {
  const units = new Set<number>();
  for (const s of assignments) if (overlaps(s.validFrom, s.validTo, period)) units.add(s.unitId);
  return units;
}

/** Communes with an assignment that overlaps the period. */
export function assignedCommunes(assignments: readonly AssignmentFact[], period: Period): Set<number> {
  const communes = new Set<number>();
  for (const s of assignments) if (overlaps(s.validFrom, s.validTo, period)) communes.add(s.communeId);
  return communes;
}

/** Whether the unit was assigned to the commune on the date. */
export function isAssignedOn(
  assignments: readonly AssignmentFact[],
  unitId: number,
  communeId: number,
  date: string,
): boolean {
  return assignments.some(
    (s) =>
      s.unitId === unitId &&
      s.communeId === communeId &&
      s.validFrom <= date &&
      (s.validTo === null || s.validTo >= date),
  );
}

/** Counted activities per unit in a window, only those in a commune the unit was assigned to then. */
function assignedActivityCounts(
  activities: readonly ActivityFact[],
  assignments: readonly AssignmentFact[],
  window: Period,
): Map<number, number> {
  const counts = new Map<number, number>();
  for (const a of countedActivities(activities, window)) {
    for (const u of a.unitIds) {
      if (isAssignedOn(assignments, u, a.communeId, a.startDate)) counts.set(u, (counts.get(u) ?? 0) + 1);
    }
  }
  return counts;
}

export interface MonthCompliance {
  month: string;
  assignedUnits: number;
  activeUnits: number;
  /** activeUnits ÷ assignedUnits; null when no unit was assigned that month. */
  complianceRate: number | null;
}

/** Unit compliance for each month the period touches (partial months are cut to the period). */
export function monthlyCompliance(
  activities: readonly ActivityFact[],
  assignments: readonly AssignmentFact[],
  period: Period,
  norm = 1,
): MonthCompliance[] {
  return monthsOf(period).map((month) => {
    const window = monthWithin(month, period) as Period;
    const assigned = assignedUnits(assignments, window);
    const counts = assignedActivityCounts(activities, assignments, window);
    let active = 0;
    for (const u of assigned) if ((counts.get(u) ?? 0) >= norm) active++;
    return {
      month,
      assignedUnits: assigned.size,
      activeUnits: active,
      complianceRate: assigned.size === 0 ? null : active / assigned.size,
    };
  });
}

export interface UnitMonthCell {
  month: string;
  /** Lượt of this unit in the month (in any commune). */
  visits: number;
  /** Counted activities in communes assigned to the unit at the time. */
  assignedVisits: number;
  assigned: boolean;
  /** Assigned and at or above the norm. */
  onNorm: boolean;
}

export interface UnitCompliance {
  unitId: number;
  cells: UnitMonthCell[];
  monthsAssigned: number;
  monthsOnNorm: number;
  visits: number;
  onNorm: boolean;
}

/** The units × months matrix, for every unit assigned at some time in the period. */
export function complianceMatrix(
  activities: readonly ActivityFact[],
  assignments: readonly AssignmentFact[],
  period: Period,
  norm = 1,
): UnitCompliance[] {
  const months = monthsOf(period).map((month) => {
    const window = monthWithin(month, period) as Period;
    const visits = new Map<number, number>();
    for (const a of countedActivities(activities, window)) {
      for (const u of a.unitIds) visits.set(u, (visits.get(u) ?? 0) + 1);
    }
    return {
      month,
      assigned: assignedUnits(assignments, window),
      visits,
      assignedVisits: assignedActivityCounts(activities, assignments, window),
    };
  });
  const units = [...assignedUnits(assignments, period)].sort((a, b) => a - b);
  return units.map((unitId) => {
    const cells = months.map((m) => {
      const assigned = m.assigned.has(unitId);
      const assignedVisits = m.assignedVisits.get(unitId) ?? 0;
      return {
        month: m.month,
        visits: m.visits.get(unitId) ?? 0,
        assignedVisits,
        assigned,
        onNorm: assigned && assignedVisits >= norm,
      };
    });
    const monthsAssigned = cells.filter((c) => c.assigned).length;
    const monthsOnNorm = cells.filter((c) => c.onNorm).length;
    return {
      unitId,
      cells,
      monthsAssigned,
      monthsOnNorm,
      visits: cells.reduce((sum, c) => sum + c.visits, 0),
      onNorm: monthsAssigned > 0 && monthsOnNorm === monthsAssigned,
    };
  });
}

/** Units on norm over the period: active (at the norm) in every month in which they are assigned. */
export function onNormUnits(
  activities: readonly ActivityFact[],
  assignments: readonly AssignmentFact[],
  period: Period,
  norm = 1,
): number[] {
  return complianceMatrix(activities, assignments, period, norm)
    .filter((u) => u.onNorm)
    .map((u) => u.unitId);
}

/** The start date of the latest counted activity per commune up to and including `asOf`. */
export function lastActivityByCommune(activities: readonly ActivityFact[], asOf: string): Map<number, string> {
  const last = new Map<number, string>();
  for (const a of activities) {
    if (a.status !== 'approved' || a.deleted || a.startDate > asOf) continue;
    const prev = last.get(a.communeId);
    if (prev === undefined || a.startDate > prev) last.set(a.communeId, a.startDate);
  }
  return last;
}

/** Days from the last counted activity in the commune to `asOf`; null if it was never reached. */
export function daysSinceLastActivity(
  activities: readonly ActivityFact[],
  communeId: number,
  asOf: string,
): number | null {
  const last = lastActivityByCommune(activities, asOf).get(communeId);
  return last === undefined ? null : daysBetween(last, asOf);
}

export interface CommuneReach {
  communeId: number;
  lastActivityDate: string | null;
  daysSinceLast: number | null;
}

export interface CommuneCoverage {
  assigned: number;
  reached: number;
  /** reached ÷ assigned; null when no commune is in scope. */
  coverageRate: number | null;
  /** Communes in scope with no counted activity in the period, with their last activity before it. */
  neverReached: CommuneReach[];
  /** Every commune in scope with its last counted activity up to the period's end. */
  communes: CommuneReach[];
}

/**
 * Commune coverage over a period. Communes in scope are those assigned to some unit during the
 * period; days since the last activity are counted to the period's end.
 */
export function communeCoverage(
  activities: readonly ActivityFact[],
  assignments: readonly AssignmentFact[],
  period: Period,
): CommuneCoverage {
  const scope = assignedCommunes(assignments, period);
  const reachedSet = new Set<number>();
  for (const a of countedActivities(activities, period)) if (scope.has(a.communeId)) reachedSet.add(a.communeId);
  const last = lastActivityByCommune(activities, period.to);
  const communes = [...scope]
    .sort((a, b) => a - b)
    .map((communeId) => {
      const lastActivityDate = last.get(communeId) ?? null;
      return {
        communeId,
        lastActivityDate,
        daysSinceLast: lastActivityDate === null ? null : daysBetween(lastActivityDate, period.to),
      };
    });
  return {
    assigned: scope.size,
    reached: reachedSet.size,
    coverageRate: scope.size === 0 ? null : reachedSet.size / scope.size,
    neverReached: communes.filter((c) => !reachedSet.has(c.communeId)),
    communes,
  };
}

/** Lượt người (person-times of participants) by group, over the counted activities. */
export function participantsByGroup(
  activities: readonly ActivityFact[],
  period: Period,
): Map<ParticipantGroup, number> {
  const totals = new Map<ParticipantGroup, number>();
  for (const a of countedActivities(activities, period)) {
    for (const p of a.participants ?? []) totals.set(p.group, (totals.get(p.group) ?? 0) + p.count);
  }
  return totals;
}

export interface FundingTotals {
  cash: number;
  inKindValue: number;
  labourDays: number;
}

export interface FundingItem {
  /** The item's name as first seen; items are grouped by their folded name and measure unit. */
  item: string;
  measureUnit: string;
  quantity: number;
  valueVnd: number;
  contributions: number;
}

export interface FundingBreakdown {
  total: FundingTotals;
  visits: number;
  averagePerVisit: FundingTotals;
  bySource: ({ source: FundingSource } & FundingTotals)[];
  byUnit: ({ unitId: number } & FundingTotals)[];
  byCommune: ({ communeId: number } & FundingTotals)[];
  /** Attributed to each activity's first (main) category, so the rows add up to the total. */
  byCategory: ({ category: ActivityCategory } & FundingTotals)[];
  byMonth: ({ month: string } & FundingTotals)[];
  items: FundingItem[];
}

function zero(): FundingTotals {
  return { cash: 0, inKindValue: 0, labourDays: 0 };
}

function add(t: FundingTotals, c: ContributionFact): void {
  if (c.kind === 'tien_mat') t.cash += c.valueVnd;
  else if (c.kind === 'hien_vat') t.inKindValue += c.valueVnd;
  else t.labourDays += c.quantity ?? 0;
}

function bucket<K>(map: Map<K, FundingTotals>, key: K): FundingTotals {
  let t = map.get(key);
  if (!t) {
    t = zero();
    map.set(key, t);
  }
  return t;
}

/** Round labour days to hundredths so sums of fractions compare exactly. */
function tidy(t: FundingTotals): FundingTotals {
  return { cash: t.cash, inKindValue: t.inKindValue, labourDays: Math.round(t.labourDays * 100) / 100 };
}

/** Money, goods and labour of the contributions to the counted activities of the period. */
export function fundingBreakdown(
  activities: readonly ActivityFact[],
  contributions: readonly ContributionFact[],
  period: Period,
): FundingBreakdown {
  const counted = new Map(countedActivities(activities, period).map((a) => [a.id, a]));
  const total = zero();
  const bySource = new Map<FundingSource, FundingTotals>();
  const byUnit = new Map<number, FundingTotals>();
  const byCommune = new Map<number, FundingTotals>();
  const byCategory = new Map<ActivityCategory, FundingTotals>();
  const byMonth = new Map<string, FundingTotals>();
  const items = new Map<string, FundingItem>();
  for (const c of contributions) {
    const a = counted.get(c.activityId);
    if (!a) continue;
    add(total, c);
    add(bucket(bySource, c.source), c);
    add(bucket(byUnit, c.unitId), c);
    add(bucket(byCommune, a.communeId), c);
    add(bucket(byCategory, a.categories?.[0] ?? 'khac'), c);
    add(bucket(byMonth, monthOf(a.startDate)), c);
    if (c.kind === 'hien_vat' && c.item) {
      const measureUnit = c.measureUnit ?? '';
      const key = `${foldVietnamese(c.item)}|${foldVietnamese(measureUnit)}`;
      const it = items.get(key) ?? { item: c.item, measureUnit, quantity: 0, valueVnd: 0, contributions: 0 };
      it.quantity += c.quantity ?? 0;
      it.valueVnd += c.valueVnd;
      it.contributions += 1;
      items.set(key, it);
    }
  }
  let visits = 0;
  for (const a of counted.values()) visits += a.unitIds.length;
  const per = (v: number) => (visits === 0 ? 0 : v / visits);
  const rows = <K, R>(map: Map<K, FundingTotals>, make: (k: K) => R, order: (a: K, b: K) => number) =>
    [...map.entries()].sort(([a], [b]) => order(a, b)).map(([k, t]) => ({ ...make(k), ...tidy(t) }));
  const byNumber = (a: number, b: number) => a - b;
  const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    total: tidy(total),
    visits,
    averagePerVisit: {
      cash: Math.round(per(total.cash)),
      inKindValue: Math.round(per(total.inKindValue)),
      labourDays: Math.round(per(total.labourDays) * 100) / 100,
    },
    bySource: rows(bySource, (source) => ({ source }), byString),
    byUnit: rows(byUnit, (unitId) => ({ unitId }), byNumber),
    byCommune: rows(byCommune, (communeId) => ({ communeId }), byNumber),
    byCategory: rows(byCategory, (category) => ({ category }), byString),
    byMonth: rows(byMonth, (month) => ({ month }), byString),
    items: [...items.values()]
      .map((it) => ({ ...it, quantity: Math.round(it.quantity * 1000) / 1000 }))
      .sort((a, b) => b.valueVnd - a.valueVnd),
  };
}
