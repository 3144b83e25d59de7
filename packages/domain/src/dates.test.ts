import { describe, expect, it } from 'vitest';
import { SEED_PERIOD } from './contract.js';
import {
  addDays,
  addMonths,
  daysBetween,
  firstDayOfMonth,
  inPeriod,
  isValidDate,
  lastDayOfMonth,
  maxDate,
  minDate,
  monthOf,
  monthsOf,
  monthWithin,
  nextMonth,
  overlaps,
  previousPeriod,
  todayInVietnam,
} from './dates.js';
import { IsoDateSchema, MonthSchema } from './fields.js';

describe('isValidDate', () => {
  it('accepts real calendar dates, including 29 February of a leap year', () => {
    expect(isValidDate('2021-09-10')).toBe(true);
    expect(isValidDate('2020-02-29')).toBe(true);
    expect(isValidDate('2000-02-29')).toBe(true);
    expect(isValidDate('2021-12-31')).toBe(true);
  });

  it('refuses dates that do not exist', () => {
    expect(isValidDate('2021-02-29')).toBe(false);
    expect(isValidDate('1900-02-29')).toBe(false);
    expect(isValidDate('2021-04-31')).toBe(false);
    expect(isValidDate('2021-13-01')).toBe(false);
    expect(isValidDate('2021-00-10')).toBe(false);
    expect(isValidDate('2021-01-00')).toBe(false);
  });

  it('refuses other shapes than YYYY-MM-DD', () => {
    expect(isValidDate('10/09/2021')).toBe(false);
    expect(isValidDate('2021-9-10')).toBe(false);
    expect(isValidDate('2021-09-10T00:00:00Z')).toBe(false);
    expect(isValidDate(' 2021-09-10')).toBe(false);
    expect(isValidDate('')).toBe(false);
  });
});

describe('IsoDateSchema and MonthSchema', () => {
  it('give the Vietnamese message for a bad date', () => {
    const r = IsoDateSchema.safeParse('2021-02-29');
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toEqual(['Ngày không hợp lệ, cần dạng YYYY-MM-DD']);
    expect(IsoDateSchema.parse('2020-02-29')).toBe('2020-02-29');
  });

  it('accept months 01 to 12 only', () => {
    expect(MonthSchema.parse('2021-09')).toBe('2021-09');
    expect(MonthSchema.parse('2021-12')).toBe('2021-12');
    for (const bad of ['2021-13', '2021-00', '2021-9', '2021-09-01']) {
      const r = MonthSchema.safeParse(bad);
      expect(r.success, bad).toBe(false);
      expect(r.error?.issues[0]?.message).toBe('Tháng không hợp lệ, cần dạng YYYY-MM');
    }
  });
});

describe('month helpers', () => {
  it('addMonths goes forward and back across years', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-12', -5)).toBe('2026-07');
    expect(addMonths('2026-03', -14)).toBe('2025-01');
    expect(addMonths('2026-03', 0)).toBe('2026-03');
  });

  it('monthOf, firstDayOfMonth, nextMonth', () => {
    expect(monthOf('2021-09-10')).toBe('2021-09');
    expect(firstDayOfMonth('2022-03')).toBe('2022-03-01');
    expect(nextMonth('2021-09')).toBe('2021-10');
    expect(nextMonth('2021-12')).toBe('2022-01');
  });

  it('lastDayOfMonth knows month lengths and leap years', () => {
    expect(lastDayOfMonth('2020-02')).toBe('2020-02-29');
    expect(lastDayOfMonth('2021-02')).toBe('2021-02-28');
    expect(lastDayOfMonth('2000-02')).toBe('2000-02-29');
    expect(lastDayOfMonth('2100-02')).toBe('2100-02-28');
    expect(lastDayOfMonth('2021-04')).toBe('2021-04-30');
    expect(lastDayOfMonth('2021-12')).toBe('2021-12-31');
  });

  it('monthsOf lists every month the period touches, across a year boundary', () => {
    expect(monthsOf({ from: '2021-11-15', to: '2022-02-03' })).toEqual(['2021-11', '2021-12', '2022-01', '2022-02']);
    expect(monthsOf(SEED_PERIOD)).toEqual([
      '2021-09',
      '2021-10',
      '2021-11',
      '2021-12',
      '2022-01',
      '2022-02',
      '2022-03',
    ]);
    expect(monthsOf({ from: '2022-03-05', to: '2022-03-05' })).toEqual(['2022-03']);
  });

  it('monthWithin cuts the first and last months to the period', () => {
    expect(monthWithin('2021-09', SEED_PERIOD)).toEqual({ from: '2021-09-10', to: '2021-09-30' });
    expect(monthWithin('2021-12', SEED_PERIOD)).toEqual({ from: '2021-12-01', to: '2021-12-31' });
    expect(monthWithin('2022-02', SEED_PERIOD)).toEqual({ from: '2022-02-01', to: '2022-02-28' });
    expect(monthWithin('2022-03', SEED_PERIOD)).toEqual({ from: '2022-03-01', to: '2022-03-18' });
    expect(monthWithin('2021-08', SEED_PERIOD)).toBeNull();
    expect(monthWithin('2022-04', SEED_PERIOD)).toBeNull();
    expect(monthWithin('2022-03', { from: '2022-03-10', to: '2022-03-12' })).toEqual({
      from: '2022-03-10',
      to: '2022-03-12',
    });
  });
});

