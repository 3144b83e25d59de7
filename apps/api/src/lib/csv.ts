/** CSV for lists: UTF-8 with a BOM so that Excel reads Vietnamese, RFC 4180 quoting. */
import { stringify } from 'csv-stringify/sync';

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | boolean | null | undefined;
}

export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const body = stringify(
    rows.map((r) => columns.map((c) => c.value(r) ?? '')),
    {
      header: true,
      columns: columns.map((c) => c.header),
      record_delimiter: 'windows',
      cast: { boolean: (b) => (b ? 'true' : 'false') },
    },
  );
  return `\uFEFF${body}`;
}

/** Columns for every scalar field of a record; arrays joined with "; ", objects as JSON. */
export function columnsOf<T extends object>(keys: readonly (keyof T & string)[]): CsvColumn<T>[] {
  return keys.map((key) => ({
    header: key,
    value: (row: T) => {
      const v = row[key] as unknown;
      if (Array.isArray(v)) return v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join('; ');
      if (v !== null && typeof v === 'object') return JSON.stringify(v);
      return v as string | number | boolean | null | undefined;
    },
  }));
}
