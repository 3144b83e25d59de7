/**
 * The import template: an XLSX with the data sheet ("Hoạt động"), the instructions ("Hướng dẫn":
 * every column, how to fill it, an example) and the lists ("Danh mục": kinds of activity, forms and
 * sources of contributions, the units and communes with their codes), with drop-down lists on the
 * columns that take one value of a list. The CSV template has the same header, with the
 * instructions and the example as comment lines (starting with "#"), which the import skips.
 */
import {
  ActivityCategory,
  ContributionKind,
  FundingSource,
  IMPORT_COLUMNS,
  IMPORT_MAX_BYTES,
  IMPORT_MAX_LINES,
  type ImportColumnKey,
  ValuationMethod,
} from '@danvan/domain';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Db } from '../../db/client.js';
import { loadCommuneLookup, loadUnitLookup } from './name-lookups.js';

const DATA_SHEET = 'Hoạt động';
const GUIDE_SHEET = 'Hướng dẫn';
const LISTS_SHEET = 'Danh mục';
/** Rows of the data sheet that get the drop-down lists. */
const VALIDATED_ROWS = 5000;

type Example = Partial<Record<ImportColumnKey, string | number>>;

interface TemplateData {
  units: { code: string; name: string }[];
  communes: { code: string; name: string; district: string }[];
  examples: Example[];
}

function templateData(db: Db): TemplateData {
  const units = loadUnitLookup(db).entries.map(({ code, name }) => ({ code, name }));
  const communes = loadCommuneLookup(db)
    .entries.filter((c) => c.validTo === null)
    .map(({ code, name, district }) => ({ code, name, district }));
  const lead = units[0]?.code ?? 'CB-BDVTU';
  const partner = units[1]?.code ?? 'CB-HCCB';
  const commune = communes[0]?.name ?? 'Xã Tân Lập';
  const other = communes[1]?.name ?? 'Xã Dương Quang';
  const examples: Example[] = [
    {
      title: 'Hỗ trợ xi măng làm đường bê tông thôn Nà Pàn',
      units: lead,
      commune,
      startDate: '05/03/2022',
      categories: ActivityCategory.labels.duong_be_tong,
      ntmCriteria: '2',
      'participants.dang_vien': 12,
      'participants.nhan_dan': 30,
      beneficiaries: 120,
      description: 'Cùng nhân dân đổ 300 m đường bê tông.',
      kind: ContributionKind.labels.hien_vat,
      source: FundingSource.labels.can_bo_dong_gop,
      item: 'Xi măng',
      quantity: 5,
      measureUnit: 'tấn',
      valueVnd: '8.500.000',
      valuationMethod: ValuationMethod.labels.hoa_don,
    },
    {
      kind: ContributionKind.labels.ngay_cong,
      source: FundingSource.labels.can_bo_dong_gop,
      quantity: 24,
    },
    {
      title: 'Tặng quà Tết hộ nghèo',
      units: `${lead}; ${partner}`,
      commune: other,
      startDate: '20/01/2022',
      endDate: '21/01/2022',
      categories: `${ActivityCategory.labels.tang_qua}; ${ActivityCategory.labels.tuyen_truyen}`,
      'participants.dang_vien': 8,
      beneficiaries: 40,
      contributionUnit: partner,
      kind: ContributionKind.labels.tien_mat,
      source: FundingSource.labels.xa_hoi_hoa,
      valueVnd: '10.000.000',
    },
  ];
  return { units, communes, examples };
}

const GENERAL_RULES = [
  `Ghi dữ liệu vào sheet "${DATA_SHEET}", từ dòng 2; giữ nguyên dòng tiêu đề (có thể đổi thứ tự cột, bỏ các cột không dùng).`,
  'Mỗi dòng là một khoản đóng góp. Dòng đầu của mỗi hoạt động ghi đủ thông tin hoạt động; các khoản đóng góp tiếp theo của cùng hoạt động ghi ở các dòng ngay bên dưới, để trống (hoặc gộp ô) các cột của hoạt động.',
  'Ngày ghi dạng dd/mm/yyyy (05/03/2022) hoặc yyyy-mm-dd (2022-03-05), hoặc dùng ô kiểu ngày của Excel.',
  'Số tiền ghi bằng đồng, dấu chấm ngăn cách hàng nghìn (5.000.000), dấu phẩy cho phần thập phân (1,5).',
  'Ô có nhiều giá trị (đơn vị cùng tổ chức, loại hoạt động, tiêu chí) thì cách nhau bằng dấu chấm phẩy (;).',
  'Tên đơn vị, xã và các giá trị trong danh mục có dấu hay không dấu, chữ hoa hay thường đều được; có thể ghi mã thay cho tên.',
  'Dòng có ô đầu tiên bắt đầu bằng dấu # được bỏ qua (dùng để ghi chú).',
  'Nhập lại cùng một tệp không tạo bản ghi trùng: hoạt động đã có (cùng đơn vị, xã, ngày bắt đầu và tên) và khoản đóng góp đã có được bỏ qua.',
  `Mỗi tệp tối đa ${IMPORT_MAX_LINES.toLocaleString('vi-VN')} dòng và ${IMPORT_MAX_BYTES / 1024 / 1024} MB; tệp .xlsx hoặc .csv (UTF-8).`,
  'Sau khi tải lên, hệ thống kiểm tra từng dòng và chỉ ra lỗi ở từng ô; chỉ khi bấm "Ghi vào hệ thống" dữ liệu mới được ghi (các dòng hợp lệ, cùng một lần; lỗi giữa chừng thì không ghi gì).',
];

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
const REQUIRED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };
const CONTRIBUTION_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2EFDA' } };

