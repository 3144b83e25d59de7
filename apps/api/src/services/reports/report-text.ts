/** Small pieces of Vietnamese report prose: names inside a sentence, lists, periods, counts with their share. */
import {
  formatDate,
  formatInteger,
  formatNumber,
  formatPercent,
  lastDayOfMonth,
  type Period,
  type ReportPeriodKind,
  reportPeriod,
  reportPeriodName,
} from '@danvan/domain';

/** The administrative words a name starts with, written in lower case inside a sentence ("tại xã Tân Lập"). */
const ADMIN_PREFIX = /^(Xã|Phường|Thị trấn|Thị xã|Thành phố|Huyện|Quận|Tỉnh)(?=\s)/;

/** "Huyện Ba Bể" → "huyện Ba Bể"; other names as they are. */
export function placeInText(name: string): string {
  return name.replace(ADMIN_PREFIX, (w) => w.toLowerCase());
}

/** "Tuyên truyền, phổ biến" → "tuyên truyền, phổ biến"; an acronym ("NPK", "LED") keeps its case. */
export function lowerFirst(text: string): string {
  const [first, second] = [...text];
  if (!first || (second && second === second.toUpperCase() && second !== second.toLowerCase())) return text;
  return first.toLowerCase() + text.slice(first.length);
}

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "59/77 chi, đảng bộ cơ sở (76,6%)": a part of a whole, what they count, and the share. */
export function partOf(part: number, whole: number, noun: string): string {
  const ratio = whole > 0 ? ` (${formatPercent(part / whole)})` : '';
  return `${formatInteger(part)}/${formatInteger(whole)} ${noun}${ratio}`;
}

export function share(part: number, whole: number): string {
  return whole > 0 ? formatPercent(part / whole) : formatPercent(0);
}

/** A quantity with its measure and item: 12 tấn xi măng, 1.500 kg gạo; 4.270 cây giống, not "cây cây giống". */
export function quantityOf(quantity: number, measureUnit: string, item: string): string {
  const name = lowerFirst(item);
  const measure = measureUnit !== '' && !name.startsWith(`${measureUnit} `) ? measureUnit : '';
  return [formatNumber(quantity), measure, name].filter((s) => s !== '').join(' ');
}

/** Whether a period is a whole month, quarter, half year or year, and which. */
function namedPeriod(period: Period): string | null {
  const year = Number(period.from.slice(0, 4));
  const month = Number(period.from.slice(5, 7));
  if (!period.from.endsWith('-01') || period.to !== lastDayOfMonth(period.to.slice(0, 7))) return null;
  const candidates: [ReportPeriodKind, number][] = [
    ['month', month],
    ['quarter', Math.ceil(month / 3)],
    ['half', month <= 6 ? 1 : 2],
    ['year', 1],
  ];
  for (const [kind, index] of candidates) {
    const p = reportPeriod(kind, year, index);
    if (p.from === period.from && p.to === period.to) return reportPeriodName(kind, year, index);
  }
  return null;
}

/** "quý I năm 2022", or "từ ngày 10/09/2021 đến ngày 18/03/2022". */
export function periodInText(period: Period): string {
  return namedPeriod(period) ?? `từ ngày ${formatDate(period.from)} đến ngày ${formatDate(period.to)}`;
}

/** Items joined the Vietnamese way: "a, b và c". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items.at(-1)}`;
}
