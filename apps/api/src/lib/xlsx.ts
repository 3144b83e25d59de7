/**
 * Lists as Excel workbooks: the CSV's columns, with Vietnamese headers, money as numbers in a
 * thousands format, dates as real dates (dd/mm/yyyy), written by exceljs' streaming writer while
 * the answer goes out.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { attachment } from './content-disposition.js';
import type { CsvColumn } from './csv.js';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type ExportType =
  | 'text'
  | 'id'
  | 'integer'
  | 'number'
  | 'money'
  | 'percent'
  | 'date'
  | 'month'
  | 'timestamp'
  | 'boolean';

/**
 * The Vietnamese header and the type of every column the lists export, by the CSV's header. A
 * resource whose column means something else under the same name gives its own `label`.
 */
export const EXPORT_COLUMNS: Record<string, { label: string; type?: ExportType }> = {
  id: { label: 'ID', type: 'id' },
  code: { label: 'Mã' },
  name: { label: 'Tên' },
  kind: { label: 'Loại (mã)' },
  kindLabel: { label: 'Loại' },
  group: { label: 'Khối (mã)' },
  groupLabel: { label: 'Khối' },
  agency: { label: 'Cơ quan, doanh nghiệp' },
  partyMembers: { label: 'Số đảng viên', type: 'integer' },
  staff: { label: 'Số cán bộ, nhân viên', type: 'integer' },
  activeFrom: { label: 'Hoạt động từ ngày', type: 'date' },
  activeTo: { label: 'Hoạt động đến ngày', type: 'date' },
  version: { label: 'Phiên bản', type: 'id' },
  district: { label: 'Huyện' },
  areaClass: { label: 'Khu vực (mã)' },
  areaClassLabel: { label: 'Khu vực' },
  remote: { label: 'Vùng sâu, vùng xa', type: 'boolean' },
  ntmStatus: { label: 'Nông thôn mới (mã)' },
  ntmStatusLabel: { label: 'Nông thôn mới' },
  distanceKm: { label: 'Cách trung tâm tỉnh (km)', type: 'number' },
  population: { label: 'Dân số', type: 'integer' },
  households: { label: 'Số hộ', type: 'integer' },
  poorHouseholds: { label: 'Số hộ nghèo', type: 'integer' },
  validFrom: { label: 'Hiệu lực từ ngày', type: 'date' },
  validTo: { label: 'Hiệu lực đến ngày', type: 'date' },
  successorId: { label: 'ID xã sau sáp nhập', type: 'id' },
  issuer: { label: 'Cơ quan ban hành' },
  issuedOn: { label: 'Ngày ban hành', type: 'date' },
  title: { label: 'Tên, trích yếu' },
  summary: { label: 'Tóm tắt' },
  parentId: { label: 'ID văn bản cấp trên', type: 'id' },
  parentCode: { label: 'Văn bản cấp trên' },
  norms: { label: 'Định mức' },
  unitId: { label: 'ID đơn vị', type: 'id' },
  unitCode: { label: 'Mã đơn vị' },
  unitName: { label: 'Đơn vị' },
  communeId: { label: 'ID xã', type: 'id' },
  communeCode: { label: 'Mã xã' },
  communeName: { label: 'Xã' },
  directiveId: { label: 'ID văn bản', type: 'id' },
  directiveCode: { label: 'Văn bản' },
  role: { label: 'Vai trò (mã)' },
  roleLabel: { label: 'Vai trò' },
  note: { label: 'Ghi chú' },
  startDate: { label: 'Ngày bắt đầu', type: 'date' },
  endDate: { label: 'Ngày kết thúc', type: 'date' },
  unitIds: { label: 'ID đơn vị tổ chức' },
  unitNames: { label: 'Đơn vị tổ chức' },
  categories: { label: 'Loại hoạt động (mã)' },
  categoryLabels: { label: 'Loại hoạt động' },
  ntmCriteria: { label: 'Tiêu chí NTM (mã)' },
  ntmCriteriaLabels: { label: 'Tiêu chí nông thôn mới' },
  participants: { label: 'Số người tham gia', type: 'integer' },
  beneficiaries: { label: 'Số người hưởng lợi', type: 'integer' },
  status: { label: 'Trạng thái (mã)' },
  statusLabel: { label: 'Trạng thái' },
  cashVnd: { label: 'Tiền mặt (đồng)', type: 'money' },
  inKindVnd: { label: 'Trị giá hiện vật (đồng)', type: 'money' },
  labourDays: { label: 'Ngày công', type: 'number' },
  deletedAt: { label: 'Đã xoá lúc', type: 'timestamp' },
  activityId: { label: 'ID hoạt động', type: 'id' },
  activityTitle: { label: 'Hoạt động' },
  activityDate: { label: 'Ngày hoạt động', type: 'date' },
  source: { label: 'Nguồn (mã)' },
  sourceLabel: { label: 'Nguồn' },
  item: { label: 'Hiện vật' },
  quantity: { label: 'Số lượng', type: 'number' },
  measureUnit: { label: 'Đơn vị tính' },
  valueVnd: { label: 'Số tiền, trị giá (đồng)', type: 'money' },
  valuationMethod: { label: 'Cách xác định trị giá (mã)' },
  valuationMethodLabel: { label: 'Cách xác định trị giá' },
  month: { label: 'Tháng', type: 'month' },
  plannedDate: { label: 'Ngày dự kiến', type: 'date' },
  content: { label: 'Nội dung' },
  text: { label: 'Khó khăn, vướng mắc' },
  recommendation: { label: 'Kiến nghị' },
  periodFrom: { label: 'Từ ngày', type: 'date' },
  periodTo: { label: 'Đến ngày', type: 'date' },
};

