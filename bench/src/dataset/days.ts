/** Calendar days as numbers (days since 1970-01-01, UTC) and back, cached for the million look-ups. */

export function dayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

const dates = new Map<number, string>();

export function dateOf(day: number): string {
  let date = dates.get(day);
  if (date === undefined) {
    date = new Date(day * 86_400_000).toISOString().slice(0, 10);
    dates.set(day, date);
  }
  return date;
}

/** An ISO-8601 UTC timestamp on the day at the hour (Vietnam office hours are 01:00–10:00 UTC). */
export function stampOf(day: number, hour: number): string {
  return `${dateOf(day)}T${String(hour).padStart(2, '0')}:00:00.000Z`;
}
