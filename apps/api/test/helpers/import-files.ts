/** Spreadsheets for import tests, made the way people make them: exceljs for XLSX, plain text for CSV. */
import { IMPORT_COLUMNS, type ImportColumnKey } from '@danvan/domain';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

export type ImportLine = Partial<Record<ImportColumnKey, string | number | Date>>;

export const HEADERS = IMPORT_COLUMNS.map((c) => c.header);

function cells(line: ImportLine): (string | number | Date | null)[] {
  return IMPORT_COLUMNS.map((c) => line[c.key] ?? null);
}

export async function xlsxOf(
  lines: ImportLine[],
  options: { sheet?: string; headers?: string[] } = {},
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(options.sheet ?? 'Hoạt động');
  ws.addRow(options.headers ?? HEADERS);
  for (const line of lines) ws.addRow(cells(line));
  // Dates typed into Excel are date cells with a date format.
  IMPORT_COLUMNS.forEach((c, i) => {
    if (c.key === 'startDate' || c.key === 'endDate') ws.getColumn(i + 1).numFmt = 'dd/mm/yyyy';
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function csvText(v: string | number | Date | null): string {
  if (v === null) return '';
  if (v instanceof Date) {
    const iso = v.toISOString().slice(0, 10);
    return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  }
  return String(v);
}

export function csvOf(
  lines: ImportLine[],
  options: { delimiter?: string; bom?: boolean; headers?: string[] } = {},
): Buffer {
  const text = stringify([options.headers ?? HEADERS, ...lines.map((l) => cells(l).map(csvText))], {
    delimiter: options.delimiter ?? ',',
    record_delimiter: 'windows',
  });
  return Buffer.from(`${options.bom === false ? '' : '\uFEFF'}${text}`, 'utf8');
}

export type FileFormat = 'xlsx' | 'csv';

export async function fileOf(format: FileFormat, lines: ImportLine[]): Promise<{ data: Buffer; name: string }> {
  return format === 'xlsx'
    ? { data: await xlsxOf(lines), name: 'hoat-dong.xlsx' }
    : { data: csvOf(lines), name: 'hoat-dong.csv' };
}

/** A multipart body as a browser's FormData makes it, the file in field "file". */
export async function uploadBody(
  file: { data: Buffer; name: string },
  field = 'file',
): Promise<{ payload: Buffer; headers: Record<string, string> }> {
  const form = new FormData();
  form.append(field, new Blob([new Uint8Array(file.data)]), file.name);
  const response = new Response(form);
  return {
    payload: Buffer.from(await response.arrayBuffer()),
    headers: { 'content-type': response.headers.get('content-type')! },
  };
}

/** Text in NFD (letters and their marks apart), as macOS and some keyboards write it. */
export function nfd(text: string): string {
  return text.normalize('NFD');
}

/** Many simple lines, one activity with one contribution each, over a few demo units and communes. */
export function bulkLines(n: number, tag: string): ImportLine[] {
  const units = ['CB-BDVTU', 'CB-HCCB', 'DB-VPTU'];
  const communes = ['01840', 'Xã Dương Quang', 'xa nong thuong'];
  const lines: ImportLine[] = [];
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2045, 0, 1) + (i % 1000) * 86_400_000).toISOString().slice(0, 10);
    lines.push({
      title: `${tag} ${i}: thăm hỏi, tặng quà gia đình chính sách`,
      units: units[i % units.length]!,
      commune: communes[i % communes.length]!,
      startDate: day,
      categories: 'Tặng gạo, chăn ấm, xe đạp',
      'participants.dang_vien': 5,
      kind: 'Tiền mặt',
      source: 'Cán bộ, đảng viên tự nguyện đóng góp',
      valueVnd: 500_000 + i,
    });
  }
  return lines;
}
