import { describe, expect, it } from 'vitest';
import {
  monthSpan,
  PLAN_ACTUAL_MAX_MONTHS,
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
    });
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
  });

  it('gives the months with zero totals when nothing happened', () => {
    const answer = planAgainstActual({ fromMonth: '2021-12', toMonth: '2022-01', unitId: 5 }, [], names);
    expect(answer).toEqual({
      fromMonth: '2021-12',
      toMonth: '2022-01',
      unitId: 5,
      months: ['2021-12', '2022-01'],
      rows: [],
      byMonth: [
        { month: '2021-12', planned: 0, actual: 0, submitted: 0 },
        { month: '2022-01', planned: 0, actual: 0, submitted: 0 },
      ],
      totals: { planned: 0, actual: 0, submitted: 0, met: 0, notMet: 0, unplanned: 0 },
    });
  });
});
