/** Response shapes of the figures (`/api/v1/stats/*`), shared by the API, the web app and e2e. */
import { z } from 'zod';
import './locale.js';
import { sortParam } from './api.js';
import {
  CommuneStatsSortFields,
  ComplianceSortFields,
  MAX_FUNDING_ROWS,
  MAX_STATS_MONTHS,
  MAX_STATS_PAGE_SIZE,
} from './contract.js';

import { ActivityCategory, FundingSource, ParticipantGroup, UnitGroup } from './enums.js';
import { enumSchema, IdSchema, IsoDateSchema } from './fields.js';
import { NtmCriteriaSetCodes } from './ntm.js';

/** The filters every `/stats/*` call takes: a period and the scope of units and communes. */
const statsFilterShape = {
  from: IsoDateSchema.meta({ description: 'Từ ngày (YYYY-MM-DD)', example: '2021-09-10' }),
  to: IsoDateSchema.meta({ description: 'Đến ngày (YYYY-MM-DD)', example: '2022-03-18' }),
  unitId: z.coerce.number().int().positive().optional(),
  unitGroup: enumSchema(UnitGroup).optional(),
  communeId: z.coerce.number().int().positive().optional(),
  district: z.string().max(100).optional(),
  remote: z
    .enum(['true', 'false'])
    .optional()
    .meta({ description: 'Chỉ xã vùng sâu, vùng xa (true) hoặc không (false)' }),
};