const FORMATS: Partial<Record<ExportType, string>> = {
  id: '0',
  integer: '#,##0',
  money: '#,##0',
  /** A share from 0 to 1, shown as "85,7%". */
  percent: '0.0%',
  date: 'dd/mm/yyyy',
  month: 'mm/yyyy',
  timestamp: 'dd/mm/yyyy hh:mm',
};

/** Vietnam is UTC+7 all year: a stored UTC instant shown as the wall-clock time there. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

export interface ExportColumn<T> {
  label: string;
  type: ExportType;
  value: CsvColumn<T>['value'];
}

/** The typed, Vietnamese-headed columns of a list's CSV columns; labels given by the route win. */
export function exportColumns<T>(
  columns: readonly CsvColumn<T>[],
  labels: Record<string, string> = {},
): ExportColumn<T>[] {
  return columns.map((c) => {
    const known = EXPORT_COLUMNS[c.header];
    const label = labels[c.header] ?? known?.label;
    if (!label) throw new Error(`xlsx: no Vietnamese header for column "${c.header}"`);
    return { label, type: known?.type ?? 'text', value: c.value };
  });
}

function cellValue(type: ExportType, raw: unknown): ExcelJS.CellValue {
  if (raw === null || raw === undefined || raw === '') return null;
  switch (type) {
    case 'date': {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(raw));
      return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : String(raw);
    }
    case 'month': {
      const m = /^(\d{4})-(\d{2})$/.exec(String(raw));
      return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)) : String(raw);
    }
    case 'timestamp': {
      const t = Date.parse(String(raw));
      return Number.isNaN(t) ? String(raw) : new Date(t + VIETNAM_OFFSET_MS);
    }
    case 'boolean':
      return raw === true || raw === 'true' ? 'Có' : 'Không';
    case 'id':
    case 'integer':
    case 'number':
    case 'money':
    case 'percent':
      return typeof raw === 'number' ? raw : Number.isFinite(Number(raw)) ? Number(raw) : String(raw);
    default:
      return typeof raw === 'string' ? raw : String(raw);
  }
}

export interface XlsxOptions {
  filename: string;
  sheet: string;
  /** Rows that matched, when more than were written (the cap). */
  total?: number;
}

/** Streams the rows as an XLSX download. */
export function sendXlsx<T>(
  reply: FastifyReply,
  rows: readonly T[],
  columns: readonly ExportColumn<T>[],
  options: XlsxOptions,
): FastifyReply {
  const out = new PassThrough();
  const write = async () => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    wb.creator = 'Dân vận cơ sở';
    // Excel allows 31 characters and no []:*?/\ in a sheet name.
    const sheet = wb.addWorksheet(options.sheet.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = columns.map((c) => ({
      header: c.label,
      width: Math.min(50, Math.max(10, c.label.length + 2, c.type === 'text' ? 18 : 12)),
      style: FORMATS[c.type] ? { numFmt: FORMATS[c.type]! } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for (const row of rows) {
      sheet.addRow(columns.map((c) => cellValue(c.type, c.value(row)))).commit();
    }
    if (options.total !== undefined && options.total > rows.length) {
      sheet
        .addRow([
          `Chỉ xuất ${rows.length.toLocaleString('vi-VN')} dòng đầu trong tổng số ${options.total.toLocaleString('vi-VN')} dòng khớp bộ lọc; hãy thu hẹp bộ lọc.`,
        ])
        .commit();
    }
    sheet.commit();
    await wb.commit();
  };
  write().catch((error: unknown) => {
    reply.log.error({ err: error }, 'xlsx export failed');
    out.destroy(error as Error);
  });
  return reply
    .type(XLSX_MIME)
    .header('content-disposition', attachment(`${options.filename}.xlsx`))
    .send(out);
}
