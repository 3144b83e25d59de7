/**
 * Reading what people type into spreadsheet cells: dates as dd/mm/yyyy or yyyy-mm-dd (or Excel's
 * own dates), numbers the Vietnamese way (1.000.000; 1,5), several values in one cell, and codes
 * or labels of a list, without regard to diacritics, case or NFC/NFD.
 */
import { isValidDate } from './dates.js';
import { IMPORT_LIST_SEPARATOR } from './imports.js';
import { foldVietnamese } from './text.js';

/** A cell as the readers hand it over. */
export type CellValue = string | number | boolean | Date | null;

/** Excel's day 0 of the 1900 date system is 1899-12-30 (it counts 29/02/1900). */
const EXCEL_EPOCH_DAY = Date.UTC(1899, 11, 30) / 86_400_000;
/** Serial numbers of 1/1/1950 and 31/12/2099: a plain number in a date column within these is a date. */
const EXCEL_SERIAL_MIN = 18_264;
const EXCEL_SERIAL_MAX = 73_415;

function isoOfUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The text of a cell, NFC and trimmed; dates as dd/mm/yyyy; empty for nothing. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = isoOfUtc(value);
    return Number.isNaN(value.getTime()) ? '' : `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value.normalize('NFC').trim();
}

/**
 * A calendar date `YYYY-MM-DD`, null for an empty cell, undefined when it cannot be read. Excel's
 * dates arrive as Date objects at UTC midnight (or as serial numbers when the cell is not formatted
 * as a date); text may be dd/mm/yyyy (also with - or .), d/m/yyyy, or yyyy-mm-dd.
 */
export function parseDateCell(value: CellValue | undefined): string | null | undefined {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : isoOfUtc(value);
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < EXCEL_SERIAL_MIN || value > EXCEL_SERIAL_MAX) return undefined;
    return isoOfUtc(new Date((EXCEL_EPOCH_DAY + value) * 86_400_000));
  }
  const text = cellText(value);
  if (text === '') return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return checked(m[1]!, m[2]!, m[3]!);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) return checked(m[3]!, m[2]!, m[1]!);
  return undefined;
}

function checked(year: string, month: string, day: string): string | undefined {
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isValidDate(iso) ? iso : undefined;
}

/**
 * A number, null for an empty cell, undefined when it cannot be read. Text follows the Vietnamese
 * convention: dots (or spaces) group thousands, a comma marks decimals ("1.000.000", "1,5"); a
 * lone dot followed by other than three digits is a decimal point ("1.5"). A trailing "đ", "đồng"
 * or "VND" is allowed.
 */
export function parseNumberCell(value: CellValue | undefined): number | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  let text = cellText(value)
    .replace(/\s*(đồng|đ|vnđ|vnd)\.?$/i, '')
    .replace(/[\s\u00a0]/g, '');
  if (text === '') return null;
  const negative = text.startsWith('-');
  if (negative) text = text.slice(1);
  let normal: string;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) normal = text.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(,\d{3}){2,}$/.test(text)) normal = text.replace(/,/g, '');
  else if (/^\d+(,\d+)?$/.test(text)) normal = text.replace(',', '.');
  else if (/^\d+\.\d+$/.test(text)) normal = text;
  else return undefined;
  const n = Number(normal);
  if (!Number.isFinite(n)) return undefined;
  return negative ? -n : n;
}

/** The values of a cell that holds several, separated by ";" or line breaks. */
export function splitListCell(value: CellValue | undefined): string[] {
  return cellText(value)
    .split(new RegExp(`[${IMPORT_LIST_SEPARATOR}\\n\\r]+`))
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * Finds the code of a labelled list that a cell names: by code ("tien_mat", "tien mat"), by label
 * ("Tiền mặt", "TIEN MAT"), by the label's part before a parenthesis or comma ("Xã hội hóa"), or
 * by the unique label that starts with the text (at least four letters: "Cán bộ, đảng viên").
 */
export function labelledMatcher<T extends string>(
  codes: readonly T[],
  labels: Record<T, string>,
  aliases: Partial<Record<T, readonly string[]>> = {},
): (text: string) => T | undefined {
  const exact = new Map<string, T>();
  const add = (key: string, code: T) => {
    const folded = foldVietnamese(key);
    if (folded && !exact.has(folded)) exact.set(folded, code);
  };
  for (const code of codes) {
    add(code, code);
    add(code.replace(/_/g, ' '), code);
    add(labels[code], code);
    for (const alias of aliases[code] ?? []) add(alias, code);
  }
  for (const code of codes) {
    const label = labels[code];
    const short = label.split(/[(,]/)[0];
    if (short) add(short, code);
  }
  const folded = codes.map((code) => [foldVietnamese(labels[code]), code] as const);
  const find = (text: string): T | undefined => {
    const needle = foldVietnamese(text);
    if (needle === '') return undefined;
    const hit = exact.get(needle);
    if (hit) return hit;
    if (needle.length < 4) return undefined;
    const starts = folded.filter(([label]) => label.startsWith(needle));
    return starts.length === 1 ? starts[0]![1] : undefined;
  };
  // A file repeats a handful of values over thousands of lines: each is folded once.
  const seen = new Map<string, T | undefined>();
  return (text) => {
    if (seen.has(text)) return seen.get(text);
    const found = find(text);
    if (seen.size < 10_000) seen.set(text, found);
    return found;
  };
}
