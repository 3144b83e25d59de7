/**
 * Calendar dates as whole days since 1970-01-01 and months as `year * 12 + month - 1`: small
 * integers that fit the roll-ups' typed arrays. Dates are calendar dates (Asia/Ho_Chi_Minh) written
 * `YYYY-MM-DD`; the arithmetic goes through UTC, so no time zone shifts them.
 */

const DAY_MS = 86_400_000;

/** A `YYYY-MM-DD` date as a day number. */
export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/** A day number as `YYYY-MM-DD`. */
export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The month index of a `YYYY-MM-DD` date. */
export function monthIndexOf(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

export function firstDayOfMonthIndex(month: number): number {
  return Date.UTC(Math.floor(month / 12), month % 12, 1) / DAY_MS;
}

export function lastDayOfMonthIndex(month: number): number {
  return firstDayOfMonthIndex(month + 1) - 1;
}

/** A month index as `YYYY-MM`. */
export function monthLabel(month: number): string {
  return `${String(Math.floor(month / 12)).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}`;
}

/** The month index of a day number (the civil-from-days algorithm: integer arithmetic, no Date). */
export function monthIndexOfDay(day: number): number {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 2 : mp - 10; // 0 = January
  const year = yoe + era * 400 + (month < 2 ? 1 : 0);
  return year * 12 + month;
}
