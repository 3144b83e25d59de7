/** Vietnamese formatting of numbers, money and dates. */

const integerFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });

/** 1234567 → "1.234.567" */
export function formatInteger(value: number): string {
  return integerFormat.format(value);
}

/** 1.5 → "1,5" */
export function formatNumber(value: number): string {
  return decimalFormat.format(value);
}

/** 1000000 → "1.000.000 đồng" */
export function formatVnd(value: number): string {
  return `${integerFormat.format(value)} đồng`;
}

/** 1500000000 → "1,5 tỷ đồng"; 250000000 → "250 triệu đồng"; below a million, in full. */
export function formatVndShort(value: number): string {
  // Compare the millions as shown (two decimals), so 999.999.999 reads "1 tỷ", not "1.000 triệu".
  if (Math.abs(Math.round(value / 1e4) / 100) >= 1000) return `${decimalFormat.format(value / 1e9)} tỷ đồng`;
  if (Math.abs(value) >= 1e6) return `${decimalFormat.format(value / 1e6)} triệu đồng`;
  return formatVnd(value);
}

/** 0.4567 → "45,7%" */
export function formatPercent(ratio: number): string {
  return percentFormat.format(ratio);
}

/** "2021-09-10" → "10/09/2021" */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}

/** "2021-09" → "Tháng 9/2021" */
export function formatMonth(month: string): string {
  const [y, m] = month.split('-');
  return `Tháng ${Number(m)}/${y}`;
}

/** "2021-09" → "T9/21", for narrow table headers. */
export function formatMonthShort(month: string): string {
  const [y, m] = month.split('-');
  return `T${Number(m)}/${y?.slice(2)}`;
}

/** The party-document date line: "ngày 05 tháng 02 năm 2022" (leading zeros for days < 10 and months 1, 2). */
export function formatPartyDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-') as [string, string, string];
  const month = Number(m);
  const monthText = month <= 2 ? m : String(month);
  return `ngày ${d} tháng ${monthText} năm ${y}`;
}

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'] as const;

/** A quarter (1–4) as Vietnamese documents write it: "I", "II", "III", "IV". */
export function romanQuarter(quarter: number): string {
  return ROMAN_QUARTERS[quarter - 1] ?? String(quarter);
}
