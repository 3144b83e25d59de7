/** Response shapes of the figures (`/api/v1/stats/*`), shared by the API, the web app and e2e. */
import { z } from 'zod';
import { IsoDateSchema } from './dates.js';
import { ActivityCategory, FundingSource, ParticipantGroup, UnitGroup } from './enums.js';
import { IdSchema } from './fields.js';

export const StatsQuerySchema = z
  .object({
    from: IsoDateSchema.meta({ description: 'Từ ngày (YYYY-MM-DD)', example: '2021-09-10' }),
    to: IsoDateSchema.meta({ description: 'Đến ngày (YYYY-MM-DD)', example: '2022-03-18' }),
    unitId: z.coerce.number().int().positive().optional(),
    unitGroup: UnitGroup.schema.optional(),
    communeId: z.coerce.number().int().positive().optional(),
    district: z.string().max(100).optional(),
    remote: z
      .enum(['true', 'false'])
      .optional()
      .meta({ description: 'Chỉ xã vùng sâu, vùng xa (true) hoặc không (false)' }),
  })
  .strict()
  .refine((q) => q.from <= q.to, { message: 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc', path: ['to'] });
export type StatsQuery = z.infer<typeof StatsQuerySchema>;

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

export const CoverageStatsSchema = z.object({
  period: PeriodSchema,
  visits: z.number().int().meta({ description: 'Số lượt (hoạt động × đơn vị tổ chức) đã duyệt' }),
  activities: z.number().int(),
  participants: z.object({
    total: z.number().int().meta({ description: 'Lượt người tham gia' }),
    byGroup: z.array(z.object({ group: ParticipantGroup.schema, count: z.number().int() })),
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

export const ComplianceStatsSchema = z.object({
  period: PeriodSchema,
  norm: z.number().int(),
  months: z.array(z.string()),
  units: z.array(
    z.object({
      unitId: IdSchema,
      code: z.string(),
      name: z.string(),
      group: UnitGroup.schema,
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
      visits: z.number().int(),
      onNorm: z.boolean(),
    }),
  ),
});
export type ComplianceStats = z.infer<typeof ComplianceStatsSchema>;

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
  bySource: z.array(z.object({ source: FundingSource.schema, ...TotalsShape })),
  byCategory: z.array(z.object({ category: ActivityCategory.schema, ...TotalsShape })),
  byUnit: z.array(z.object({ unitId: IdSchema, name: z.string(), ...TotalsShape })),
  byCommune: z.array(z.object({ communeId: IdSchema, name: z.string(), district: z.string(), ...TotalsShape })),
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

/** The seed's period: from Hướng dẫn 02-HD/BDVTU (10/9/2021) to the news item (18/3/2022). */
export const SEED_PERIOD = { from: '2021-09-10', to: '2022-03-18' } as const;
