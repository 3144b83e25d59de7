/**
 * From spreadsheet lines to activities: finds the header row, groups an activity's first line with
 * the contribution lines below it, reads each cell (names of units and communes, dates, numbers,
 * list values) and checks the whole with the domain's ActivityInputSchema. Every problem is told
 * in Vietnamese with its line and column.
 */
import {
  ActivityCategory,
  ActivityInputSchema,
  type CellValue,
  ContributionKind,
  cellText,
  contributionIssues,
  FundingSource,
  foldVietnamese,
  IMPORT_COLUMNS,
  IMPORT_MAX_LINES,
  type ImportColumnKey,
  type ImportIssue,
  importColumn,
  labelledMatcher,
  NtmCriteriaSetCodes,
  type NtmCriterion,
  ntmCriteriaSetOn,
  ParticipantGroup,
  parseDateCell,
  parseNumberCell,
  splitListCell,
  ValuationMethod,
} from '@danvan/domain';
import { HttpProblem } from '../../plugins/problems.js';
import type { NewActivity } from '../../repositories/activities-repository.js';
import { confinedUnit, type WriteContext } from '../../repositories/write-context.js';
import type { CommuneLookup, UnitLookup } from './name-lookups.js';
import { badFile, type SheetLine } from './read-sheet.js';

export type { NewActivity };

/** One activity of the file: its first line and the contribution lines under it. */
export interface ParsedGroup {
  line: number;
  lastLine: number;
  title: string;
  startDate: string | null;
  /** The commune and units as recognised (or as written when not). */
  commune: string;
  units: string;
  /** The non-empty cells of the first line, by column key. */
  cells: Record<string, string>;
  errors: ImportIssue[];
  notes: string[];
  /** The activity as the domain schema gave it back, when no line of it has an error. */
  input: NewActivity | null;
  /** The file line of each of `input.contributions`. */
  contributionLines: number[];
}

export interface ParsedFile {
  sheet: string | null;
  warnings: string[];
  lines: number;
  groups: ParsedGroup[];
}

export interface ParseContext {
  units: UnitLookup;
  communes: CommuneLookup;
  ctx: WriteContext;
}

type Cells = Partial<Record<ImportColumnKey, CellValue>>;
type Texts = Partial<Record<ImportColumnKey, string>>;

interface RawLine {
  line: number;
  /** The non-empty cells, as read (dates and numbers keep their type)… */
  cells: Cells;
  /** …and as text, NFC and trimmed, computed once. */
  texts: Texts;
}

interface RawGroup {
  first: RawLine;
  /** Lines with a contribution, the first line included when it has one. */
  contributionLines: RawLine[];
  orphan: boolean;
}

const ACTIVITY_KEYS = IMPORT_COLUMNS.filter((c) => c.part === 'activity').map((c) => c.key);
const CONTRIBUTION_KEYS = IMPORT_COLUMNS.filter((c) => c.part === 'contribution').map((c) => c.key);
const SKIPPED_SHEETS = new Set(['huong dan', 'danh muc']);
const HEADER_SEARCH_LINES = 30;
const MAX_CELL_TEXT = 300;

const headerKeys = (() => {
  const map = new Map<string, ImportColumnKey>();
  for (const column of IMPORT_COLUMNS) {
    for (const name of [column.header, column.key, ...(column.aliases ?? [])]) {
      const folded = foldHeader(name);
      if (!map.has(folded)) map.set(folded, column.key);
    }
  }
  return map;
})();

function foldHeader(text: string): string {
  return foldVietnamese(text).replace(/\s*\*+$/, '');
}

const kindOf = labelledMatcher(ContributionKind.codes, ContributionKind.labels);
const sourceOf = labelledMatcher(FundingSource.codes, FundingSource.labels, {
  can_bo_dong_gop: ['Cán bộ đóng góp', 'CBĐV đóng góp', 'Đảng viên đóng góp'],
  kinh_phi_don_vi: ['Kinh phí đơn vị', 'Kinh phí cơ quan'],
  nhan_dan: ['Nhân dân'],
  ngan_sach: ['Ngân sách'],
});
const valuationOf = labelledMatcher(ValuationMethod.codes, ValuationMethod.labels, {
  hoa_don: ['Hoá đơn', 'Hóa đơn', 'Chứng từ'],
  gia_thi_truong: ['Giá thị trường'],
});
const categoryOf = labelledMatcher(ActivityCategory.codes, ActivityCategory.labels);

