/**
 * Importing activities and their contributions from a spreadsheet (XLSX or CSV): the columns of the
 * template, and the shapes of the preview and of the commit. One line per contribution: the first
 * line of an activity carries the activity's columns, the lines below it with those columns empty
 * (or merged) add further contributions to the same activity.
 */
import { z } from 'zod';
import './locale.js';
import { csvList } from './api.js';
import { ParticipantGroup } from './enums.js';
import { IdSchema, TimestampSchema } from './fields.js';

/** The largest file an upload may be. */
export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;
/** The most lines (activities and contribution lines) one file may hold. */
export const IMPORT_MAX_LINES = 200_000;
/** How long an uploaded file's preview waits for its commit. */
export const IMPORT_TTL_HOURS = 24;
/** Rows of a preview page: default and maximum. */
export const IMPORT_PAGE_SIZE = 50;
export const IMPORT_MAX_PAGE_SIZE = 500;

/** The separator of several values in one cell (units, categories, criteria). */
export const IMPORT_LIST_SEPARATOR = ';';

export type ImportColumnKey =
  | 'title'
  | 'units'
  | 'commune'
  | 'startDate'
  | 'endDate'
  | 'categories'
  | 'ntmCriteria'
  | `participants.${ParticipantGroup}`
  | 'beneficiaries'
  | 'description'
  | 'contributionUnit'
  | 'kind'
  | 'source'
  | 'item'
  | 'quantity'
  | 'measureUnit'
  | 'valueVnd'
  | 'valuationMethod'
  | 'contributionNote';

export interface ImportColumn {
  key: ImportColumnKey;
  /** The header in the template; headers are matched without regard to diacritics and case. */
  header: string;
  /** Activity columns are read from an activity's first line; contribution columns from every line. */
  part: 'activity' | 'contribution';
  /** Required on an activity's first line (activity columns) or on a contribution line. */
  required: boolean;
  /** How to fill it in, for the instructions sheet. */
  help: string;
  /** Other headers accepted for the column. */
  aliases?: readonly string[];
}

const participantColumns: ImportColumn[] = ParticipantGroup.codes.map((group) => ({
  key: `participants.${group}` as const,
  header: `Tham gia: ${ParticipantGroup.labels[group]}`,
  part: 'activity',
  required: false,
  help: `Số ${ParticipantGroup.labels[group].toLowerCase()} tham gia (số người); để trống nếu không có.`,
}));

