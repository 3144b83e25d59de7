import { describe, expect, it } from 'vitest';
import {
  monthSpan,
  PLAN_ACTUAL_MAX_LIMIT,
  PLAN_ACTUAL_MAX_MONTHS,
  PLAN_ACTUAL_PAGE_SIZE,
  PlanActualQuerySchema,
  planActualStatus,
  planAgainstActual,
} from './plan-actual.js';

const names = {
  unitName: (id: number) => ({ 1: 'Chi bộ Sở Tư pháp', 2: 'Chi bộ Ban Dân vận Tỉnh ủy' })[id] ?? '',
  commune: (id: number) =>
    ({ 10: { name: 'Xã Tân Lập', district: 'Huyện Bắc Sơn' }, 11: { name: 'Xã Ân Thi', district: 'Huyện Ân Thi' } })[
      id
    ] ?? { name: '', district: '' },
};

describe('PlanActualQuerySchema', () => {
  it('parses months and a unit id from a query string', () => {
    expect(PlanActualQuerySchema.parse({ unitId: '3', fromMonth: '2022-02', toMonth: '2022-04' })).toEqual({
      unitId: 3,
      fromMonth: '2022-02',
      toMonth: '2022-04',
      page: 1,
      limit: PLAN_ACTUAL_PAGE_SIZE,
    });
    expect(PlanActualQuerySchema.parse({ fromMonth: '2022-02', toMonth: '2022-04', page: '3', limit: '20' })).toEqual({
      fromMonth: '2022-02',
      toMonth: '2022-04',
      page: 3,
      limit: 20,
    });
  });

  it('refuses a page below 1 and more places per page than the most', () => {
    expect(PlanActualQuerySchema.safeParse({ fromMonth: '2022-02', toMonth: '2022-04', page: '0' }).success).toBe(
      false,
    );
    const tooMany = PlanActualQuerySchema.safeParse({
      fromMonth: '2022-02',
      toMonth: '2022-04',
      limit: String(PLAN_ACTUAL_MAX_LIMIT + 1),
    });
    expect(tooMany.error?.issues[0]?.path).toEqual(['limit']);
  });

  it('refuses reversed, malformed and too long ranges, and unknown parameters', () => {
    const reversed = PlanActualQuerySchema.safeParse({ fromMonth: '2022-04', toMonth: '2022-02' });
    expect(reversed.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['toMonth'], 'Tháng bắt đầu phải trước hoặc bằng tháng kết thúc'],
    ]);
    expect(PlanActualQuerySchema.safeParse({ fromMonth: '2022-13', toMonth: '2022-12' }).success).toBe(false);
    expect(PlanActualQuerySchema.safeParse({ fromMonth: '2022-01', toMonth: '2023-12' }).success).toBe(true);
    const long = PlanActualQuerySchema.safeParse({ fromMonth: '2022-01', toMonth: '2024-01' });
    expect(long.error?.issues[0]?.message).toBe(`Mỗi lần xem tối đa ${PLAN_ACTUAL_MAX_MONTHS} tháng`);
    expect(PlanActualQuerySchema.safeParse({ fromMonth: '2022-01', toMonth: '2022-02', from: 'x' }).success).toBe(
      false,
    );
  });

  it('counts months across years', () => {
    expect(monthSpan('2021-11', '2022-02')).toBe(4);
    expect(monthSpan('2022-02', '2022-02')).toBe(1);
    expect(monthSpan('2022-03', '2022-02')).toBe(0);
  });
});

describe('planActualStatus', () => {
  it('is met when at least the planned number was approved, unplanned without a plan', () => {
    expect(planActualStatus(1, 1)).toBe('met');
    expect(planActualStatus(1, 2)).toBe('met');
    expect(planActualStatus(2, 1)).toBe('not_met');
    expect(planActualStatus(1, 0)).toBe('not_met');
    expect(planActualStatus(0, 1)).toBe('unplanned');
  });
});