function issue(line: number, column: ImportColumnKey | null, message: string): ImportIssue {
  return { line, column, columnLabel: column ? importColumn(column).header : null, message };
}

/** The header row: at least three known column names, the activity's name among them. */
function headerOf(cells: CellValue[]): { columns: Map<number, ImportColumnKey>; unknown: string[] } | null {
  const columns = new Map<number, ImportColumnKey>();
  const unknown: string[] = [];
  const seen = new Set<ImportColumnKey>();
  cells.forEach((cell, index) => {
    const text = cellText(cell);
    if (text === '') return;
    const key = headerKeys.get(foldHeader(text));
    if (key && !seen.has(key)) {
      columns.set(index, key);
      seen.add(key);
    } else unknown.push(text);
  });
  if (columns.size < 3 || !seen.has('title')) return null;
  return { columns, unknown };
}

/** Reads the lines of a file into activities; throws a 400 for a file without a usable header. */
export async function parseLines(lines: AsyncIterable<SheetLine>, pc: ParseContext): Promise<ParsedFile> {
  const warnings: string[] = [];
  const groups: ParsedGroup[] = [];
  let header: Map<number, ImportColumnKey> | null = null;
  let sheet: string | null = null;
  let searched = 0;
  let current: RawGroup | null = null;
  let count = 0;
  let lastSheet: string | null | undefined;

  const finish = () => {
    if (current) groups.push(resolveGroup(current, pc));
    current = null;
  };

  for await (const l of lines) {
    if (header) {
      // Sheets after the data sheet are read through (the upload must be consumed) but not used.
      if (l.sheet !== sheet) continue;
    } else {
      if (l.sheet !== lastSheet) {
        lastSheet = l.sheet;
        searched = 0;
      }
      if (l.sheet !== null && SKIPPED_SHEETS.has(foldVietnamese(l.sheet))) continue;
      // Titles and comments above the header do not count against the search.
      const lead = l.cells.map((c) => cellText(c)).find((t) => t !== '');
      if (lead === undefined || lead.startsWith('#')) continue;
      if (searched++ >= HEADER_SEARCH_LINES) continue;
      const found = headerOf(l.cells);
      if (found) {
        header = found.columns;
        sheet = l.sheet;
        const keys = new Set(found.columns.values());
        const missing = IMPORT_COLUMNS.filter((c) => c.part === 'activity' && c.required && !keys.has(c.key));
        if (missing.length > 0) {
          throw badFile(
            `Tệp thiếu cột: ${missing.map((c) => `"${c.header}"`).join(', ')}. Hãy dùng mẫu nhập của hệ thống.`,
          );
        }
        if (found.unknown.length > 0) {
          warnings.push(`Các cột sau không có trong mẫu nên được bỏ qua: ${found.unknown.join(', ')}.`);
        }
      }
      continue;
    }
    const cells: Cells = {};
    const texts: Texts = {};
    let firstText: string | undefined;
    // The header's columns in the file's order: the first filled cell is the leftmost.
    for (const [index, key] of header) {
      const value = l.cells[index];
      if (value === undefined || value === null) continue;
      const text = cellText(value);
      if (text === '') continue;
      cells[key] = value;
      texts[key] = text;
      firstText ??= text;
    }
    // Blank lines, and comments: a line whose first filled cell starts with "#".
    if (firstText === undefined || firstText.startsWith('#')) continue;
    if (++count > IMPORT_MAX_LINES) {
      throw new HttpProblem(
        413,
        'import-too-many-lines',
        'Tệp quá lớn',
        `Mỗi tệp tối đa ${IMPORT_MAX_LINES.toLocaleString('vi-VN')} dòng; hãy chia tệp thành nhiều phần.`,
      );
    }
    const raw: RawLine = { line: l.line, cells, texts };
    const hasContribution = CONTRIBUTION_KEYS.some((k) => texts[k] !== undefined);
    if (ACTIVITY_KEYS.some((k) => texts[k] !== undefined)) {
      finish();
      current = { first: raw, contributionLines: hasContribution ? [raw] : [], orphan: false };
    } else if (current) {
      current.contributionLines.push(raw);
    } else {
      groups.push(resolveGroup({ first: raw, contributionLines: [raw], orphan: true }, pc));
    }
  }
  finish();
  if (!header) {
    throw badFile(
      'Không tìm thấy dòng tiêu đề (cần các cột như "Tên hoạt động", "Đơn vị tổ chức", "Xã", "Ngày bắt đầu", ' +
        '"Loại hoạt động"). Hãy dùng mẫu nhập tải từ trang Nhập dữ liệu.',
    );
  }
  return { sheet, warnings, lines: count, groups };
}

