/**
 * A month's money over every unit and commune, summed once when the month is built: what a
 * funding query without any filter adds up, instead of the month's funding and item entries
 * (about five times fewer rows on a national dataset). Filtered queries read the entries.
 */
import { CATEGORIES, SOURCES } from './activity-store.js';
import type { MonthBucket } from './month-bucket.js';

function compact(totals: Float64Array, seen: Uint8Array): { keys: Int32Array; totals: Float64Array } {
  let n = 0;
  for (let k = 0; k < seen.length; k++) if (seen[k] === 1) n++;
  const keys = new Int32Array(n);
  const out = new Float64Array(n * 3);
  let i = 0;
  for (let k = 0; k < seen.length; k++) {
    if (seen[k] !== 1) continue;
    keys[i] = k;
    out.set(totals.subarray(k * 3, k * 3 + 3), i * 3);
    i++;
  }
  return { keys, totals: out };
}

export class MonthFunding {
  /** Cash, in-kind value, labour days. */
  readonly total = new Float64Array(3);
  readonly bySource = new Float64Array(SOURCES.length * 3);
  readonly sourceSeen = new Uint8Array(SOURCES.length);
  readonly byCategory = new Float64Array(CATEGORIES.length * 3);
  readonly categorySeen = new Uint8Array(CATEGORIES.length);
  /** Contributing units with money this month, and their totals (three per unit). */
  readonly units: Int32Array;
  readonly unitTotals: Float64Array;
  readonly communes: Int32Array;
  readonly communeTotals: Float64Array;
  readonly itemKeys: Int32Array;
  readonly itemQuantity: Float64Array;
  readonly itemValue: Float64Array;
  readonly itemCount: Int32Array;
  readonly itemFirstId: Int32Array;
  readonly itemFirstName: Int32Array;
  /** Whether any contribution counted this month (the month then has a byMonth row). */
  readonly any: boolean;

  constructor(b: MonthBucket, unitSpan: number, communeSpan: number, itemSpan: number) {
    const unitTotals = new Float64Array(unitSpan * 3);
    const unitSeen = new Uint8Array(unitSpan);
    const communeTotals = new Float64Array(communeSpan * 3);
    const communeSeen = new Uint8Array(communeSpan);
    for (let f = 0; f < b.funding; f++) {
      const values = [b.fundingCash[f]!, b.fundingInKind[f]!, b.fundingLabour[f]!];
      const s = b.fundingSource[f]!;
      const k = b.fundingCategory[f]!;
      const u = b.fundingUnit[f]!;
      const c = b.cellCommune[b.fundingCell[f]!]!;
      for (let v = 0; v < 3; v++) {
        this.total[v] = this.total[v]! + values[v]!;
        this.bySource[s * 3 + v] = this.bySource[s * 3 + v]! + values[v]!;
        this.byCategory[k * 3 + v] = this.byCategory[k * 3 + v]! + values[v]!;
        unitTotals[u * 3 + v] = unitTotals[u * 3 + v]! + values[v]!;
        communeTotals[c * 3 + v] = communeTotals[c * 3 + v]! + values[v]!;
      }
      this.sourceSeen[s] = 1;
      this.categorySeen[k] = 1;
      unitSeen[u] = 1;
      communeSeen[c] = 1;
    }
    this.any = b.funding > 0;
    ({ keys: this.units, totals: this.unitTotals } = compact(unitTotals, unitSeen));
    ({ keys: this.communes, totals: this.communeTotals } = compact(communeTotals, communeSeen));

    const quantity = new Float64Array(itemSpan);
    const value = new Float64Array(itemSpan);
    const count = new Int32Array(itemSpan);
    const firstId = new Int32Array(itemSpan).fill(0x7fff_ffff);
    const firstName = new Int32Array(itemSpan);
    for (let i = 0; i < b.items; i++) {
      const key = b.itemKey[i]!;
      quantity[key] = quantity[key]! + b.itemQuantity[i]!;
      value[key] = value[key]! + b.itemValue[i]!;
      count[key] = count[key]! + b.itemCount[i]!;
      if (b.itemFirstId[i]! < firstId[key]!) {
        firstId[key] = b.itemFirstId[i]!;
        firstName[key] = b.itemFirstName[i]!;
      }
    }
    const keys: number[] = [];
    for (let key = 0; key < itemSpan; key++) if (count[key]! > 0) keys.push(key);
    this.itemKeys = Int32Array.from(keys);
    this.itemQuantity = Float64Array.from(keys, (k) => quantity[k]!);
    this.itemValue = Float64Array.from(keys, (k) => value[k]!);
    this.itemCount = Int32Array.from(keys, (k) => count[k]!);
    this.itemFirstId = Int32Array.from(keys, (k) => firstId[k]!);
    this.itemFirstName = Int32Array.from(keys, (k) => firstName[k]!);
  }

  bytes(): number {
    return [
      this.units,
      this.unitTotals,
      this.communes,
      this.communeTotals,
      this.itemKeys,
      this.itemQuantity,
      this.itemValue,
      this.itemCount,
      this.itemFirstId,
      this.itemFirstName,
    ].reduce((sum, a) => sum + a.byteLength, 0);
  }
}
