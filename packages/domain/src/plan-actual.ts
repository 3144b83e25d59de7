/**
 * Plan against actual (kế hoạch so với thực hiện): for each unit, commune and month, the activities a
 * unit planned there against the approved ones it organised there. Shared by the API
 * (`GET /api/v1/stats/plan-actual`), the web app and e2e.
 */
import { z } from 'zod';
import './locale.js';
import { monthsOf } from './dates.js';
import { labelled } from './enums.js';
import { enumSchema, IdSchema, type Month, MonthSchema } from './fields.js';
import { compareVietnamese } from './text.js';

/** The longest range of months one answer covers: two years keeps a table readable and the answer small. */
export const PLAN_ACTUAL_MAX_MONTHS = 24;

/** Months from `fromMonth` to `toMonth`, both included (0 when the order is wrong). */
export function monthSpan(fromMonth: Month, toMonth: Month): number {
  const index = (m: string) => {
    const [y, mo] = m.split('-').map(Number) as [number, number];
    return y * 12 + mo;
  };
  return Math.max(0, index(toMonth) - index(fromMonth) + 1);
}

export const PlanActualQuerySchema = z
  .object({
    unitId: z.coerce
      .number()
      .int()
      .positive()
      .max(Number.MAX_SAFE_INTEGER)
      .optional()
      .meta({ description: 'Đơn vị; bỏ trống là mọi đơn vị (cán bộ đơn vị và token ghi: luôn là đơn vị mình)' }),
    fromMonth: MonthSchema.meta({ description: 'Từ tháng (YYYY-MM)', example: '2022-02' }),
    toMonth: MonthSchema.meta({ description: 'Đến tháng (YYYY-MM)', example: '2022-04' }),
  })
  .strict()
  .refine((q) => q.fromMonth <= q.toMonth, {
    message: 'Tháng bắt đầu phải trước hoặc bằng tháng kết thúc',
    path: ['toMonth'],
  })
  .refine((q) => monthSpan(q.fromMonth, q.toMonth) <= PLAN_ACTUAL_MAX_MONTHS, {
    message: `Mỗi lần xem tối đa ${PLAN_ACTUAL_MAX_MONTHS} tháng`,
    path: ['toMonth'],
  });
export type PlanActualQuery = z.infer<typeof PlanActualQuerySchema>;

/**
 * How a (unit, commune, month) stands: planned and done, planned and not (yet) done, or activities (approved
 * or waiting for approval) without a plan.
 */
export const PlanActualStatus = labelled(['met', 'not_met', 'unplanned'] as const, {
  met: 'Đạt kế hoạch',
  not_met: 'Chưa đạt kế hoạch',
  unplanned: 'Ngoài kế hoạch',
});
export type PlanActualStatus = (typeof PlanActualStatus.codes)[number];

/**
 * A cell is met when at least as many activities were approved as were planned. Activities waiting for
 * approval do not count towards the plan: only approved ones are official (decision 0006).
 */
export function planActualStatus(planned: number, actual: number): PlanActualStatus {
  if (planned === 0) return 'unplanned';
  return actual >= planned ? 'met' : 'not_met';
}

const Count = z.number().int().min(0);

const countsShape = {
  planned: Count.meta({ description: 'Số kế hoạch' }),
  actual: Count.meta({ description: 'Số hoạt động đã duyệt, chưa xoá, bắt đầu trong tháng' }),
  submitted: Count.meta({ description: 'Số hoạt động đã gửi, đang chờ duyệt (chưa tính vào thực hiện)' }),
};

export const PlanActualRowSchema = z.object({
  unitId: IdSchema,
  unitName: z.string(),
  communeId: IdSchema,
  communeName: z.string(),
  district: z.string(),
  month: MonthSchema,
  ...countsShape,
  status: enumSchema(PlanActualStatus),
});
export type PlanActualRow = z.infer<typeof PlanActualRowSchema>;