function displayCells(texts: Texts): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, text] of Object.entries(texts)) {
    out[key] = text.length > MAX_CELL_TEXT ? `${text.slice(0, MAX_CELL_TEXT)}…` : text;
  }
  return out;
}

function numberProblem(text: string): string {
  return `Không đọc được số "${text}": ghi chữ số, ví dụ 5.000.000 hoặc 1,5.`;
}

const CONTRIBUTION_FIELD_COLUMNS: Record<string, ImportColumnKey> = {
  unitId: 'contributionUnit',
  kind: 'kind',
  source: 'source',
  item: 'item',
  quantity: 'quantity',
  measureUnit: 'measureUnit',
  valueVnd: 'valueVnd',
  valuationMethod: 'valuationMethod',
  note: 'contributionNote',
};

const ACTIVITY_FIELD_COLUMNS: Record<string, ImportColumnKey> = {
  title: 'title',
  unitIds: 'units',
  communeId: 'commune',
  startDate: 'startDate',
  endDate: 'endDate',
  categories: 'categories',
  ntmCriteria: 'ntmCriteria',
  beneficiaries: 'beneficiaries',
  description: 'description',
};

/** Reads one activity's lines and checks them; never throws. */
export function resolveGroup(raw: RawGroup, pc: ParseContext): ParsedGroup {
  const { first } = raw;
  const line = first.line;
  const cells = first.cells;
  const t = first.texts;
  const errors: ImportIssue[] = [];
  const notes: string[] = [];
  // Cells already reported (line:column): the schema's own complaint about them would only repeat it.
  const reported = new Set<string>();
  const report = (at: number, column: ImportColumnKey, message: string) => {
    errors.push(issue(at, column, message));
    reported.add(`${at}:${column}`);
  };
  const lastLine = raw.contributionLines.reduce((max, l) => Math.max(max, l.line), line);
  const group: ParsedGroup = {
    line,
    lastLine,
    title: t.title ?? '',
    startDate: null,
    commune: t.commune ?? '',
    units: t.units ?? '',
    cells: displayCells(t),
    errors,
    notes,
    input: null,
    contributionLines: [],
  };
  if (raw.orphan) {
    errors.push(
      issue(
        line,
        null,
        'Dòng đóng góp này không thuộc hoạt động nào: ghi thông tin hoạt động (tên, đơn vị, xã, ngày…) ở dòng này hoặc ở dòng trên.',
      ),
    );
    return group;
  }

  // Dates first: the commune and the criteria set depend on the date.
  const startText = t.startDate ?? '';
  const startDate = parseDateCell(cells.startDate ?? null);
  if (startDate === null) report(line, 'startDate', 'Cần ghi ngày bắt đầu.');
  else if (startDate === undefined) report(line, 'startDate', dateProblem(startText));
  group.startDate = startDate ?? null;
  let endDate = parseDateCell(cells.endDate ?? null);
  if (endDate === undefined) report(line, 'endDate', dateProblem(t.endDate ?? ''));
  if (endDate === null) {
    endDate = startDate ?? undefined;
    // An empty end takes the start: when the start is wrong, that is the only thing to say.
    if (!startDate) reported.add(`${line}:endDate`);
  }

  // Units: codes or names, the lead unit first.
  const unitIds: number[] = [];
  const unitNames: string[] = [];
  for (const text of splitListCell(t.units ?? null)) {
    const found = pc.units.resolve(text);
    if ('ok' in found) {
      unitIds.push(found.ok.id);
      unitNames.push(found.ok.name);
    } else report(line, 'units', found.error);
  }
  if (unitNames.length > 0 && !reported.has(`${line}:units`)) group.units = unitNames.join('; ');
  const own = confinedUnit(pc.ctx);
  if (own !== null && unitIds.length > 0 && !unitIds.includes(own)) {
    const name = pc.units.byId(own)?.name ?? `id ${own}`;
    report(line, 'units', `Cán bộ đơn vị chỉ nhập được hoạt động do đơn vị mình (${name}) tổ chức hoặc cùng tổ chức.`);
  }

  let communeId: number | undefined;
  const communeText = t.commune ?? '';
  if (communeText === '') report(line, 'commune', 'Cần ghi xã (mã hoặc tên).');
  else {
    const found = pc.communes.resolve(communeText, startDate ?? null);
    if ('ok' in found) {
      communeId = found.ok.id;
      group.commune = `${found.ok.name} (${found.ok.district})`;
    } else report(line, 'commune', found.error);
  }

  const categories: string[] = [];
  for (const text of splitListCell(t.categories ?? null)) {
    const code = categoryOf(text);
    if (code) categories.push(code);
    else report(line, 'categories', `Loại hoạt động "${text}" không có trong danh mục (xem sheet "Danh mục").`);
  }

  const ntmCriteria: NtmCriterion[] = [];
  for (const text of splitListCell(t.ntmCriteria ?? null)) {
    const criterion = criterionOf(text, startDate ?? null);
    if (criterion) ntmCriteria.push(criterion);
    else if (startDate) {
      report(line, 'ntmCriteria', `Tiêu chí "${text}" không đọc được: ghi số thứ tự tiêu chí, ví dụ 2 hoặc 2; 6.`);
    }
  }

  const participants: { group: string; count: number }[] = [];
  for (const group of ParticipantGroup.codes) {
    const key = `participants.${group}` as const;
    const n = parseNumberCell(cells[key] ?? null);
    if (n === undefined) report(line, key, numberProblem(t[key] ?? ''));
    else if (n !== null && n !== 0) participants.push({ group, count: n });
  }

  const beneficiariesCell = parseNumberCell(cells.beneficiaries ?? null);
  if (beneficiariesCell === undefined) report(line, 'beneficiaries', numberProblem(t.beneficiaries ?? ''));

  const contributions = raw.contributionLines.map((l) => readContribution(l, unitIds[0], pc, report, reported));
  if (startDate && endDate && endDate < startDate) {
    report(line, 'endDate', 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.');
  }

  const candidate = {
    title: t.title ?? '',
    communeId,
    unitIds,
    startDate: startDate ?? undefined,
    endDate,
    categories,
    ntmCriteria,
    participants,
    beneficiaries: beneficiariesCell ?? 0,
    description: t.description ?? '',
    contributions,
  };
  const parsed = ActivityInputSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const i of parsed.error.issues) {
      const at = placeOf(i.path, line, raw.contributionLines, participants);
      if (!reported.has(`${at.line}:${at.column}`)) {
        errors.push(issue(at.line, at.column, i.message));
        reported.add(`${at.line}:${at.column}`);
      }
    }
  }
  if (errors.length === 0 && parsed.success) {
    group.input = parsed.data;
    group.contributionLines = raw.contributionLines.map((l) => l.line);
  }
  return group;
}

