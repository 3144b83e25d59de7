/**
 * A month's reach over every unit and commune, summed once when the month is built: lượt,
 * activities and participants, and per unit and per commune what the cells would add up to. A
 * query without any filter reads these (a few thousand rows per month) instead of the cells.
 */
import { GROUPS, NTM_WORDS } from './activity-store.js';
import type { MonthBucket } from './month-bucket.js';

const G = GROUPS.length;

export class MonthReach {
  visits = 0;
  activities = 0;
  readonly participants = new Float64Array(G);
  /** Units that organised an activity this month, with their lượt and lượt in assigned communes. */
  readonly units: Int32Array;
  readonly unitVisits: Int32Array;
  readonly unitAssignedVisits: Int32Array;
  /** Communes with an activity this month, with their lượt, activities and NTM criteria served. */
  readonly communes: Int32Array;
  readonly communeVisits: Int32Array;
  readonly communeActivities: Int32Array;
  readonly communeNtm: Uint32Array;

  constructor(b: MonthBucket, listStart: Int32Array, listMembers: Int32Array, unitSpan: number, communeSpan: number) {
    const unitVisits = new Int32Array(unitSpan);
    const unitAssigned = new Int32Array(unitSpan);
    const communeVisits = new Int32Array(communeSpan);
    const communeActivities = new Int32Array(communeSpan);
    const communeNtm = new Uint32Array(communeSpan * NTM_WORDS);
    for (let c = 0; c < b.cells; c++) {
      const list = b.cellList[c]!;
      const first = listStart[list]!;
      const size = listStart[list + 1]! - first;
      const count = b.cellCount[c]!;
      const commune = b.cellCommune[c]!;
      this.visits += count * size;
      this.activities += count;
      for (let g = 0; g < G; g++) this.participants[g] = this.participants[g]! + b.cellParticipants[c * G + g]!;
      const at = b.cellAssignedStart[c]!;
      for (let p = 0; p < size; p++) {
        const u = listMembers[first + p]!;
        unitVisits[u] = unitVisits[u]! + count;
        unitAssigned[u] = unitAssigned[u]! + b.assignedCounts[at + p]!;
      }
      communeVisits[commune] = communeVisits[commune]! + count * size;
      communeActivities[commune] = communeActivities[commune]! + count;
      for (let w = 0; w < NTM_WORDS; w++) {
        communeNtm[commune * NTM_WORDS + w] = communeNtm[commune * NTM_WORDS + w]! | b.cellNtm[c * NTM_WORDS + w]!;
      }
    }
    const units: number[] = [];
    for (let u = 0; u < unitSpan; u++) if (unitVisits[u]! > 0) units.push(u);
    this.units = Int32Array.from(units);
    this.unitVisits = Int32Array.from(units, (u) => unitVisits[u]!);
    this.unitAssignedVisits = Int32Array.from(units, (u) => unitAssigned[u]!);
    const communes: number[] = [];
    for (let c = 0; c < communeSpan; c++) if (communeActivities[c]! > 0) communes.push(c);
    this.communes = Int32Array.from(communes);
    this.communeVisits = Int32Array.from(communes, (c) => communeVisits[c]!);
    this.communeActivities = Int32Array.from(communes, (c) => communeActivities[c]!);
    this.communeNtm = new Uint32Array(communes.length * NTM_WORDS);
    communes.forEach((c, i) => {
      this.communeNtm.set(communeNtm.subarray(c * NTM_WORDS, (c + 1) * NTM_WORDS), i * NTM_WORDS);
    });
  }

  bytes(): number {
    return [
      this.units,
      this.unitVisits,
      this.unitAssignedVisits,
      this.communes,
      this.communeVisits,
      this.communeActivities,
      this.communeNtm,
    ].reduce((sum, a) => sum + a.byteLength, 0);
  }
}