function columnLetter(index: number): string {
  let n = index;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const DATE_COLUMNS = new Set<ImportColumnKey>(['startDate', 'endDate']);
const NUMBER_COLUMNS = new Set<string>(['quantity', 'beneficiaries', 'valueVnd']);

export async function templateXlsx(db: Db): Promise<Buffer> {
  const data = templateData(db);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Dân vận cơ sở';
  wb.created = new Date(0);

  // Lists first in memory (the drop-downs point at them), but the data sheet comes first in the book.
  const sheet = wb.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const guide = wb.addWorksheet(GUIDE_SHEET);
  const lists = wb.addWorksheet(LISTS_SHEET);

  const listColumns: { title: string; values: string[]; codes?: string[] }[] = [
    {
      title: 'Loại hoạt động',
      values: ActivityCategory.codes.map((c) => ActivityCategory.labels[c]),
      codes: [...ActivityCategory.codes],
    },
    {
      title: 'Hình thức đóng góp',
      values: ContributionKind.codes.map((c) => ContributionKind.labels[c]),
      codes: [...ContributionKind.codes],
    },
    {
      title: 'Nguồn đóng góp',
      values: FundingSource.codes.map((c) => FundingSource.labels[c]),
      codes: [...FundingSource.codes],
    },
    {
      title: 'Cách xác định trị giá',
      values: ValuationMethod.codes.map((c) => ValuationMethod.labels[c]),
      codes: [...ValuationMethod.codes],
    },
    { title: 'Đơn vị (tên)', values: data.units.map((u) => u.name), codes: data.units.map((u) => u.code) },
    {
      title: 'Xã (tên và huyện)',
      values: data.communes.map((c) => `${c.name} (${c.district})`),
      codes: data.communes.map((c) => c.code),
    },
  ];
  const listRange = new Map<string, string>();
  let col = 1;
  for (const list of listColumns) {
    lists.getCell(1, col).value = list.title;
    lists.getCell(1, col + 1).value = 'Mã';
    list.values.forEach((v, i) => {
      lists.getCell(i + 2, col).value = v;
      lists.getCell(i + 2, col + 1).value = list.codes?.[i] ?? '';
    });
    for (const c of [col, col + 1]) {
      lists.getCell(1, c).font = { bold: true };
      lists.getCell(1, c).fill = HEADER_FILL;
    }
    lists.getColumn(col).width = Math.min(60, Math.max(18, ...list.values.map((v) => v.length + 2)));
    lists.getColumn(col + 1).width = 16;
    const letter = columnLetter(col);
    listRange.set(list.title, `'${LISTS_SHEET}'!$${letter}$2:$${letter}$${Math.max(2, list.values.length + 1)}`);
    col += 3;
  }
  lists.views = [{ state: 'frozen', ySplit: 1 }];

  // The data sheet: the header, widths, number formats and drop-downs.
  const dropDowns: Partial<Record<ImportColumnKey, string>> = {
    units: 'Đơn vị (tên)',
    commune: 'Xã (tên và huyện)',
    categories: 'Loại hoạt động',
    contributionUnit: 'Đơn vị (tên)',
    kind: 'Hình thức đóng góp',
    source: 'Nguồn đóng góp',
    valuationMethod: 'Cách xác định trị giá',
  };
  // exceljs has data validations on worksheets, but its typings leave them out.
  const validations = (
    sheet as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations;
  IMPORT_COLUMNS.forEach((column, i) => {
    const index = i + 1;
    const cell = sheet.getCell(1, index);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'middle' };
    cell.fill = column.required ? REQUIRED_FILL : column.part === 'contribution' ? CONTRIBUTION_FILL : HEADER_FILL;
    cell.note = `${column.required ? '(Bắt buộc) ' : ''}${column.help}`;
    const width = column.key === 'title' || column.key === 'description' ? 40 : column.key === 'units' ? 30 : 18;
    const c = sheet.getColumn(index);
    c.width = width;
    if (DATE_COLUMNS.has(column.key)) c.numFmt = 'dd/mm/yyyy';
    if (NUMBER_COLUMNS.has(column.key) || column.key.startsWith('participants.')) c.numFmt = '#,##0';
    const list = dropDowns[column.key];
    if (list) {
      const letter = columnLetter(index);
      // One range per column (exceljs merges single cells into overlapping ranges).
      validations.add(`${letter}2:${letter}${VALIDATED_ROWS + 1}`, {
        type: 'list',
        allowBlank: true,
        formulae: [listRange.get(list)!],
        // Several values separated by ";" and names typed by hand are allowed too: a hint, not a rule.
        showErrorMessage: false,
        showInputMessage: false,
      });
    }
  });
  sheet.getRow(1).height = 45;

  // The instructions.
  guide.getColumn(1).width = 28;
  guide.getColumn(2).width = 12;
  guide.getColumn(3).width = 110;
  guide.addRow(['MẪU NHẬP HOẠT ĐỘNG VÀ ĐÓNG GÓP']).font = { bold: true, size: 14 };
  guide.addRow(['Dân vận cơ sở — nhập số liệu hoạt động của các chi, đảng bộ cơ sở với nhân dân tại xã.']);
  guide.addRow([]);
  guide.addRow(['Cách ghi chung']).font = { bold: true };
  for (const rule of GENERAL_RULES) {
    const row = guide.addRow(['•', '', rule]);
    row.getCell(3).alignment = { wrapText: true };
  }
  guide.addRow([]);
  const head = guide.addRow(['Cột', 'Bắt buộc', 'Cách ghi']);
  head.font = { bold: true };
  head.eachCell((c) => {
    c.fill = HEADER_FILL;
  });
  for (const column of IMPORT_COLUMNS) {
    const required = column.required ? (column.part === 'activity' ? 'Có (dòng đầu)' : 'Có (mỗi khoản)') : '';
    const row = guide.addRow([column.header, required, column.help]);
    row.getCell(3).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
  }
  guide.addRow([]);
  guide.addRow([
    `Ví dụ (hai hoạt động; hoạt động đầu có hai khoản đóng góp ở hai dòng). Chép vào sheet "${DATA_SHEET}" nếu muốn thử.`,
  ]).font = { bold: true };
  const exampleHead = guide.addRow(IMPORT_COLUMNS.map((c) => c.header));
  exampleHead.font = { bold: true };
  for (const example of data.examples) guide.addRow(IMPORT_COLUMNS.map((c) => example[c.key] ?? ''));

  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The CSV template: the instructions and the example as "#" comment lines, then the header. */
export function templateCsv(db: Db): string {
  const data = templateData(db);
  const comment = (text: string) => [`# ${text}`];
  const records: string[][] = [
    comment('Mẫu nhập hoạt động và đóng góp — Dân vận cơ sở. Dòng bắt đầu bằng # được bỏ qua khi nhập.'),
    ...GENERAL_RULES.map((r) => comment(r.replace(`sheet "${DATA_SHEET}", `, 'tệp này, '))),
    ...IMPORT_COLUMNS.map((c) => comment(`${c.header}${c.required ? ' (bắt buộc)' : ''}: ${c.help}`)),
    comment(`Loại hoạt động: ${ActivityCategory.codes.map((c) => ActivityCategory.labels[c]).join(' | ')}`),
    comment(`Hình thức đóng góp: ${ContributionKind.codes.map((c) => ContributionKind.labels[c]).join(' | ')}`),
    comment(`Nguồn đóng góp: ${FundingSource.codes.map((c) => FundingSource.labels[c]).join(' | ')}`),
    comment(`Cách xác định trị giá: ${ValuationMethod.codes.map((c) => ValuationMethod.labels[c]).join(' | ')}`),
    comment('Mã đơn vị và mã xã: xem trong mẫu Excel (sheet "Danh mục") hoặc trang Đơn vị, Xã.'),
    IMPORT_COLUMNS.map((c) => c.header),
    ...data.examples.map((example, i) =>
      IMPORT_COLUMNS.map((c, j) => {
        const value = String(example[c.key] ?? '');
        return j === 0 ? `# Ví dụ ${i + 1}: ${value}` : value;
      }),
    ),
  ];
  return `\uFEFF${stringify(records, { record_delimiter: 'windows' })}`;
}
