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

/**
 * Places (a unit and a commune, with all their months) per page of the answer: a whole country's every unit is
 * tens of thousands of places, megabytes of JSON; a page is one screen's worth, and the totals are over all.
 */
export const PLAN_ACTUAL_PAGE_SIZE = 50;
export const PLAN_ACTUAL_MAX_LIMIT = 500;

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
    page: z.coerce
      .number()
      .int()
      .min(1)
      .max(1_000_000)
      .default(1)
      .meta({ description: 'Trang (mỗi trang là một số cặp đơn vị – xã, với mọi tháng của chúng)' }),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(PLAN_ACTUAL_MAX_LIMIT)
      .default(PLAN_ACTUAL_PAGE_SIZE)
      .meta({ description: `Số cặp đơn vị – xã mỗi trang (tối đa ${PLAN_ACTUAL_MAX_LIMIT})` }),
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
      description:
        'Mỗi (đơn vị, xã, tháng) có kế hoạch hoặc có hoạt động, của các cặp đơn vị – xã thuộc trang này; ' +
        'sắp theo tên đơn vị, tên xã, tháng',
    }),
    total: Count.meta({ description: 'Số cặp đơn vị – xã có kế hoạch hoặc có hoạt động trong các tháng' }),
    page: z.number().int().min(1),
    limit: z.number().int().min(1),
    pages: Count.meta({ description: 'Số trang' }),
    byMonth: z
      .array(z.object({ month: MonthSchema, ...countsShape }))
      .meta({ description: 'Theo tháng, mọi cặp đơn vị – xã (không chỉ trang này)' }),
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
  /**
   * Optionally, each unit's and commune's place in the Vietnamese order of names (ties by id), over more ids
   * than the answer needs if convenient: a caller that keeps them between calls saves ranking them each time.
   */
  ranks?: { unit: (unitId: number) => number; commune: (communeId: number) => number };
}

/**
 * Merges plan counts and activity counts of the months asked for into the answer: the places (unit, commune)
 * with something in those months, in Vietnamese order of unit then commune name; the rows (one per month with
 * something in it) of the page's places, with their status; and the totals by month and overall, of every place.
 * Without `page` and `limit`, every place.
 */
export function planAgainstActual(
  query: { fromMonth: string; toMonth: string; unitId?: number | undefined; page?: number; limit?: number },
  counts: readonly PlanActualCount[],
  names: PlanActualNames,
): PlanActual {
  const months = monthsOf({ from: `${query.fromMonth}-01`, to: `${query.toMonth}-01` });
  const monthIndex = new Map(months.map((m, i) => [m, i]));
  const width = months.length;
  // Per place, for each month of the range: planned, actual and submitted side by side. Keyed by a number (ids
  // below 2^26, as every real one is; a string otherwise): a whole country is a hundred thousand counts, and
  // string keys cost most of the time.
  const places = new Map<number | string, { unitId: number; communeId: number; counts: Int32Array }>();
  for (const c of counts) {
    const m = monthIndex.get(c.month);
    if (m === undefined) continue;
    const key =
      c.unitId < PLACE_KEY_FACTOR && c.communeId < PLACE_KEY_FACTOR
        ? c.unitId * PLACE_KEY_FACTOR + c.communeId
        : `${c.unitId}|${c.communeId}`;
    let place = places.get(key);
    if (!place) {
      place = { unitId: c.unitId, communeId: c.communeId, counts: new Int32Array(width * 3) };
      places.set(key, place);
    }
    place.counts[m * 3] = (place.counts[m * 3] as number) + (c.planned ?? 0);
    place.counts[m * 3 + 1] = (place.counts[m * 3 + 1] as number) + (c.actual ?? 0);
    place.counts[m * 3 + 2] = (place.counts[m * 3 + 2] as number) + (c.submitted ?? 0);
  }

  const byMonth = months.map((month) => ({ month, planned: 0, actual: 0, submitted: 0 }));
  const totals = { planned: 0, actual: 0, submitted: 0, met: 0, notMet: 0, unplanned: 0 };
  const listed: { unitId: number; communeId: number; counts: Int32Array; order: number }[] = [];
  for (const place of places.values()) {
    let any = false;
    eachMonth(place.counts, (m, planned, actual, submitted) => {
      any = true;
      const month = byMonth[m] as (typeof byMonth)[number];
      month.planned += planned;
      month.actual += actual;
      month.submitted += submitted;
      totals.planned += planned;
      totals.actual += actual;
      totals.submitted += submitted;
      const status = planActualStatus(planned, actual);
      if (status === 'met') totals.met += 1;
      else if (status === 'not_met') totals.notMet += 1;
      else totals.unplanned += 1;
    });
    if (any) listed.push({ ...place, order: 0 });
  }

  // Vietnamese order by name, then id, computed once per unit and per commune rather than in every comparison
  // of a whole country's places.
  const ranks = names.ranks ?? {
    unit: rankBy(new Set(listed.map((p) => p.unitId)), names.unitName),
    commune: rankBy(new Set(listed.map((p) => p.communeId)), (id) => names.commune(id).name),
  };
  // One number per place to sort on (ranks are below 2^26 each), not two lookups in every comparison.
  for (const place of listed)
    place.order = ranks.unit(place.unitId) * PLACE_KEY_FACTOR + ranks.commune(place.communeId);
  listed.sort((a, b) => a.order - b.order);

  const total = listed.length;
  const limit = query.limit ?? Math.max(1, total);
  const page = query.page ?? 1;
  const rows: PlanActualRow[] = [];
  for (const place of listed.slice((page - 1) * limit, page * limit)) {
    const unitName = names.unitName(place.unitId);
    const commune = names.commune(place.communeId);
    eachMonth(place.counts, (m, planned, actual, submitted) =>
      rows.push({
        unitId: place.unitId,
        unitName,
        communeId: place.communeId,
        communeName: commune.name,
        district: commune.district,
        month: months[m] as string,
        planned,
        actual,
        submitted,
        status: planActualStatus(planned, actual),
      }),
    );
  }

  return {
    fromMonth: query.fromMonth,
    toMonth: query.toMonth,
    unitId: query.unitId ?? null,
    months,
    rows,
    total,
    page,
    limit,
    pages: Math.ceil(total / limit),
    byMonth,
    totals,
  };
}

/** The months of a place with something in them: its counts are planned, actual, submitted for each month. */
function eachMonth(
  counts: Int32Array,
  visit: (month: number, planned: number, actual: number, submitted: number) => void,
): void {
  for (let m = 0; m < counts.length / 3; m++) {
    const planned = counts[m * 3] as number;
    const actual = counts[m * 3 + 1] as number;
    const submitted = counts[m * 3 + 2] as number;
    if (planned + actual + submitted > 0) visit(m, planned, actual, submitted);
  }
}

/** Places are keyed by unitId × this + communeId when both ids are below it: exact, within 2^53. */
const PLACE_KEY_FACTOR = 2 ** 26;

/** Each id's place in the Vietnamese order of its name (ties by id); ids not among them come last. */
export function rankBy(ids: ReadonlySet<number>, nameOf: (id: number) => string): (id: number) => number {
  const sorted = [...ids]
    .map((id) => ({ id, name: nameOf(id) }))
    .sort((a, b) => compareVietnamese(a.name, b.name) || a.id - b.id);
  const ranks = new Map(sorted.map((entry, index) => [entry.id, index]));
  return (id) => ranks.get(id) ?? ranks.size;
}