const periodInOrder = (q: { from: string; to: string }) => q.from <= q.to;
const periodOrderError = { message: 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc', path: ['to'] };

const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
const periodNotTooLong = (q: { from: string; to: string }) => monthIndex(q.to) - monthIndex(q.from) < MAX_STATS_MONTHS;
const periodLengthError = { message: `Kỳ báo cáo dài tối đa ${MAX_STATS_MONTHS / 12} năm`, path: ['to'] };

export const StatsQuerySchema = z
  .object(statsFilterShape)
  .strict()
  .refine(periodInOrder, periodOrderError)
  .refine(periodNotTooLong, periodLengthError);
export type StatsQuery = z.infer<typeof StatsQuerySchema>;

const statsPageShape = {
  page: z.coerce.number().int().min(1).max(1_000_000).default(1).meta({ description: 'Trang, bắt đầu từ 1' }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_STATS_PAGE_SIZE, { error: `Tối đa ${MAX_STATS_PAGE_SIZE} dòng một trang` })
    .default(100)
    .meta({ description: `Số dòng một trang (1–${MAX_STATS_PAGE_SIZE})` }),
};

export const ComplianceQuerySchema = z
  .object({
    ...statsFilterShape,
    ...statsPageShape,
    sort: sortParam(ComplianceSortFields, 'name'),
  })
  .strict()
  .refine(periodInOrder, periodOrderError)
  .refine(periodNotTooLong, periodLengthError);
export type ComplianceQuery = z.infer<typeof ComplianceQuerySchema>;

/** `?reached=`: only the communes reached in the period (true), or only those not reached (false). */
export const ReachedQuerySchema = z
  .enum(['true', 'false'])
  .optional()
  .meta({ description: 'Chỉ xã đã có hoạt động trong kỳ (true) hoặc chưa có (false)' });

export const CommunesStatsQuerySchema = z
  .object({
    ...statsFilterShape,
    ...statsPageShape,
    sort: sortParam(CommuneStatsSortFields, 'name'),
    reached: ReachedQuerySchema,
  })
  .strict()
  .refine(periodInOrder, periodOrderError)
  .refine(periodNotTooLong, periodLengthError);
export type CommunesStatsQuery = z.infer<typeof CommunesStatsQuerySchema>;

export const FundingQuerySchema = z
  .object({
    ...statsFilterShape,
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(MAX_FUNDING_ROWS, { error: `Tối đa ${MAX_FUNDING_ROWS} dòng` })
      .default(50)
      .meta({ description: `Số dòng tối đa của byUnit và byCommune (1–${MAX_FUNDING_ROWS}), lớn nhất trước` }),
  })
  .strict()
  .refine(periodInOrder, periodOrderError)
  .refine(periodNotTooLong, periodLengthError);
export type FundingQuery = z.infer<typeof FundingQuerySchema>;

const PeriodSchema = z.object({ from: IsoDateSchema, to: IsoDateSchema });
const RateSchema = z.number().min(0).max(1).nullable();

export const CommuneReachSchema = z.object({
  communeId: IdSchema,
  code: z.string(),
  name: z.string(),
  district: z.string(),
  remote: z.boolean(),
  lastActivityDate: IsoDateSchema.nullable(),
  daysSinceLast: z.number().int().nullable(),
});
export type CommuneReachRow = z.infer<typeof CommuneReachSchema>;

/** Reach of the remote communes (vùng sâu, vùng xa) against the rest. */
export const RemoteCoverageSchema = z.object({
  remote: z.boolean(),
  communesAssigned: z.number().int(),
  communesReached: z.number().int(),
  visits: z.number().int().meta({ description: 'Lượt tại các xã này trong kỳ' }),
  visitsPerCommune: z
    .number()
    .nullable()
    .meta({ description: 'Lượt ÷ số xã được phân công; null khi không có xã nào' }),
});
export type RemoteCoverage = z.infer<typeof RemoteCoverageSchema>;

export const CoverageStatsSchema = z.object({
  period: PeriodSchema,
  visits: z.number().int().meta({ description: 'Số lượt (hoạt động × đơn vị tổ chức) đã duyệt' }),
  activities: z.number().int(),
  participants: z.object({
    total: z.number().int().meta({ description: 'Lượt người tham gia' }),
    byGroup: z.array(z.object({ group: enumSchema(ParticipantGroup), count: z.number().int() })),
  }),
  units: z.object({
    assigned: z.number().int(),
    active: z.number().int(),
    onNorm: z.number().int(),
  }),
  communes: z.object({
    assigned: z.number().int(),
    reached: z.number().int(),
    coverageRate: RateSchema,
    neverReached: z.array(CommuneReachSchema),
  }),
  byRemote: z
    .array(RemoteCoverageSchema)
    .meta({ description: 'Luôn hai dòng: xã vùng sâu, vùng xa (remote: true) trước, các xã còn lại sau' }),
  months: z.array(
    z.object({
      month: z.string(),
      assignedUnits: z.number().int(),
      activeUnits: z.number().int(),
      complianceRate: RateSchema,
    }),
  ),
});
export type CoverageStats = z.infer<typeof CoverageStatsSchema>;

const pageFields = {
  total: z.number().int().meta({ description: 'Tổng số dòng khớp bộ lọc' }),
  page: z.number().int(),
  limit: z.number().int(),
  pages: z.number().int().meta({ description: 'Số trang' }),
};

export const ComplianceUnitSchema = z.object({
  unitId: IdSchema,
  code: z.string(),
  name: z.string(),
  group: enumSchema(UnitGroup),
  cells: z.array(
    z.object({
      month: z.string(),
      visits: z.number().int(),
      assignedVisits: z.number().int(),
      assigned: z.boolean(),
      onNorm: z.boolean(),
    }),
  ),
  monthsAssigned: z.number().int(),
  monthsOnNorm: z.number().int(),
  rate: RateSchema.meta({ description: 'monthsOnNorm ÷ monthsAssigned' }),
  visits: z.number().int(),
  onNorm: z.boolean(),
});
export type ComplianceUnit = z.infer<typeof ComplianceUnitSchema>;

export const ComplianceStatsSchema = z.object({
  period: PeriodSchema,
  norm: z.number().int(),
  months: z.array(z.string()),
  summary: z
    .object({ assigned: z.number().int(), onNorm: z.number().int() })
    .meta({ description: 'Trên mọi đơn vị khớp bộ lọc, không chỉ trang này' }),
  ...pageFields,
  units: z.array(ComplianceUnitSchema).meta({ description: 'Các đơn vị của trang' }),
});
export type ComplianceStats = z.infer<typeof ComplianceStatsSchema>;

export const CommuneStatsRowSchema = z.object({
  communeId: IdSchema,
  code: z.string(),
  name: z.string(),
  district: z.string(),
  remote: z.boolean(),
  unitsAssigned: z.number().int().meta({ description: 'Đơn vị được phân công tại xã trong kỳ' }),
  visits: z.number().int(),
  activities: z.number().int(),
  lastActivityDate: IsoDateSchema.nullable(),
  daysSinceLast: z.number().int().nullable().meta({ description: 'Số ngày từ hoạt động gần nhất đến cuối kỳ' }),
  ntmCriteria: z
    .array(z.object({ criteriaSet: z.enum(NtmCriteriaSetCodes), criterion: z.number().int() }))
    .meta({ description: 'Tiêu chí nông thôn mới mà các hoạt động trong kỳ phục vụ' }),
});
export type CommuneStatsRow = z.infer<typeof CommuneStatsRowSchema>;

export const CommunesStatsSchema = z.object({
  period: PeriodSchema,
  ...pageFields,
  items: z.array(CommuneStatsRowSchema).meta({ description: 'Mọi xã được phân công trong kỳ (trang này)' }),
});
export type CommunesStats = z.infer<typeof CommunesStatsSchema>;

const TotalsShape = {
  cash: z.number().int().meta({ description: 'Tiền mặt (đồng)' }),
  inKindValue: z.number().int().meta({ description: 'Trị giá hiện vật (đồng)' }),
  labourDays: z.number().meta({ description: 'Ngày công' }),
};
export const FundingTotalsSchema = z.object(TotalsShape);

export const FundingStatsSchema = z.object({
  period: PeriodSchema,
  visits: z.number().int(),
  total: FundingTotalsSchema,
  averagePerVisit: FundingTotalsSchema,
  bySource: z.array(z.object({ source: enumSchema(FundingSource), ...TotalsShape })),
  byCategory: z.array(z.object({ category: enumSchema(ActivityCategory), ...TotalsShape })),
  byUnit: z
    .array(z.object({ unitId: IdSchema, name: z.string(), ...TotalsShape }))
    .meta({ description: 'Theo đơn vị đóng góp: tiền mặt + trị giá hiện vật giảm dần, tối đa `limit` dòng' }),
  unitsTotal: z.number().int().meta({ description: 'Số dòng byUnit trước khi cắt theo limit' }),
  byCommune: z
    .array(z.object({ communeId: IdSchema, name: z.string(), district: z.string(), ...TotalsShape }))
    .meta({ description: 'Theo xã: tiền mặt + trị giá hiện vật giảm dần, tối đa `limit` dòng' }),
  communesTotal: z.number().int().meta({ description: 'Số dòng byCommune trước khi cắt theo limit' }),
  byMonth: z.array(z.object({ month: z.string(), ...TotalsShape })),
  items: z.array(
    z.object({
      item: z.string(),
      measureUnit: z.string(),
      quantity: z.number(),
      valueVnd: z.number().int(),
      contributions: z.number().int(),
    }),
  ),
});
export type FundingStats = z.infer<typeof FundingStatsSchema>;

export const HealthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  database: z.object({ ok: z.boolean(), activities: z.number().int() }),
  demo: z.boolean().meta({ description: 'Dữ liệu minh hoạ (demo) đang được dùng' }),
});
export type Health = z.infer<typeof HealthSchema>;
