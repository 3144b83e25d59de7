/**
 * Streaming readers of an uploaded spreadsheet: XLSX through exceljs' WorkbookReader, CSV through
 * csv-parse. Both hand over lines as arrays of cells, numbered as the spreadsheet numbers them,
 * without ever holding the whole file in memory.
 */
import { Readable } from 'node:stream';
import type { CellValue } from '@danvan/domain';
import { parse as parseCsv } from 'csv-parse';
import ExcelJS from 'exceljs';
import { HttpProblem } from '../../plugins/problems.js';

export type ImportFormat = 'xlsx' | 'csv';

export interface SheetLine {
  /** The sheet the line is on (XLSX), null for CSV. */
  sheet: string | null;
  /** 1-based, as Excel shows it (CSV: the line the record ends on). */
  line: number;
  /** 0-based by column. */
  cells: CellValue[];
}

export function badFile(detail: string): HttpProblem {
  return new HttpProblem(400, 'bad-import-file', 'Tệp không đọc được', detail);
}

/**
 * The start of a stream and the stream again, whole: to look at the first bytes without losing them.
 * If the source fails after the start (an upload cut short), `whole` just ends and `failure` holds
 * the error: the parsers read from `whole` with `pipe`, which does not pass errors on, so an
 * erroring `whole` would leave them waiting for ever (and its error unhandled). The caller throws
 * `failure` once the parser is done.
 */
async function peek(
  stream: Readable,
  atLeast: number,
): Promise<{ head: Buffer; whole: Readable; failure: { error?: unknown } }> {
  const iterator = stream[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < atLeast) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    chunks.push(chunk);
    size += chunk.length;
  }
  const head = Buffer.concat(chunks);
  const failure: { error?: unknown } = {};
  async function* rest() {
    yield head;
    if (done) return;
    try {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value as Buffer;
    } catch (error) {
      failure.error = error;
    }
  }
  return { head, whole: Readable.from(rest(), { objectMode: false }), failure };
}

/** The lines, then the source's failure if it failed: lines read from a cut-short file are not a file. */
async function* thenFailure(lines: AsyncIterable<SheetLine>, failure: { error?: unknown }): AsyncGenerator<SheetLine> {
  try {
    yield* lines;
  } catch (error) {
    throw failure.error ?? error;
  }
  if (failure.error !== undefined) throw failure.error;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * What the file is, judged by its first bytes (a ZIP is an XLSX; text is CSV), then its lines.
 * The file name only serves to refuse the old binary .xls with a clear message.
 */
export async function readSheet(
  stream: Readable,
  fileName: string,
): Promise<{ format: ImportFormat; lines: AsyncIterable<SheetLine> }> {
  const { head, whole, failure } = await peek(stream, 64 * 1024);
  if (head.length === 0) throw badFile('Tệp trống.');
  if (head.subarray(0, 4).equals(ZIP_MAGIC)) return { format: 'xlsx', lines: thenFailure(xlsxLines(whole), failure) };
  if (head[0] === 0xd0 && head[1] === 0xcf) {
    throw badFile(
      'Đây là tệp Excel đời cũ (.xls). Hãy mở bằng Excel và lưu lại dạng .xlsx (Excel Workbook) hoặc CSV UTF-8.',
    );
  }
  if (/\.(xlsx|xlsm)$/i.test(fileName)) throw badFile('Tệp .xlsx bị hỏng hoặc không phải tệp Excel.');
  return { format: 'csv', lines: thenFailure(csvLines(whole, head), failure) };
}

/** exceljs' cell values (rich text, formulas, hyperlinks, errors) as plain values. */
function plainCell(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as {
      richText?: { text: string }[];
      result?: unknown;
      formula?: string;
      text?: unknown;
      error?: string;
    };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v || 'formula' in v) return plainCell(v.result);
    if ('text' in v) return plainCell(v.text);
    if ('error' in v) return null;
  }
  return null;
}

async function* xlsxLines(stream: Readable): AsyncGenerator<SheetLine> {
  // Styles are read so that cells formatted as dates come as dates.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  try {
    let index = 0;
    for await (const worksheet of reader) {
      index++;
      const name = (worksheet as unknown as { name?: string }).name ?? `Sheet ${index}`;
      for await (const row of worksheet) {
        const values = row.values as unknown[];
        const cells: CellValue[] = [];
        // row.values is 1-based and sparse.
        for (let c = 1; c < values.length; c++) cells.push(plainCell(values[c]));
        yield { sheet: name, line: row.number, cells };
      }
    }
  } catch (error) {
    if (error instanceof HttpProblem) throw error;
    throw badFile(
      'Tệp Excel bị hỏng hoặc không đúng định dạng .xlsx. Hãy mở tệp bằng Excel, chọn Lưu thành (Save As) → "Excel Workbook (.xlsx)" rồi tải lên lại.',
    );
  }
}

/** The delimiter of the first line that is not a comment: the most frequent of , ; and tab outside quotes. */
function detectDelimiter(text: string): string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '' && !/^"?#/.test(l.trim()));
  const first = lines[0] ?? '';
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of first) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** The bytes up to the last whole UTF-8 character: a sample may end inside one. */
function completeUtf8(bytes: Buffer): Buffer {
  let start = bytes.length - 1;
  // Back over continuation bytes (10xxxxxx) to the lead byte of the last character.
  while (start > 0 && bytes.length - start < 4 && (bytes[start]! & 0xc0) === 0x80) start--;
  const lead = bytes[start] ?? 0;
  const size = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return start + size > bytes.length ? bytes.subarray(0, start) : bytes;
}

async function* csvLines(stream: Readable, head: Buffer): AsyncGenerator<SheetLine> {
  let sample: string;
  try {
    sample = new TextDecoder('utf-8', { fatal: true }).decode(completeUtf8(head));
  } catch {
    throw badFile(
      'Tệp CSV không phải mã UTF-8. Trong Excel, chọn Lưu thành (Save As) → "CSV UTF-8 (Comma delimited)", hoặc tải lên tệp .xlsx.',
    );
  }
  const parser = stream.pipe(
    parseCsv({
      bom: true,
      delimiter: detectDelimiter(sample.replace(/^\uFEFF/, '')),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
    }),
  );
  try {
    for await (const record of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { sheet: null, line: record.info.lines, cells: record.record };
    }
  } catch (error) {
    if (error instanceof HttpProblem) throw error;
    // csv-parse says where ("… at line 12"): worth passing on.
    throw badFile(
      `Không đọc được tệp CSV (${(error as Error).message}). Kiểm tra dấu ngoặc kép trong các ô quanh dòng đó.`,
    );
  } finally {
    stream.destroy();
  }
}
