/**
 * Periods to ask the stats for: a fixed one for the warm-cache runs and, for the cold-cache
 * series, distinct windows of five lengths starting on uneven days, so partial months occur.
 */
import { addDays, daysBetween, type Period } from '@danvan/domain';
import { Rng } from './dataset/random.js';

export const WINDOW_LENGTHS = [
  { label: '1 month', months: 1 },
  { label: '1 quarter', months: 3 },
  { label: '6 months', months: 6 },
  { label: '1 year', months: 12 },
  { label: '5 years', months: 60 },
] as const;

export interface Window extends Period {
  length: (typeof WINDOW_LENGTHS)[number]['label'];
}

function plusMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1 + months, d)).toISOString().slice(0, 10);
}

export const keyOf = (p: Period) => `${p.from}/${p.to}`;

/**
 * `count` windows over a dataset's span, cycling through the lengths; none of them in `taken`
 * (which they are added to). Seeded: the same windows on every run.
 */
export function coldWindows(span: Period, count: number, seed: number, taken: Set<string>): Window[] {
  const rng = new Rng(seed);
  const spanDays = daysBetween(span.from, span.to);
  const windows: Window[] = [];
  for (let i = 0; windows.length < count; i++) {
    if (i > count * 100) throw new Error(`cannot find ${count} distinct windows in ${keyOf(span)}`);
    const length = WINDOW_LENGTHS[i % WINDOW_LENGTHS.length]!;
    const days = Math.round(length.months * 30.44);
    // Inside the data when it fits, else covering all of it; some slack so starts differ.
    let lo = days <= spanDays ? 0 : spanDays - days;
    let hi = days <= spanDays ? spanDays - days : 0;
    if (hi - lo < 120) {
      lo -= 90;
      hi += 90;
    }
    const from = addDays(span.from, rng.int(lo, hi));
    const window = { from, to: addDays(plusMonths(from, length.months), -1), length: length.label };
    if (taken.has(keyOf(window))) continue;
    taken.add(keyOf(window));
    windows.push(window);
  }
  return windows;
}