describe('day arithmetic', () => {
  it('daysBetween counts whole days, positive when the second date is later', () => {
    expect(daysBetween('2021-09-10', '2022-03-18')).toBe(189);
    expect(daysBetween('2022-03-18', '2021-09-10')).toBe(-189);
    expect(daysBetween('2021-12-31', '2022-01-01')).toBe(1);
    expect(daysBetween('2020-02-28', '2020-03-01')).toBe(2);
    expect(daysBetween('2021-02-28', '2021-03-01')).toBe(1);
    expect(daysBetween('2022-03-18', '2022-03-18')).toBe(0);
  });

  it('addDays crosses months, years and leap days', () => {
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2021-02-28', 1)).toBe('2021-03-01');
    expect(addDays('2022-03-01', -1)).toBe('2022-02-28');
    expect(addDays('2021-09-10', 189)).toBe('2022-03-18');
    expect(addDays('2021-09-10', 0)).toBe('2021-09-10');
  });

  it('previousPeriod is as long and ends the day before', () => {
    // 1/1–31/3/2022 is 90 days; the 90 days before are 3/10–31/12/2021.
    expect(previousPeriod({ from: '2022-01-01', to: '2022-03-31' })).toEqual({ from: '2021-10-03', to: '2021-12-31' });
    expect(previousPeriod({ from: '2021-10-01', to: '2021-10-31' })).toEqual({ from: '2021-08-31', to: '2021-09-30' });
    expect(previousPeriod({ from: '2022-03-01', to: '2022-03-01' })).toEqual({ from: '2022-02-28', to: '2022-02-28' });
  });

  it('inPeriod includes both ends', () => {
    const p = { from: '2021-09-10', to: '2021-09-30' };
    expect(inPeriod('2021-09-10', p)).toBe(true);
    expect(inPeriod('2021-09-30', p)).toBe(true);
    expect(inPeriod('2021-09-09', p)).toBe(false);
    expect(inPeriod('2021-10-01', p)).toBe(false);
  });

  it('overlaps treats a null end as open and both ends as inclusive', () => {
    const p = { from: '2021-10-01', to: '2021-10-31' };
    expect(overlaps('2021-01-01', null, p)).toBe(true);
    expect(overlaps('2021-11-01', null, p)).toBe(false);
    expect(overlaps('2021-10-31', null, p)).toBe(true);
    expect(overlaps('2021-09-01', '2021-10-01', p)).toBe(true);
    expect(overlaps('2021-09-01', '2021-09-30', p)).toBe(false);
    expect(overlaps('2021-10-10', '2021-10-12', p)).toBe(true);
  });

  it('maxDate and minDate', () => {
    expect(maxDate('2021-09-10', '2021-10-01')).toBe('2021-10-01');
    expect(minDate('2021-09-10', '2021-10-01')).toBe('2021-09-10');
  });
});

describe('todayInVietnam', () => {
  it('uses Vietnam time (UTC+7), not UTC', () => {
    expect(todayInVietnam(new Date('2021-12-31T18:00:00Z'))).toBe('2022-01-01');
    expect(todayInVietnam(new Date('2021-12-31T17:00:00Z'))).toBe('2022-01-01');
    expect(todayInVietnam(new Date('2021-12-31T16:59:59Z'))).toBe('2021-12-31');
    expect(todayInVietnam(new Date('2022-03-18T02:00:00Z'))).toBe('2022-03-18');
  });

  it('returns a valid YYYY-MM-DD date for now', () => {
    expect(isValidDate(todayInVietnam())).toBe(true);
  });
});
