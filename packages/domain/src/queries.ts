/** The query strings of the list endpoints: paging, sorting, filters. */
import { z } from 'zod';
import './locale.js';
import { csvList, PageQueryShape, QueryBoolean, sortParam } from './api.js';
import {
  ActivityCategory,
  ActivityStatus,
  AreaClass,
  AssignmentRole,
  ContributionKind,
  DifficultyKind,
  DifficultyStatus,
  DirectiveKind,
  FundingSource,
  NtmStatus,
  UnitGroup,
  UnitKind,
} from './enums.js';
import { enumSchema, IsoDateSchema, MonthSchema } from './fields.js';
import { NtmCriteriaSetCodes } from './ntm.js';

const QueryId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** Filters that narrow lists to a period of calendar dates. */
const periodFilters = {
  from: IsoDateSchema.optional().meta({ description: 'Từ ngày (YYYY-MM-DD)' }),
  to: IsoDateSchema.optional().meta({ description: 'Đến ngày (YYYY-MM-DD)' }),
};

function fromBeforeTo(q: { from?: string | undefined; to?: string | undefined }) {
  return q.from === undefined || q.to === undefined || q.from <= q.to;
}
const periodOrder = { message: 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc', path: ['to'] };

export const DirectiveListQuerySchema = z
  .object({
    ...PageQueryShape,
    sort: sortParam(['issuedOn', 'code', 'title'], '-issuedOn'),
    kind: csvList(enumSchema(DirectiveKind)).optional(),
    parentId: QueryId.optional(),
  })
  .strict();
export type DirectiveListQuery = z.infer<typeof DirectiveListQuerySchema>;

export const UnitListQuerySchema = z
  .object({
    ...PageQueryShape,
    sort: sortParam(['name', 'code', 'group', 'partyMembers', 'staff'], 'name'),
    group: csvList(enumSchema(UnitGroup)).optional(),
    kind: enumSchema(UnitKind).optional(),
    communeId: QueryId.optional().meta({
      description: 'Đơn vị được phân công phụ trách xã này (vào ngày activeOn nếu có)',
    }),
    activeOn: IsoDateSchema.optional().meta({ description: 'Đơn vị còn hoạt động vào ngày này' }),
  })
  .strict();
export type UnitListQuery = z.infer<typeof UnitListQuerySchema>;

export const CommuneListQuerySchema = z
  .object({
    ...PageQueryShape,
    sort: sortParam(['name', 'code', 'district', 'distanceKm', 'population'], 'name'),
    district: z.string().max(100).optional().meta({ description: 'Tên huyện (không phân biệt dấu)' }),
    areaClass: csvList(enumSchema(AreaClass)).optional(),
    remote: QueryBoolean.optional(),
    ntmStatus: csvList(enumSchema(NtmStatus)).optional(),
    unitId: QueryId.optional().meta({ description: 'Xã do đơn vị này phụ trách (vào ngày activeOn nếu có)' }),
    activeOn: IsoDateSchema.optional().meta({ description: 'Xã còn tồn tại vào ngày này' }),
  })
  .strict();
export type CommuneListQuery = z.infer<typeof CommuneListQuerySchema>;

export const AssignmentListQuerySchema = z
  .object({
    ...PageQueryShape,
    sort: sortParam(['validFrom', 'validTo', 'unit', 'commune'], '-validFrom'),
    unitId: QueryId.optional(),
    communeId: QueryId.optional(),
    directiveId: QueryId.optional(),
    unitGroup: csvList(enumSchema(UnitGroup)).optional(),
    district: z.string().max(100).optional(),
    role: enumSchema(AssignmentRole).optional(),
    activeOn: IsoDateSchema.optional().meta({ description: 'Phân công có hiệu lực vào ngày này' }),
  })
  .strict();
export type AssignmentListQuery = z.infer<typeof AssignmentListQuerySchema>;

export const NtmFilterSchema = z
  .string()
  .regex(new RegExp(`^(${NtmCriteriaSetCodes.join('|')}):([1-9]|1[0-9])$`), {
    error: 'Tiêu chí cần dạng bộ:số, ví dụ qd318_2022:2',
  })
  .meta({ example: 'qd318_2022:2' });

const ONE_CONTRIBUTION =
  'Các bộ lọc đóng góp (source, contributionKind, contributionUnitId, contributionUnitGroup, item, measureUnit) ' +
  'phải cùng khớp một khoản đóng góp.';

export const ActivityListQuerySchema = z
  .object({
    ...PageQueryShape,
    ...periodFilters,
    sort: sortParam(['startDate', 'title', 'createdAt', 'updatedAt'], '-startDate'),
    unitId: QueryId.optional().meta({ description: 'Đơn vị tổ chức' }),
    unitGroup: csvList(enumSchema(UnitGroup)).optional(),
    communeId: QueryId.optional(),
    district: z.string().max(100).optional(),
    remote: QueryBoolean.optional(),
    category: csvList(enumSchema(ActivityCategory)).optional(),
    ntm: NtmFilterSchema.optional(),
    status: csvList(enumSchema(ActivityStatus)).optional(),
    mainCategory: csvList(enumSchema(ActivityCategory)).optional().meta({
      description:
        'Loại hoạt động chính (loại đầu tiên; "khac" khi không có loại nào): như số liệu kinh phí theo loại hoạt động',
    }),
    // The contribution filters below (and `source`) are met by ONE contribution of the activity that
    // meets all of those given: the records behind a funding figure of a source × unit × kind, say.
    source: csvList(enumSchema(FundingSource))
      .optional()
      .meta({ description: `Có đóng góp từ nguồn này. ${ONE_CONTRIBUTION}` }),
    contributionKind: csvList(enumSchema(ContributionKind))
      .optional()
      .meta({ description: `Có đóng góp loại này (tiền mặt, hiện vật, ngày công). ${ONE_CONTRIBUTION}` }),
    contributionUnitId: QueryId.optional().meta({
      description: `Có đóng góp của đơn vị này (đơn vị đóng góp, không phải đơn vị tổ chức). ${ONE_CONTRIBUTION}`,
    }),
    contributionUnitGroup: csvList(enumSchema(UnitGroup))
      .optional()
      .meta({ description: `Có đóng góp của một đơn vị thuộc khối này. ${ONE_CONTRIBUTION}` }),
    item: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .meta({
        description: `Có đóng góp hiện vật tên này (không phân biệt dấu, hoa thường, khoảng trắng). ${ONE_CONTRIBUTION}`,
        example: 'xi măng',
      }),
    measureUnit: z
      .string()
      .trim()
      .max(30)
      .optional()
      .meta({
        description:
          `Có đóng góp hiện vật với đơn vị tính này (không phân biệt dấu, hoa thường; rỗng: không ghi đơn vị). ` +
          ONE_CONTRIBUTION,
        example: 'tấn',
      }),
    deleted: z
      .enum(['exclude', 'include', 'only'])
      .default('exclude')
      .meta({ description: 'Hoạt động đã xoá: ẩn (mặc định), kèm theo, hoặc chỉ xem chúng' }),
  })
  .strict()
  .refine(fromBeforeTo, periodOrder);
export type ActivityListQuery = z.infer<typeof ActivityListQuerySchema>;

export const ContributionListQuerySchema = z
  .object({
    ...PageQueryShape,
    ...periodFilters,
    sort: sortParam(['activityDate', 'valueVnd', 'createdAt'], '-activityDate'),
    activityId: QueryId.optional(),
    unitId: QueryId.optional().meta({ description: 'Đơn vị đóng góp' }),
    communeId: QueryId.optional(),
    kind: csvList(enumSchema(ContributionKind)).optional(),
    source: csvList(enumSchema(FundingSource)).optional(),
    status: csvList(enumSchema(ActivityStatus)).optional().meta({ description: 'Trạng thái của hoạt động' }),
  })
  .strict()
  .refine(fromBeforeTo, periodOrder);
export type ContributionListQuery = z.infer<typeof ContributionListQuerySchema>;

export const PlanListQuerySchema = z
  .object({
    ...PageQueryShape,
    sort: sortParam(['month', 'plannedDate', 'createdAt'], 'month'),
    unitId: QueryId.optional(),
    communeId: QueryId.optional(),
    fromMonth: MonthSchema.optional(),
    toMonth: MonthSchema.optional(),
  })
  .strict();
export type PlanListQuery = z.infer<typeof PlanListQuerySchema>;

export const DifficultyListQuerySchema = z
  .object({
    ...PageQueryShape,
    ...periodFilters,
    sort: sortParam(['periodFrom', 'createdAt', 'status'], '-periodFrom'),
    unitId: QueryId.optional(),
    communeId: QueryId.optional(),
    kind: csvList(enumSchema(DifficultyKind)).optional(),
    status: csvList(enumSchema(DifficultyStatus)).optional(),
  })
  .strict()
  .refine(fromBeforeTo, periodOrder);
export type DifficultyListQuery = z.infer<typeof DifficultyListQuerySchema>;
