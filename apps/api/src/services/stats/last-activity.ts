/**
 * The day of the latest counted activity in each commune up to a day (any time before it, not only
 * inside the window), for "days since the last activity". Walks the months back from that day and
 * stops as soon as every commune asked for has been found.
 */
import { lastDayOfMonthIndex, monthIndexOfDay } from './calendar.js';
import type { RollupStore } from './rollup-store.js';
import type { Scope } from './scope.js';

/** Day numbers by commune id; -1 where the commune had no counted activity up to `toDay`. */
export function lastActivityDays(
  store: RollupStore,
  scope: Scope,
  toDay: number,
  communes: readonly number[],
): Int32Array {
  const last = new Int32Array(scope.communeIn.length).fill(-1);
  const wanted = new Uint8Array(scope.communeIn.length);
  for (const c of communes) wanted[c] = 1;
  let remaining = communes.length;
  const { listUnits } = scope;
  const endMonth = monthIndexOfDay(toDay);
  const a = store.activities;
  for (const month of store.latestFirst()) {
    if (remaining === 0) break;
    if (month > endMonth) continue;
    const b = store.bucket(month)!;
    const found: number[] = [];
    const see = (commune: number, day: number) => {
      if (wanted[commune] !== 1) return;
      if (last[commune] === -1) found.push(commune);
      if (day > last[commune]!) last[commune] = day;
    };
    if (month === endMonth && toDay < lastDayOfMonthIndex(month)) {
      for (const s of b.slots) {
        const day = a.day[s]!;
        if (day > toDay) break;
        if (listUnits[a.list[s]!]! > 0) see(a.commune[s]!, day);
      }
    } else {
      for (let c = 0; c < b.cells; c++) {
        if (listUnits[b.cellList[c]!]! > 0) see(b.cellCommune[c]!, b.cellLastDay[c]!);
      }
    }
    // Found in this month: earlier months cannot hold a later day.
    for (const c of found) wanted[c] = 0;
    remaining -= found.length;
  }
  return last;
}