export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  {
    key: 'title',
    header: 'Tên hoạt động',
    part: 'activity',
    required: true,
    help: 'Tên ngắn gọn của hoạt động, tối đa 300 ký tự. Ghi ở dòng đầu của mỗi hoạt động.',
    aliases: ['Hoạt động', 'Nội dung hoạt động'],
  },
  {
    key: 'units',
    header: 'Đơn vị tổ chức',
    part: 'activity',
    required: true,
    help:
      'Mã hoặc tên chi, đảng bộ (xem sheet "Danh mục"). Nhiều đơn vị cùng tổ chức thì cách nhau bằng dấu chấm phẩy (;), ' +
      'đơn vị đầu tiên là đơn vị chủ trì; mỗi đơn vị là một lượt.',
    aliases: ['Đơn vị', 'Chi bộ, đảng bộ'],
  },
  {
    key: 'commune',
    header: 'Xã',
    part: 'activity',
    required: true,
    help:
      'Mã hoặc tên xã, phường, thị trấn (có dấu hay không dấu đều được). Nếu hai xã trùng tên, ghi kèm huyện: ' +
      '"Xã Tân Lập (Huyện Hòa An)".',
    aliases: ['Xã, phường, thị trấn', 'Địa bàn'],
  },
  {
    key: 'startDate',
    header: 'Ngày bắt đầu',
    part: 'activity',
    required: true,
    help: 'Ngày dạng dd/mm/yyyy (ví dụ 05/03/2022) hoặc yyyy-mm-dd (2022-03-05), hoặc ô kiểu ngày của Excel.',
    aliases: ['Ngày', 'Ngày thực hiện'],
  },
  {
    key: 'endDate',
    header: 'Ngày kết thúc',
    part: 'activity',
    required: false,
    help: 'Cùng cách ghi như ngày bắt đầu; để trống nếu hoạt động diễn ra trong một ngày.',
  },
  {
    key: 'categories',
    header: 'Loại hoạt động',
    part: 'activity',
    required: true,
    help: 'Tên hoặc mã loại hoạt động trong sheet "Danh mục"; nhiều loại cách nhau bằng dấu chấm phẩy (;).',
  },
  {
    key: 'ntmCriteria',
    header: 'Tiêu chí nông thôn mới',
    part: 'activity',
    required: false,
    help:
      'Số thứ tự các tiêu chí, cách nhau bằng dấu chấm phẩy (ví dụ: 2; 6). Bộ tiêu chí theo ngày bắt đầu: ' +
      'QĐ 1980/QĐ-TTg trước 08/3/2022, QĐ 318/QĐ-TTg từ 08/3/2022, QĐ 51/2025/QĐ-TTg từ 15/02/2026.',
    aliases: ['Tiêu chí NTM'],
  },
  ...participantColumns,
  {
    key: 'beneficiaries',
    header: 'Số người hưởng lợi',
    part: 'activity',
    required: false,
    help: 'Số người (hoặc hộ) được hưởng lợi; để trống là 0.',
  },
  {
    key: 'description',
    header: 'Mô tả, kết quả',
    part: 'activity',
    required: false,
    help: 'Nội dung, kết quả của hoạt động (không bắt buộc).',
    aliases: ['Mô tả', 'Kết quả'],
  },
  {
    key: 'contributionUnit',
    header: 'Đơn vị đóng góp',
    part: 'contribution',
    required: false,
    help: 'Mã hoặc tên đơn vị đóng góp khoản này; để trống nếu là đơn vị chủ trì.',
  },
  {
    key: 'kind',
    header: 'Hình thức đóng góp',
    part: 'contribution',
    required: true,
    help:
      'Tiền mặt, Hiện vật hoặc Ngày công. Mỗi dòng ghi một khoản đóng góp; hoạt động có nhiều khoản thì ghi các ' +
      'khoản tiếp theo ở các dòng ngay bên dưới và để trống (hoặc gộp ô) các cột của hoạt động. ' +
      'Hoạt động không có đóng góp thì để trống các cột đóng góp.',
    aliases: ['Hình thức'],
  },
  {
    key: 'source',
    header: 'Nguồn đóng góp',
    part: 'contribution',
    required: true,
    help: 'Tên hoặc mã nguồn trong sheet "Danh mục", ví dụ "Cán bộ, đảng viên tự nguyện đóng góp" hoặc "Xã hội hóa".',
    aliases: ['Nguồn', 'Nguồn kinh phí'],
  },
  {
    key: 'item',
    header: 'Hiện vật',
    part: 'contribution',
    required: false,
    help: 'Tên hiện vật, ví dụ "Xi măng" (bắt buộc với hiện vật).',
    aliases: ['Tên hiện vật'],
  },
  {
    key: 'quantity',
    header: 'Số lượng',
    part: 'contribution',
    required: false,
    help: 'Số lượng hiện vật, hoặc số ngày công; dấu phẩy cho phần thập phân (1,5).',
  },
  {
    key: 'measureUnit',
    header: 'Đơn vị tính',
    part: 'contribution',
    required: false,
    help: 'Ví dụ: tấn, bao, chiếc, suất (bắt buộc với hiện vật).',
  },
  {
    key: 'valueVnd',
    header: 'Số tiền, trị giá (đồng)',
    part: 'contribution',
    required: false,
    help:
      'Số tiền mặt, hoặc trị giá ước tính của hiện vật, bằng đồng (ví dụ 5.000.000 hoặc 5000000). ' +
      'Ngày công: để trống hoặc 0.',
    aliases: ['Số tiền', 'Trị giá', 'Thành tiền'],
  },
  {
    key: 'valuationMethod',
    header: 'Cách xác định trị giá',
    part: 'contribution',
    required: false,
    help: 'Với hiện vật: Theo hoá đơn, chứng từ; Theo giá thị trường; hoặc Ước tính.',
  },
  {
    key: 'contributionNote',
    header: 'Ghi chú đóng góp',
    part: 'contribution',
    required: false,
    help: 'Không bắt buộc.',
    aliases: ['Ghi chú'],
  },
];

export const IMPORT_COLUMN_KEYS = IMPORT_COLUMNS.map((c) => c.key);

export function importColumn(key: ImportColumnKey): ImportColumn {
  const found = IMPORT_COLUMNS.find((c) => c.key === key);
  if (!found) throw new Error(`unknown import column ${key}`);
  return found;
}

// ---------------------------------------------------------------- preview and commit

/** ok: will be written; error: something must be fixed first; duplicate: already recorded, skipped. */
export const ImportRowStatusCodes = ['ok', 'error', 'duplicate'] as const;
export type ImportRowStatus = (typeof ImportRowStatusCodes)[number];
export const ImportRowStatusLabels: Record<ImportRowStatus, string> = {
  ok: 'Hợp lệ',
  error: 'Có lỗi',
  duplicate: 'Đã có, bỏ qua',
};

/** create: a new activity with its contributions; add: new contributions to an activity already recorded. */
export const ImportActionCodes = ['create', 'add', 'skip'] as const;
export type ImportAction = (typeof ImportActionCodes)[number];