export const PlanActualSchema = z
  .object({
    fromMonth: MonthSchema,
    toMonth: MonthSchema,
    unitId: IdSchema.nullable().meta({ description: 'Đơn vị đang xem; null là mọi đơn vị' }),
    months: z.array(MonthSchema).meta({ description: 'Các tháng của khoảng đã chọn' }),
    rows: z.array(PlanActualRowSchema).meta({
      description: 'Mỗi (đơn vị, xã, tháng) có kế hoạch hoặc có hoạt động; sắp theo tên đơn vị, tên xã, tháng',
    }),
    byMonth: z.array(z.object({ month: MonthSchema, ...countsShape })),
    totals: z.object({
      ...countsShape,
      met: Count.meta({ description: 'Số ô (đơn vị, xã, tháng) đạt kế hoạch' }),
      notMet: Count.meta({ description: 'Số ô có kế hoạch nhưng chưa đạt' }),
      unplanned: Count.meta({ description: 'Số ô có hoạt động (đã duyệt hoặc chờ duyệt) ngoài kế hoạch' }),
    }),
  })
  .meta({ id: 'PlanActual' });
export type PlanActual = z.infer<typeof PlanActualSchema>;

/** Counts of one (unit, commune, month), as the repository reads them. */
export interface PlanActualCount {
  unitId: number;
  communeId: number;
  month: string;
  planned?: number;
  actual?: number;
  submitted?: number;
}

export interface PlanActualNames {
  unitName: (unitId: number) => string;
  commune: (communeId: number) => { name: string; district: string };
}

/**
 * Merges plan counts and activity counts of the months asked for into the answer: one row per
 * (unit, commune, month) with something in it, its status, and the totals by month and overall.
 */
export function planAgainstActual(
  query: { fromMonth: string; toMonth: string; unitId?: number | undefined },
  counts: readonly PlanActualCount[],
  names: PlanActualNames,
): PlanActual {
  const months = monthsOf({ from: `${query.fromMonth}-01`, to: `${query.toMonth}-01` });
  const inRange = new Set(months);
  const cells = new Map<string, { unitId: number; communeId: number; month: string } & Record<Counted, number>>();
  for (const c of counts) {
    if (!inRange.has(c.month)) continue;
    const key = `${c.unitId}|${c.communeId}|${c.month}`;
    const cell = cells.get(key) ?? {
      unitId: c.unitId,
      communeId: c.communeId,
      month: c.month,
      planned: 0,
      actual: 0,
      submitted: 0,
    };
    cell.planned += c.planned ?? 0;
    cell.actual += c.actual ?? 0;
    cell.submitted += c.submitted ?? 0;
    cells.set(key, cell);
  }

  const rows: PlanActualRow[] = [...cells.values()]
    .filter((c) => c.planned + c.actual + c.submitted > 0)
    .map((c) => {
      const commune = names.commune(c.communeId);
      return {
        unitId: c.unitId,
        unitName: names.unitName(c.unitId),
        communeId: c.communeId,
        communeName: commune.name,
        district: commune.district,
        month: c.month,
        planned: c.planned,
        actual: c.actual,
        submitted: c.submitted,
        status: planActualStatus(c.planned, c.actual),
      };
    })
    .sort(
      (a, b) =>
        compareVietnamese(a.unitName, b.unitName) ||
        a.unitId - b.unitId ||
        compareVietnamese(a.communeName, b.communeName) ||
        a.communeId - b.communeId ||
        (a.month < b.month ? -1 : a.month > b.month ? 1 : 0),
    );

  const byMonth = months.map((month) => ({ month, planned: 0, actual: 0, submitted: 0 }));
  const monthIndex = new Map(months.map((m, i) => [m, i]));
  const totals = { planned: 0, actual: 0, submitted: 0, met: 0, notMet: 0, unplanned: 0 };
  for (const r of rows) {
    const m = byMonth[monthIndex.get(r.month) ?? -1];
    if (m) {
      m.planned += r.planned;
      m.actual += r.actual;
      m.submitted += r.submitted;
    }
    totals.planned += r.planned;
    totals.actual += r.actual;
    totals.submitted += r.submitted;
    if (r.status === 'met') totals.met += 1;
    else if (r.status === 'not_met') totals.notMet += 1;
    else totals.unplanned += 1;
  }

  return {
    fromMonth: query.fromMonth,
    toMonth: query.toMonth,
    unitId: query.unitId ?? null,
    months,
    rows,
    byMonth,
    totals,
  };
}

type Counted = 'planned' | 'actual' | 'submitted';
