/** Timestamps derived from calendar dates, never from the clock. */

/** The instant (ISO-8601 UTC) of a time of day in Vietnam (UTC+7) on a calendar date. */
export function stampAt(date: string, hour: number, minute = 0): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d, hour - 7, minute)).toISOString();
}

/** An instant moved by a number of minutes. */
export function laterBy(stamp: string, minutes: number): string {
  return new Date(Date.parse(stamp) + minutes * 60_000).toISOString();
}

/** The day the programme's registries were set up: Hướng dẫn 02-HD/BDVTU was issued that day. */
export const SETUP_DATE = '2021-09-10';
