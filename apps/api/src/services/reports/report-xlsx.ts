/**
 * The report as an Excel workbook: a first sheet "Tổng hợp" with the period, the scope and the key
 * figures, then one sheet per table with Vietnamese headers (bold, frozen, filterable), column widths
 * and number formats (money as `#,##0 "đồng"`; the thousands separator shows as the reader's Excel is
 * set, a dot in Vietnamese). Values stay numbers and dates, so officials can go on computing with them.
 */
import {
  formatDate,
  type PeriodReport,
  type ReportCell,
  type ReportColumnKind,
  type ReportTable,
} from '@danvan/domain';
import ExcelJS from 'exceljs';

const MONEY = '#,##0 "đồng"';
const INTEGER = '#,##0';
const DECIMAL = '#,##0.00';
const PERCENT = '0.0%';
const DATE = 'dd/mm/yyyy';
const FONT = { name: 'Times New Roman', size: 12 };

function numberFormat(kind: ReportColumnKind, value: ReportCell): string | undefined {
  switch (kind) {
    case 'money':
      return MONEY;
    case 'integer':
      return INTEGER;
    case 'percent':
      return PERCENT;
    case 'date':
      return DATE;
    case 'number':
      return typeof value === 'number' && !Number.isInteger(value) ? DECIMAL : INTEGER;
    default:
      return undefined;
  }
}

/** A calendar date as Excel keeps it: a day with no time and no time zone. */
function excelDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function cellValue(value: ReportCell, kind: ReportColumnKind): ExcelJS.CellValue {
  if (value === null) return null;
  if (kind === 'date' && typeof value === 'string') return excelDate(value);
  return value;
}

/** The header without "(đồng)": the cells' number format says it. */
function headerOf(header: string): string {
  return header.replace(/\s*\(đồng\)$/, '');
}

function tableSheet(workbook: ExcelJS.Workbook, table: ReportTable): void {
  const sheet = workbook.addWorksheet(table.sheetName, {
    views: [{ state: 'frozen', ySplit: 3, xSplit: 2 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = table.columns.map((c) => ({ key: c.key, width: Math.max(c.width + 2, 8) }));
  const titleRow = sheet.getRow(1);
  titleRow.getCell(1).value = table.title;
  titleRow.font = { ...FONT, bold: true, size: 13 };
  sheet.mergeCells(1, 1, 1, table.columns.length);

  const header = sheet.getRow(3);
  table.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = headerOf(c.header);
    cell.font = { ...FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
    cell.border = {
      top: { style: 'thin' },
      bottom: { style: 'thin' },
      left: { style: 'thin' },
      right: { style: 'thin' },
    };
  });
  header.height = 45;

  const write = (cells: ReportCell[], bold: boolean) => {
    const row = sheet.addRow(cells.map((v, i) => cellValue(v, table.columns[i]!.kind)));
    table.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.font = { ...FONT, bold };
      const format = numberFormat(c.kind, cells[i] ?? null);
      if (format && c.key !== 'stt') cell.numFmt = format;
      cell.alignment = {
        vertical: 'top',
        wrapText: c.kind === 'text',
        ...(c.key === 'stt' || c.kind === 'date' ? { horizontal: 'center' as const } : {}),
      };
      cell.border = {
        top: { style: 'thin' },
        bottom: { style: 'thin' },
        left: { style: 'thin' },
        right: { style: 'thin' },
      };
    });
  };
  for (const r of table.rows) write(r, false);
  if (table.rows.length > 0) {
    sheet.autoFilter = {
      from: { row: 3, column: 1 },
      to: { row: 3 + table.rows.length, column: table.columns.length },
    };
  }
  if (table.total) write(table.total, true);
  if (table.note) {
    const note = sheet.addRow([table.note]);
    note.getCell(1).font = { ...FONT, italic: true, size: 11 };
  }
}

function summarySheet(workbook: ExcelJS.Workbook, report: PeriodReport): void {
  const sheet = workbook.addWorksheet('Tổng hợp', { views: [{ state: 'frozen', ySplit: 7 }] });
  sheet.columns = [{ width: 52 }, { width: 24 }, { width: 44 }];
  const doc = report.document;
  const f = report.figures;
  const heading: [string, string][] = [
    [doc.issuingBody, ''],
    [`${doc.kind} ${doc.summary[0] ?? ''}`, ''],
    ['Kỳ báo cáo', `${formatDate(report.period.from)} – ${formatDate(report.period.to)}`],
    ['Phạm vi', report.scope.label ?? 'Toàn Đảng bộ Khối'],
    ['Số, ký hiệu', doc.numberLine],
  ];
  heading.forEach(([a, b], i) => {
    const row = sheet.getRow(i + 1);
    row.getCell(1).value = a;
    row.getCell(2).value = b;
    row.font = { ...FONT, bold: i < 2 };
  });
  const header = sheet.getRow(7);
  ['Chỉ tiêu', 'Số liệu', 'Ghi chú'].forEach((h, i) => {
    const cell = header.getCell(i + 1);
    cell.value = h;
    cell.font = { ...FONT, bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  const rows: [string, number | null, string, string][] = [
    ['Số lượt hoạt động (đơn vị × hoạt động, đã duyệt)', f.visits, INTEGER, ''],
    ['Số hoạt động', f.activities, INTEGER, ''],
    ['Số đơn vị được phân công', f.units.assigned, INTEGER, ''],
    ['Số đơn vị có hoạt động', f.units.active, INTEGER, ''],
    ['Số đơn vị đạt định mức (mỗi tháng ít nhất 1 lần)', f.units.onNorm, INTEGER, ''],
    ['Số xã được phân công', f.communes.assigned, INTEGER, ''],
    ['Số xã có hoạt động', f.communes.reached, INTEGER, ''],
    ['Số xã chưa có hoạt động', f.communes.neverReached, INTEGER, 'Danh sách: trang “Theo xã”'],
    ['Lượt người tham gia', f.participants, INTEGER, ''],
    ['Tiền mặt', f.cash, MONEY, ''],
    ['Hiện vật (trị giá)', f.inKindValue, MONEY, ''],
    ['Ngày công', f.labourDays, Number.isInteger(f.labourDays) ? INTEGER : DECIMAL, ''],
    ['Cán bộ, đảng viên tự nguyện đóng góp (tiền mặt và hiện vật)', f.staffValue, MONEY, ''],
    ['Tỷ lệ cán bộ, đảng viên đóng góp', f.staffShare, PERCENT, 'Trên tổng tiền mặt và trị giá hiện vật'],
    ['Số khó khăn, vướng mắc ghi nhận', f.difficulties, INTEGER, ''],
  ];
  for (const [label, value, format, note] of rows) {
    const row = sheet.addRow([label, value, note]);
    row.font = FONT;
    row.getCell(2).numFmt = format;
  }
  if (report.demo) {
    const row = sheet.addRow(['Số liệu minh hoạ do hệ thống tạo ra, không phải số liệu chính thức của đơn vị nào.']);
    row.getCell(1).font = { ...FONT, italic: true };
  }
}

export async function reportXlsx(report: PeriodReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = report.document.issuingBody;
  workbook.title = `${report.document.kind} ${report.document.summary.join(' ')}`;
  workbook.created = new Date(`${report.document.date}T00:00:00+07:00`);
  summarySheet(workbook, report);
  for (const table of report.tables) tableSheet(workbook, table);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