export const ImportIssueSchema = z.object({
  line: z.number().int().meta({ description: 'Số dòng trong tệp (như Excel đánh số)' }),
  column: z.string().nullable().meta({ description: 'Khoá cột (xem mẫu nhập); null khi lỗi của cả dòng' }),
  columnLabel: z.string().nullable().meta({ description: 'Tên cột như trong mẫu' }),
  message: z.string(),
});
export type ImportIssue = z.infer<typeof ImportIssueSchema>;

export const ImportRowSchema = z
  .object({
    line: z.number().int().meta({ description: 'Dòng đầu của hoạt động trong tệp' }),
    lastLine: z.number().int().meta({ description: 'Dòng cuối (các dòng đóng góp tiếp theo)' }),
    status: z.enum(ImportRowStatusCodes),
    action: z.enum(ImportActionCodes),
    title: z.string(),
    startDate: z.string().nullable(),
    commune: z.string().meta({ description: 'Xã như đã nhận ra (hoặc như ghi trong tệp khi không nhận ra)' }),
    units: z.string().meta({ description: 'Đơn vị tổ chức như đã nhận ra' }),
    contributions: z.object({
      total: z.number().int(),
      new: z.number().int(),
      duplicate: z.number().int(),
    }),
    cells: z.record(z.string(), z.string()).meta({ description: 'Các ô không trống của dòng đầu, theo khoá cột' }),
    errors: z.array(ImportIssueSchema),
    notes: z.array(z.string()),
    existingActivityId: IdSchema.nullable().meta({ description: 'Hoạt động đã có trùng với dòng này' }),
  })
  .meta({ id: 'ImportRow' });
export type ImportRow = z.infer<typeof ImportRowSchema>;

export const ImportTotalsSchema = z.object({
  lines: z.number().int().meta({ description: 'Số dòng dữ liệu đã đọc' }),
  activities: z.number().int().meta({ description: 'Số hoạt động trong tệp' }),
  ok: z.number().int(),
  error: z.number().int(),
  duplicate: z.number().int(),
  newActivities: z.number().int(),
  newContributions: z.number().int(),
  duplicateContributions: z.number().int(),
});
export type ImportTotals = z.infer<typeof ImportTotalsSchema>;

export const ImportPreviewSchema = z
  .object({
    id: z.uuid(),
    fileName: z.string(),
    format: z.enum(['xlsx', 'csv']),
    sheet: z.string().nullable().meta({ description: 'Sheet đã đọc (XLSX)' }),
    createdAt: TimestampSchema,
    expiresAt: TimestampSchema,
    committedAt: TimestampSchema.nullable(),
    warnings: z.array(z.string()).meta({ description: 'Lưu ý về cả tệp, ví dụ cột không nhận ra' }),
    totals: ImportTotalsSchema,
    rows: z.array(ImportRowSchema),
    total: z.number().int().meta({ description: 'Số hoạt động khớp bộ lọc trạng thái' }),
    page: z.number().int(),
    limit: z.number().int(),
    pages: z.number().int(),
  })
  .meta({ id: 'ImportPreview' });
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

export const ImportPreviewQuerySchema = z
  .object({
    status: csvList(z.enum(ImportRowStatusCodes)).optional().meta({ description: 'ok, error, duplicate' }),
    page: z.coerce.number().int().min(1).max(1_000_000).default(1),
    limit: z.coerce.number().int().min(1).max(IMPORT_MAX_PAGE_SIZE).default(IMPORT_PAGE_SIZE),
  })
  .strict();
export type ImportPreviewQuery = z.infer<typeof ImportPreviewQuerySchema>;

/** The status imported activities take: admins choose (historical records are approved); units submit. */
export const ImportedStatusCodes = ['approved', 'submitted', 'draft'] as const;
export type ImportedStatus = (typeof ImportedStatusCodes)[number];

export const ImportCommitInputSchema = z
  .object({
    status: z
      .enum(ImportedStatusCodes)
      .optional()
      .meta({
        description:
          'Trạng thái của các hoạt động được nhập. Quản trị: mặc định approved (số liệu đã có); ' +
          'cán bộ đơn vị: luôn submitted (chờ duyệt).',
      }),
  })
  .strict();
export type ImportCommitInput = z.infer<typeof ImportCommitInputSchema>;

export const ImportResultSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(ImportedStatusCodes),
    created: z.object({ activities: z.number().int(), contributions: z.number().int() }),
    skipped: z.object({
      duplicates: z.number().int().meta({ description: 'Hoạt động đã có, bỏ qua' }),
      errors: z.number().int().meta({ description: 'Hoạt động có lỗi, không nhập' }),
    }),
    committedAt: TimestampSchema,
  })
  .meta({ id: 'ImportResult' });
export type ImportResult = z.infer<typeof ImportResultSchema>;
