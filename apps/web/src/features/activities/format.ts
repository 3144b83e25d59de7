import { TIME_ZONE } from '@danvan/domain';

const timestampFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** An instant as a Vietnamese reader expects it, in the province's time zone: "15/03/2022 08:30". */
export function formatTimestamp(iso: string): string {
  const parts = Object.fromEntries(timestampFormat.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

/** Today's calendar date in the province (YYYY-MM-DD), whatever the device's time zone. */
export function todayInProvince(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(now);
}
