/** What the inbox shows of an activity besides its own fields: names for ids, money totals, times. */
import { type Activity, formatDate, formatInteger, formatNumber, formatVnd, todayInVietnam } from '@danvan/domain';
import { reviewMessages } from '@/config/messages/review';

const text = reviewMessages;

export interface Named {
  id: number;
  name: string;
}

export function unitNamesOf(activity: Activity, units: ReadonlyMap<number, Named>): string[] {
  return activity.unitIds.map((id) => units.get(id)?.name ?? text.unknownUnit(id));
}

export function communeOf(activity: Activity, communes: ReadonlyMap<number, Named & { district: string }>): string {
  const commune = communes.get(activity.communeId);
  return commune ? text.communeWithDistrict(commune.name, commune.district) : text.unknownCommune(activity.communeId);
}

export function dateRangeOf(activity: Activity): string {
  return text.dateRange(formatDate(activity.startDate), formatDate(activity.endDate));
}

/** Cash, the estimated value of goods and labour days, each only when there is some. */
export function moneyLinesOf(activity: Activity): string[] {
  let cash = 0;
  let inKind = 0;
  let labourDays = 0;
  for (const c of activity.contributions) {
    if (c.kind === 'tien_mat') cash += c.valueVnd;
    else if (c.kind === 'hien_vat') inKind += c.valueVnd;
    else labourDays += c.quantity ?? 0;
  }
  const lines: string[] = [];
  if (cash > 0) lines.push(text.money.cash(formatVnd(cash)));
  if (inKind > 0) lines.push(text.money.inKind(formatVnd(inKind)));
  if (labourDays > 0) lines.push(text.money.labour(formatNumber(Math.round(labourDays * 100) / 100)));
  return lines.length > 0 ? lines : [text.money.none];
}

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as read in Vietnam: "02/10/2021 15:30". */
export function formatDateTime(instant: string): string {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) return instant;
  return `${formatDate(todayInVietnam(at))} ${timeFormat.format(at)}`;
}

export function countText(count: number): string {
  return formatInteger(count);
}
