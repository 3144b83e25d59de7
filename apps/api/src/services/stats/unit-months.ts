/**
 * The units × months matrix of a window: for each unit assigned during it, per month whether it
 * was assigned, its lượt, its activities in communes assigned to it at the time, and whether that
 * reaches the norm (`complianceMatrix` and `monthlyCompliance` of the domain).
 */
import type { MonthCompliance, UnitMonthCell } from '@danvan/domain';
import type { Assigned } from './assigned.js';
import { monthLabel } from './calendar.js';
import type { WindowScan } from './window-scan.js';

export interface UnitSummary {
  unitId: number;
  monthsAssigned: number;
  monthsOnNorm: number;
  /** monthsOnNorm ÷ monthsAssigned; null when never assigned. */
  rate: number | null;
  visits: number;
  onNorm: boolean;
}

export function monthLabels(scan: WindowScan): string[] {
  return Array.from({ length: scan.monthCount }, (_, m) => monthLabel(scan.firstMonth + m));
}

/** One row per unit assigned during the window, in id order. */
export function unitSummaries(scan: WindowScan, assigned: Assigned, norm: number): UnitSummary[] {
  const M = scan.monthCount;
  return assigned.units.map((unitId) => {
    let monthsAssigned = 0;
    let monthsOnNorm = 0;
    for (let m = 0; m < M; m++) {
      const i = unitId * M + m;
      if (assigned.unitMonths[i] !== 1) continue;
      monthsAssigned++;
      if (scan.unitAssignedVisits[i]! >= norm) monthsOnNorm++;
    }
    return {
      unitId,
      monthsAssigned,
      monthsOnNorm,
      rate: monthsAssigned === 0 ? null : monthsOnNorm / monthsAssigned,
      visits: scan.unitTotal[unitId]!,
      onNorm: monthsAssigned > 0 && monthsOnNorm === monthsAssigned,
    };
  });
}

export function unitCells(
  scan: WindowScan,
  assigned: Assigned,
  norm: number,
  unitId: number,
  months: readonly string[],
): UnitMonthCell[] {
  const M = scan.monthCount;
  return months.map((month, m) => {
    const i = unitId * M + m;
    const isAssigned = assigned.unitMonths[i] === 1;
    const assignedVisits = scan.unitAssignedVisits[i]!;
    return {
      month,
      visits: scan.unitVisits[i]!,
      assignedVisits,
      assigned: isAssigned,
      onNorm: isAssigned && assignedVisits >= norm,
    };
  });
}

/** Unit compliance for each month of the window. */
export function monthlyRates(
  scan: WindowScan,
  assigned: Assigned,
  norm: number,
  months: readonly string[],
): MonthCompliance[] {
  const M = scan.monthCount;
  return months.map((month, m) => {
    let assignedUnits = 0;
    let activeUnits = 0;
    for (const u of assigned.units) {
      const i = u * M + m;
      if (assigned.unitMonths[i] !== 1) continue;
      assignedUnits++;
      if (scan.unitAssignedVisits[i]! >= norm) activeUnits++;
    }
    return {
      month,
      assignedUnits,
      activeUnits,
      complianceRate: assignedUnits === 0 ? null : activeUnits / assignedUnits,
    };
  });
}
