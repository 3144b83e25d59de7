import { describe, expect, it } from 'vitest';
import { monthsOf } from './dates.js';
import { SEED_PERIOD, StatsQuerySchema } from './stats.js';

describe('StatsQuerySchema', () => {
  it('parses a query string, turning ids into numbers', () => {
    expect(StatsQuerySchema.parse({ from: '2021-09-10', to: '2022-03-18', unitId: '5', remote: 'true' })).toEqual({
      from: '2021-09-10',
      to: '2022-03-18',
      unitId: 5,
      remote: 'true',
    });
  });

  it('refuses a period that ends before it starts; a one-day period is fine', () => {
    const r = StatsQuerySchema.safeParse({ from: '2022-01-02', to: '2022-01-01' });
    expect(r.error?.issues.map((i) => ({ path: i.path, message: i.message }))).toEqual([
      { path: ['to'], message: 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc' },
    ]);
    expect(StatsQuerySchema.safeParse({ from: '2022-01-01', to: '2022-01-01' }).success).toBe(true);
  });

  it('refuses unknown parameters, bad dates and bad ids', () => {
    expect(StatsQuerySchema.safeParse({ from: '2022-01-01', to: '2022-01-31', page: '2' }).success).toBe(false);
    expect(StatsQuerySchema.safeParse({ from: '2022-02-30', to: '2022-03-31' }).success).toBe(false);
    expect(StatsQuerySchema.safeParse({ from: '2022-01-01', to: '2022-01-31', unitId: '0' }).success).toBe(false);
    expect(StatsQuerySchema.safeParse({ from: '2022-01-01', to: '2022-01-31', unitId: 'abc' }).success).toBe(false);
  });
});

describe('SEED_PERIOD', () => {
  it('runs from Hướng dẫn 02-HD/BDVTU (10/9/2021) to the news item (18/3/2022)', () => {
    expect(SEED_PERIOD).toEqual({ from: '2021-09-10', to: '2022-03-18' });
    expect(monthsOf(SEED_PERIOD)).toHaveLength(7);
  });
});
