import { describe, expect, it } from 'vitest';
import { SEED_PERIOD } from './contract.js';
import { monthsOf } from './dates.js';
import { CommunesStatsQuerySchema, ComplianceQuerySchema, FundingQuerySchema, StatsQuerySchema } from './stats.js';

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

describe('the other figures queries', () => {
  const period = { from: '2021-09-10', to: '2022-03-18' };

  it('compliance pages and sorts, with defaults', () => {
    expect(ComplianceQuerySchema.parse(period)).toEqual({ ...period, page: 1, limit: 100, sort: 'name' });
    expect(ComplianceQuerySchema.parse({ ...period, page: '3', limit: '1000', sort: '-rate' })).toMatchObject({
      page: 3,
      limit: 1000,
      sort: '-rate',
    });
    expect(ComplianceQuerySchema.safeParse({ ...period, limit: '1001' }).success).toBe(false);
    expect(ComplianceQuerySchema.safeParse({ ...period, sort: 'daysSinceLast' }).success).toBe(false);
  });

  it('communes sort by their own fields and filter on reached', () => {
    expect(CommunesStatsQuerySchema.parse({ ...period, sort: '-daysSinceLast', reached: 'false' })).toEqual({
      ...period,
      page: 1,
      limit: 100,
      sort: '-daysSinceLast',
      reached: 'false',
    });
    expect(CommunesStatsQuerySchema.safeParse({ ...period, sort: 'rate' }).success).toBe(false);
    expect(CommunesStatsQuerySchema.safeParse({ ...period, reached: 'yes' }).success).toBe(false);
  });

  it('funding cuts its unit and commune lists at a limit of 50 by default, 10.000 at most', () => {
    expect(FundingQuerySchema.parse(period).limit).toBe(50);
    expect(FundingQuerySchema.safeParse({ ...period, limit: '10001' }).success).toBe(false);
    expect(FundingQuerySchema.safeParse({ ...period, page: '2' }).success).toBe(false);
  });

  it('every figures query refuses a period longer than 20 years', () => {
    const long = { from: '2001-01-01', to: '2021-01-01' };
    for (const schema of [StatsQuerySchema, ComplianceQuerySchema, CommunesStatsQuerySchema, FundingQuerySchema]) {
      expect(schema.safeParse({ from: '2001-01-01', to: '2020-12-31' }).success).toBe(true);
      expect(schema.safeParse(long).error?.issues.map((i) => i.message)).toEqual(['Kỳ báo cáo dài tối đa 20 năm']);
      expect(schema.safeParse({ from: '2022-01-02', to: '2022-01-01' }).success).toBe(false);
    }
  });
});

describe('SEED_PERIOD', () => {
  it('runs from Hướng dẫn 02-HD/BDVTU (10/9/2021) to the news item (18/3/2022)', () => {
    expect(SEED_PERIOD).toEqual({ from: '2021-09-10', to: '2022-03-18' });
    expect(monthsOf(SEED_PERIOD)).toHaveLength(7);
  });
});
