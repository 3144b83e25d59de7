/**
 * The period report (báo cáo định kỳ): what it is asked for with, the settings of the party document
 * it is printed as (Hướng dẫn 36-HD/VPTW), and the shape of the report itself, shared by the API (which
 * writes it as JSON, DOCX and XLSX) and the web app (which previews it).
 */
import { z } from 'zod';
import './locale.js';
import { lastDayOfMonth, type Period } from './dates.js';
import { UnitGroup } from './enums.js';
import { enumSchema, IsoDateSchema, optionalText, requiredText } from './fields.js';
import { formatDate, formatInteger, formatNumber, formatPercent, romanQuarter } from './format.js';

export const ReportQuerySchema = z
  .object({
    from: IsoDateSchema.meta({ description: 'Từ ngày (YYYY-MM-DD)', example: '2021-09-10' }),
    to: IsoDateSchema.meta({ description: 'Đến ngày (YYYY-MM-DD)', example: '2022-03-18' }),
    unitId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional().meta({
      description: 'Chỉ một đơn vị (cán bộ đơn vị luôn chỉ xem được đơn vị mình)',
    }),
    unitGroup: enumSchema(UnitGroup).optional().meta({ description: 'Chỉ các đơn vị của một khối' }),
    district: z.string().max(100).optional().meta({ description: 'Chỉ các xã của một huyện', example: 'Huyện Ba Bể' }),
    number: z
      .string()
      .max(10)
      .regex(/^[0-9A-Za-z]*$/, { message: 'Số văn bản chỉ gồm chữ số (và chữ cái)' })
      .optional()
      .meta({ description: 'Số của báo cáo (mặc định: số trong cài đặt; để trống để văn thư ghi tay)', example: '15' }),
    date: IsoDateSchema.optional().meta({
      description: 'Ngày ban hành ghi trên báo cáo (mặc định: ngày cuối kỳ)',
      example: '2022-03-18',
    }),
  })
  .strict()
  .refine((q) => q.from <= q.to, { message: 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc', path: ['to'] });
export type ReportQuery = z.infer<typeof ReportQuerySchema>;

const line = (max: number) => optionalText(max);

/** How the report is printed: who issues it, its number and symbol, the place, the signer, who receives it. */
export const ReportSettingsInputSchema = z
  .object({
    superiorBody: requiredText(120).meta({
      description: 'Cấp trên (dòng trên của tên cơ quan)',
      example: 'ĐẢNG BỘ TỈNH',
    }),
    issuingBody: requiredText(160).meta({
      description: 'Cơ quan ban hành',
      example: 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH',
    }),
    number: line(10)
      .regex(/^[0-9A-Za-z]*$/, { message: 'Số văn bản chỉ gồm chữ số (và chữ cái)' })
      .meta({ description: 'Số (để trống để văn thư ghi tay khi đăng ký)', example: '15' }),
    symbol: requiredText(30).meta({ description: 'Ký hiệu: tên loại và tên cơ quan viết tắt', example: 'BC/ĐUK' }),
    place: line(60).meta({ description: 'Địa danh ghi trước ngày tháng', example: 'Bắc Kạn' }),
    reportingBody: requiredText(120).meta({
      description: 'Chủ thể báo cáo trong lời mở đầu',
      example: 'Ban Thường vụ Đảng ủy Khối',
    }),
    signerCapacity: line(80).meta({
      description: 'Thẩm quyền ký (để trống khi ký trực tiếp)',
      example: 'T/M BAN THƯỜNG VỤ',
    }),
    signerTitle: requiredText(80).meta({ description: 'Chức vụ người ký', example: 'PHÓ BÍ THƯ' }),
    signerName: line(80).meta({ description: 'Họ và tên người ký', example: 'Nguyễn Văn An' }),
    recipients: z
      .array(requiredText(200))
      .max(20, { error: 'Tối đa 20 nơi nhận' })
      .meta({ description: 'Nơi nhận, mỗi dòng một nơi', example: ['Ban Thường vụ Tỉnh ủy (b/c)', 'Lưu Văn phòng'] }),
    directions: line(6000).meta({
      description: 'Phương hướng, nhiệm vụ thời gian tới: mỗi dòng một đoạn',
    }),
  })
  .strict();
export type ReportSettingsInput = z.input<typeof ReportSettingsInputSchema>;
export type ReportSettingsValues = z.output<typeof ReportSettingsInputSchema>;

export const ReportSettingsSchema = ReportSettingsInputSchema.extend({
  version: z.number().int().min(0).meta({ description: 'Tăng mỗi lần sửa (0: chưa sửa lần nào); dùng cho If-Match' }),
  updatedAt: z.string().nullable(),
}).meta({ id: 'ReportSettings' });
export type ReportSettings = z.infer<typeof ReportSettingsSchema>;

/** The settings before an admin has saved any: the Đảng ủy Khối of the seed, ready to be filled in. */
export const DEFAULT_REPORT_SETTINGS: ReportSettingsValues = {
  superiorBody: 'ĐẢNG BỘ TỈNH',
  issuingBody: 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH',
  number: '',
  symbol: 'BC/ĐUK',
  place: '',
  reportingBody: 'Ban Thường vụ Đảng ủy Khối',
  signerCapacity: 'T/M BAN THƯỜNG VỤ',
  signerTitle: 'PHÓ BÍ THƯ',
  signerName: '',
  recipients: [
    'Ban Thường vụ Tỉnh ủy (b/c)',
    'Ban Dân vận Tỉnh ủy (b/c)',
    'Các đồng chí Ủy viên Ban Thường vụ Đảng ủy Khối',
    'Các chi, đảng bộ cơ sở trực thuộc',
    'Lưu Văn phòng Đảng ủy Khối',
  ],
  directions: [
    'Cấp ủy các chi, đảng bộ cơ sở tiếp tục quán triệt để cán bộ, đảng viên, công chức, viên chức, người lao động hiểu sâu sắc trách nhiệm tham gia các hoạt động với nhân dân tại cơ sở; nâng cao nhận thức về công tác dân vận của Đảng.',
    'Chủ động phối hợp với cấp ủy, chính quyền các xã được phân công phụ trách xây dựng kế hoạch với nội dung, thời gian cụ thể, bảo đảm mỗi đơn vị tổ chức ít nhất 1 lần/tháng; ưu tiên các xã chưa có hoạt động và các xã vùng sâu, vùng xa.',
    'Tăng cường tuyên truyền, hướng dẫn về chuyên môn, nghiệp vụ của các cơ quan, đơn vị, nhất là các nội dung thuộc tiêu chí xây dựng nông thôn mới; đa dạng hóa nguồn lực, kết hợp đóng góp của cán bộ, đảng viên với xã hội hóa.',
  ].join('\n'),
};

/** How a figure in a report table is shown: in Vietnamese format on screen and in Word, with a number format in Excel. */
export const ReportColumnKind = ['text', 'integer', 'number', 'money', 'percent', 'date'] as const;
export type ReportColumnKind = (typeof ReportColumnKind)[number];

/** A table cell as the report prints it (preview and Word): 1.000.000, 75,5%, 10/09/2021; an empty cell as "". */
export function formatReportCell(value: ReportCell, kind: ReportColumnKind): string {
  if (value === null) return '';
  if (typeof value === 'string') return kind === 'date' ? formatDate(value) : value;
  switch (kind) {
    case 'money':
    case 'integer':
      return formatInteger(value);
    case 'percent':
      return formatPercent(value);
    default:
      return formatNumber(value);
  }
}

export const ReportCellSchema = z.union([z.string(), z.number(), z.null()]);
export type ReportCell = z.infer<typeof ReportCellSchema>;

export const ReportTableKey = ['units', 'communes', 'categories', 'sources', 'items'] as const;
export type ReportTableKey = (typeof ReportTableKey)[number];

export const ReportTableSchema = z.object({
  key: z.enum(ReportTableKey),
  /** "Biểu 1. Kết quả theo đơn vị" */
  title: z.string(),
  /** The Excel sheet's name (at most 31 characters). */
  sheetName: z.string().max(31),
  columns: z.array(
    z.object({
      key: z.string(),
      header: z.string(),
      kind: z.enum(ReportColumnKind),
      /** Relative width, in characters, for Word and Excel. */
      width: z.number().int().positive(),
    }),
  ),
  /** Cells in the order of the columns; money in đồng, percentages as ratios (0.755), dates YYYY-MM-DD. */
  rows: z.array(z.array(ReportCellSchema)),
  total: z.array(ReportCellSchema).nullable(),
  note: z.string().nullable(),
});
export type ReportTable = z.infer<typeof ReportTableSchema>;

export const ReportBlockSchema = z.object({
  kind: z.enum(['heading', 'subheading', 'paragraph', 'item']),
  text: z.string(),
});
export type ReportBlock = z.infer<typeof ReportBlockSchema>;

export const PeriodReportSchema = z
  .object({
    period: z.object({ from: IsoDateSchema, to: IsoDateSchema }),
    scope: z.object({
      unitId: z.number().int().nullable(),
      unitGroup: enumSchema(UnitGroup).nullable(),
      district: z.string().nullable(),
      /** "Khối Doanh nghiệp", "Huyện Ba Bể", "Chi bộ Ban Dân vận Tỉnh ủy"; null for the whole bloc. */
      label: z.string().nullable(),
    }),
    document: z.object({
      superiorBody: z.string(),
      issuingBody: z.string(),
      /** "Số 15-BC/ĐUK", or "Số      -BC/ĐUK" for the clerk to fill in. */
      numberLine: z.string(),
      date: IsoDateSchema,
      /** "Bắc Kạn, ngày 18 tháng 3 năm 2022" */
      placeDate: z.string(),
      kind: z.literal('BÁO CÁO'),
      /** Trích yếu, one or two lines. */
      summary: z.array(z.string()),
      signer: z.object({ capacity: z.string(), title: z.string(), name: z.string() }),
      recipients: z.array(z.string()),
    }),
    figures: z.object({
      visits: z.number().int(),
      activities: z.number().int(),
      units: z.object({ assigned: z.number().int(), active: z.number().int(), onNorm: z.number().int() }),
      communes: z.object({ assigned: z.number().int(), reached: z.number().int(), neverReached: z.number().int() }),
      participants: z.number().int(),
      cash: z.number().int().meta({ description: 'Tiền mặt (đồng)' }),
      inKindValue: z.number().int().meta({ description: 'Trị giá hiện vật (đồng)' }),
      labourDays: z.number(),
      /** Cash and in-kind value given by the staff themselves (cán bộ, đảng viên tự nguyện đóng góp). */
      staffValue: z.number().int(),
      staffShare: z.number().min(0).max(1).nullable(),
      difficulties: z.number().int(),
    }),
    body: z.array(ReportBlockSchema),
    tables: z.array(ReportTableSchema),
    /** The database holds the illustrative demo data: the report says so. */
    demo: z.boolean(),
  })
  .meta({ id: 'PeriodReport' });
export type PeriodReport = z.infer<typeof PeriodReportSchema>;

/**
 * A long body name in two lines of about equal length ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN / VÀ DOANH NGHIỆP TỈNH"), as
 * printed headers set it, rather than wherever the line happens to wrap.
 */
export function balancedLines(name: string, wrapAbove = 26): string[] {
  const words = name.split(/\s+/).filter(Boolean);
  if (name.length <= wrapAbove || words.length < 2) return [name];
  let best = 1;
  let bestWidth = Number.POSITIVE_INFINITY;
  for (let i = 1; i < words.length; i++) {
    const width = Math.max(words.slice(0, i).join(' ').length, words.slice(i).join(' ').length);
    if (width < bestWidth) [best, bestWidth] = [i, width];
  }
  return [words.slice(0, best).join(' '), words.slice(best).join(' ')];
}

/** The periods officials report on: a month, a quarter, six months (sơ kết), a year (tổng kết). */
export const ReportPeriodKind = ['month', 'quarter', 'half', 'year'] as const;
export type ReportPeriodKind = (typeof ReportPeriodKind)[number];

/**
 * The period of a month (index 1–12), a quarter (1–4), a half year (1–2) or a year (index ignored).
 */
export function reportPeriod(kind: ReportPeriodKind, year: number, index = 1): Period {
  const months = { month: 1, quarter: 3, half: 6, year: 12 }[kind];
  const first = kind === 'year' ? 1 : (index - 1) * months + 1;
  const last = first + months - 1;
  const mm = (m: number) => String(m).padStart(2, '0');
  return { from: `${year}-${mm(first)}-01`, to: lastDayOfMonth(`${year}-${mm(last)}`) };
}

/** The name of such a period as a report says it: "tháng 3 năm 2022", "quý I năm 2022", "6 tháng đầu năm 2022". */
export function reportPeriodName(kind: ReportPeriodKind, year: number, index = 1): string {
  switch (kind) {
    case 'month':
      return `tháng ${index} năm ${year}`;
    case 'quarter':
      return `quý ${romanQuarter(index)} năm ${year}`;
    case 'half':
      return `6 tháng ${index === 1 ? 'đầu' : 'cuối'} năm ${year}`;
    case 'year':
      return `năm ${year}`;
  }
}
