/**
 * Calendar dates are strings `YYYY-MM-DD` in Asia/Ho_Chi_Minh; months are `YYYY-MM`.
 * Working on strings keeps them free of time-zone shifts; arithmetic goes through UTC days.
 */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isValidDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** A closed range of calendar dates. */
export interface Period {
  from: string;
  to: string;
}

function toDayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

function fromDayNumber(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function firstDayOfMonth(month: string): string {
  return `${month}-01`;
}

export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return fromDayNumber(Date.UTC(y, m, 1) / 86_400_000 - 1);
}

/** The month `by` months after `month` (`YYYY-MM`; a negative `by` goes back). */
export function addMonths(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function nextMonth(month: string): string {
  return addMonths(month, 1);
}

/** Every month that the period touches, in order. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  const last = monthOf(period.to);
  for (let m = monthOf(period.from); m <= last; m = nextMonth(m)) months.push(m);
  return months;
}

/** The part of a month that lies inside the period (null if none). */
export function monthWithin(month: string, period: Period): Period | null {
  const from = maxDate(firstDayOfMonth(month), period.from);
  const to = minDate(lastDayOfMonth(month), period.to);
  return from <= to ? { from, to } : null;
}

export function inPeriod(date: string, period: Period): boolean {
  return date >= period.from && date <= period.to;
}

/** Whether the range [from, to] (to null = open) overlaps the period. */
export function overlaps(from: string, to: string | null, period: Period): boolean {
  return from <= period.to && (to === null || to >= period.from);
}

export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

// en-CA formats as YYYY-MM-DD. Made once: building a formatter costs far more than using it, and
// the API asks for today's date on every request that carries a token.
const vietnamDate = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE });

/** Today's calendar date in Vietnam. */
export function todayInVietnam(now: Date = new Date()): string {
  return vietnamDate.format(now);
}

/** The period of the same length that ends the day before `period` starts. */
export function previousPeriod(period: Period): Period {
  const length = daysBetween(period.from, period.to);
  const to = addDays(period.from, -1);
  return { from: addDays(to, -length), to };
}