describe('planAgainstActual', () => {
  it('merges the counts per unit, commune and month, sorts them and totals them', () => {
    const answer = planAgainstActual(
      { fromMonth: '2022-02', toMonth: '2022-04' },
      [
        { unitId: 1, communeId: 10, month: '2022-03', planned: 1 },
        { unitId: 1, communeId: 10, month: '2022-03', actual: 1, submitted: 1 },
        { unitId: 1, communeId: 10, month: '2022-02', planned: 2, actual: 1 },
        { unitId: 2, communeId: 11, month: '2022-04', submitted: 1 },
        { unitId: 2, communeId: 10, month: '2022-02', actual: 2 },
        // Outside the months asked for: left out.
        { unitId: 2, communeId: 10, month: '2022-05', planned: 1 },
      ],
      names,
    );
    expect(answer.months).toEqual(['2022-02', '2022-03', '2022-04']);
    expect(answer.unitId).toBeNull();
    // "Chi bộ Ban Dân vận…" sorts before "Chi bộ Sở…"; "Xã Ân Thi" before "Xã Tân Lập" in Vietnamese order.
    expect(
      answer.rows.map((r) => [r.unitId, r.communeName, r.month, r.planned, r.actual, r.submitted, r.status]),
    ).toEqual([
      [2, 'Xã Ân Thi', '2022-04', 0, 0, 1, 'unplanned'],
      [2, 'Xã Tân Lập', '2022-02', 0, 2, 0, 'unplanned'],
      [1, 'Xã Tân Lập', '2022-02', 2, 1, 0, 'not_met'],
      [1, 'Xã Tân Lập', '2022-03', 1, 1, 1, 'met'],
    ]);
    expect(answer.rows[0]).toMatchObject({ unitName: 'Chi bộ Ban Dân vận Tỉnh ủy', district: 'Huyện Ân Thi' });
    expect(answer.byMonth).toEqual([
      { month: '2022-02', planned: 2, actual: 3, submitted: 0 },
      { month: '2022-03', planned: 1, actual: 1, submitted: 1 },
      { month: '2022-04', planned: 0, actual: 0, submitted: 1 },
    ]);
    expect(answer.totals).toEqual({ planned: 3, actual: 4, submitted: 2, met: 1, notMet: 1, unplanned: 2 });
    // Without a page asked for: every place, on one page.
    expect(answer).toMatchObject({ total: 3, page: 1, limit: 3, pages: 1 });
  });

  it('pages by place (a unit and a commune, all their months), in the same order, totals over every place', () => {
    const counts = [
      { unitId: 1, communeId: 10, month: '2022-03', planned: 1, actual: 1 },
      { unitId: 1, communeId: 10, month: '2022-02', planned: 2, actual: 1 },
      { unitId: 2, communeId: 11, month: '2022-04', submitted: 1 },
      { unitId: 2, communeId: 10, month: '2022-02', actual: 2 },
    ];
    const all = planAgainstActual({ fromMonth: '2022-02', toMonth: '2022-04' }, counts, names);
    const pages = [1, 2].map((page) =>
      planAgainstActual({ fromMonth: '2022-02', toMonth: '2022-04', page, limit: 2 }, counts, names),
    );
    expect(pages.map((p) => [p.total, p.page, p.limit, p.pages])).toEqual([
      [3, 1, 2, 2],
      [3, 2, 2, 2],
    ]);
    // Two places on the first page, the third (with both its months) on the second.
    expect(pages[0]?.rows.map((r) => [r.unitId, r.communeId, r.month])).toEqual([
      [2, 11, '2022-04'],
      [2, 10, '2022-02'],
    ]);
    expect(pages[1]?.rows.map((r) => [r.unitId, r.communeId, r.month])).toEqual([
      [1, 10, '2022-02'],
      [1, 10, '2022-03'],
    ]);
    expect(pages.flatMap((p) => p.rows)).toEqual(all.rows);
    for (const page of pages) {
      expect(page.totals).toEqual(all.totals);
      expect(page.byMonth).toEqual(all.byMonth);
    }
    const beyond = planAgainstActual({ fromMonth: '2022-02', toMonth: '2022-04', page: 3, limit: 2 }, counts, names);
    expect(beyond.rows).toEqual([]);
    expect(beyond.totals).toEqual(all.totals);
  });

  it('keeps places apart whatever their ids, however large', () => {
    const big = 2 ** 40;
    const answer = planAgainstActual(
      { fromMonth: '2022-02', toMonth: '2022-02' },
      [
        { unitId: big, communeId: 10, month: '2022-02', actual: 1 },
        { unitId: 1, communeId: big * 64 + 10, month: '2022-02', actual: 2 },
        { unitId: 1, communeId: 10, month: '2022-02', planned: 1 },
      ],
      names,
    );
    expect(answer.total).toBe(3);
    expect(answer.totals).toMatchObject({ planned: 1, actual: 3 });
  });

  it('orders places with the same name by id, and names compared the Vietnamese way', () => {
    const sameName = {
      unitName: () => 'Chi bộ Trường học',
      commune: (id: number) => ({ name: id === 20 ? 'Xã Đông' : 'Xã Dương', district: '' }),
    };
    const answer = planAgainstActual(
      { fromMonth: '2022-02', toMonth: '2022-02' },
      [
        { unitId: 9, communeId: 20, month: '2022-02', actual: 1 },
        { unitId: 4, communeId: 20, month: '2022-02', actual: 1 },
        { unitId: 4, communeId: 21, month: '2022-02', actual: 1 },
      ],
      sameName,
    );
    // Units 4 then 9 (same name); within unit 4, "Xã Dương" (D) before "Xã Đông" (Đ comes after D).
    expect(answer.rows.map((r) => [r.unitId, r.communeId])).toEqual([
      [4, 21],
      [4, 20],
      [9, 20],
    ]);
  });

  it('gives the months with zero totals when nothing happened', () => {
    const answer = planAgainstActual({ fromMonth: '2021-12', toMonth: '2022-01', unitId: 5 }, [], names);
    expect(answer).toEqual({
      fromMonth: '2021-12',
      toMonth: '2022-01',
      unitId: 5,
      months: ['2021-12', '2022-01'],
      rows: [],
      total: 0,
      page: 1,
      limit: 1,
      pages: 0,
      byMonth: [
        { month: '2021-12', planned: 0, actual: 0, submitted: 0 },
        { month: '2022-01', planned: 0, actual: 0, submitted: 0 },
      ],
      totals: { planned: 0, actual: 0, submitted: 0, met: 0, notMet: 0, unplanned: 0 },
    });
  });
});
