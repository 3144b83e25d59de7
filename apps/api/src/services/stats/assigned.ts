/**
 * Who was assigned where during a window, from the dated assignments in scope: the denominators
 * of compliance and coverage. An assignment counts for a month when it overlaps the part of that
 * month that lies inside the window.
 */
import { monthIndexOfDay } from './calendar.js';
import type { Scope } from './scope.js';
import type { WindowScan } from './window-scan.js';

export class Assigned {
  /** Units with an assignment overlapping the window, by id order. */
  readonly units: number[];
  /** Communes with an assignment overlapping the window, by id order. */
  readonly communes: number[];
  /** 1 where unit u is assigned in month m: index u * monthCount + m. */
  readonly unitMonths: Uint8Array;
  /** Distinct units in scope assigned to each commune during the window. */
  readonly unitsPerCommune: Int32Array;

  constructor(scan: WindowScan, scope: Scope, assignments: WindowAssignments) {
    this.unitMonths = new Uint8Array(scope.unitIn.length * scan.monthCount);
    this.unitsPerCommune = new Int32Array(scope.communeIn.length);
    const unitSeen = new Uint8Array(scope.unitIn.length);
    const communeSeen = new Uint8Array(scope.communeIn.length);
    this.mark(scan, scope, assignments, unitSeen, communeSeen);
    this.units = ids(unitSeen);
    this.communes = ids(communeSeen);
  }

  private mark(
    scan: WindowScan,
    scope: Scope,
    assignments: WindowAssignments,
    unitSeen: Uint8Array,
    communeSeen: Uint8Array,
  ): void {
    const M = scan.monthCount;
    const { unitIn, communeIn } = scope;
    const { unitMonths, unitsPerCommune } = this;
    const pairs = new Set<number>();
    for (const s of assignments) {
      if (unitIn[s.unitId] !== 1 || communeIn[s.communeId] !== 1) continue;
      const from = Math.max(s.from, scan.fromDay);
      const to = Math.min(s.to, scan.toDay);
      if (from > to) continue;
      unitSeen[s.unitId] = 1;
      communeSeen[s.communeId] = 1;
      const pair = s.unitId * 0x4000_0000 + s.communeId;
      if (!pairs.has(pair)) {
        pairs.add(pair);
        unitsPerCommune[s.communeId] = unitsPerCommune[s.communeId]! + 1;
      }
      const first = monthIndexOfDay(from) - scan.firstMonth;
      const last = monthIndexOfDay(to) - scan.firstMonth;
      for (let m = first; m <= last; m++) unitMonths[s.unitId * M + m] = 1;
    }
  }
}

/** The indexes where a flag is set, in order. */
function ids(flags: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < flags.length; i++) if (flags[i] === 1) out.push(i);
  return out;
}

export type WindowAssignments = readonly { unitId: number; communeId: number; from: number; to: number }[];