function dateProblem(text: string): string {
  return `Ngày "${text}" không hợp lệ: ghi dạng dd/mm/yyyy (ví dụ 05/03/2022) hoặc yyyy-mm-dd.`;
}

/** "2" (the set in force on the date), or "qd318_2022:2". */
function criterionOf(text: string, date: string | null): NtmCriterion | null {
  const explicit = /^([a-z0-9_]+)\s*:\s*(\d{1,2})$/i.exec(text.trim());
  if (explicit) {
    const set = NtmCriteriaSetCodes.find((c) => c === explicit[1]!.toLowerCase());
    return set ? { set, number: Number(explicit[2]) } : null;
  }
  const number = /^(?:tc|tiêu chí|tieu chi)?\s*(\d{1,2})$/i.exec(text.trim());
  if (!number || !date) return null;
  return { set: ntmCriteriaSetOn(date), number: Number(number[1]) };
}

type Report = (line: number, column: ImportColumnKey, message: string) => void;

/** A contribution line's cells as the domain's ContributionDraft (unknown values left out for the schema). */
function readContribution(
  l: RawLine,
  leadUnit: number | undefined,
  pc: ParseContext,
  report: Report,
  reported: Set<string>,
): Record<string, unknown> {
  const c = l.cells;
  const t = l.texts;
  const out: Record<string, unknown> = {};
  const unitText = t.contributionUnit ?? '';
  if (unitText === '') {
    out.unitId = leadUnit;
    // Without a lead unit the units column already says what is wrong.
    if (leadUnit === undefined) reported.add(`${l.line}:contributionUnit`);
  } else {
    const found = pc.units.resolve(unitText);
    if ('ok' in found) out.unitId = found.ok.id;
    else report(l.line, 'contributionUnit', found.error);
  }
  const kindText = t.kind ?? '';
  if (kindText === '') report(l.line, 'kind', 'Cần ghi hình thức đóng góp: Tiền mặt, Hiện vật hoặc Ngày công.');
  else {
    const kind = kindOf(kindText);
    if (kind) out.kind = kind;
    else report(l.line, 'kind', `Hình thức "${kindText}" không có: ghi Tiền mặt, Hiện vật hoặc Ngày công.`);
  }
  const sourceText = t.source ?? '';
  if (sourceText === '') report(l.line, 'source', 'Cần ghi nguồn đóng góp (xem sheet "Danh mục").');
  else {
    const source = sourceOf(sourceText);
    if (source) out.source = source;
    else report(l.line, 'source', `Nguồn "${sourceText}" không có trong danh mục (xem sheet "Danh mục").`);
  }
  out.item = t.item ?? null;
  out.measureUnit = t.measureUnit ?? null;
  out.note = t.contributionNote ?? '';
  const quantity = parseNumberCell(c.quantity ?? null);
  if (quantity === undefined) report(l.line, 'quantity', numberProblem(t.quantity ?? ''));
  else out.quantity = quantity;
  const value = parseNumberCell(c.valueVnd ?? null);
  if (value === undefined) report(l.line, 'valueVnd', numberProblem(t.valueVnd ?? ''));
  else if (value === null) {
    if (out.kind === 'ngay_cong') out.valueVnd = 0;
    else if (out.kind === 'hien_vat') report(l.line, 'valueVnd', 'Cần ghi trị giá ước tính của hiện vật (đồng).');
    else if (out.kind === 'tien_mat') report(l.line, 'valueVnd', 'Cần ghi số tiền (đồng).');
  } else if (value < 0) report(l.line, 'valueVnd', 'Số tiền không được âm.');
  else out.valueVnd = value;
  const valuationText = t.valuationMethod ?? '';
  if (valuationText === '') out.valuationMethod = null;
  else {
    const method = valuationOf(valuationText);
    if (method) out.valuationMethod = method;
    else {
      report(
        l.line,
        'valuationMethod',
        `Cách xác định trị giá "${valuationText}" không có: ghi Theo hoá đơn, chứng từ; Theo giá thị trường; hoặc Ước tính.`,
      );
    }
  }
  // The rules that tie the fields to the kind, all at once (the schema stops at the first kind of fault).
  if (out.kind) {
    for (const problem of contributionIssues(out as Parameters<typeof contributionIssues>[0])) {
      const column = CONTRIBUTION_FIELD_COLUMNS[problem.path] ?? 'kind';
      if (!reported.has(`${l.line}:${column}`)) report(l.line, column, `${problem.message}.`);
    }
  }
  return out;
}

/** The line and column of a schema issue's path. */
function placeOf(
  path: readonly PropertyKey[],
  line: number,
  contributionLines: RawLine[],
  participants: { group: string }[],
): { line: number; column: ImportColumnKey } {
  const [head, index, field] = path;
  if (head === 'contributions' && typeof index === 'number') {
    const at = contributionLines[index]?.line ?? line;
    return { line: at, column: CONTRIBUTION_FIELD_COLUMNS[String(field)] ?? 'kind' };
  }
  if (head === 'participants' && typeof index === 'number') {
    const group = participants[index]?.group ?? ParticipantGroup.codes[0];
    return { line, column: `participants.${group}` as ImportColumnKey };
  }
  return { line, column: ACTIVITY_FIELD_COLUMNS[String(head)] ?? 'title' };
}
