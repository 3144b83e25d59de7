import { describe, expect, it } from 'vitest';
import {
  kindOfPeriod,
  periodForKind,
  periodLabel,
  periodOfKind,
  previousStatsQuery,
  readDashboardFilters,
  statsQuery,
  writeDashboardFilters,
  yearOptions,
} from '@/features/dashboards/dashboard-filters';

const params = (query: string) => new URLSearchParams(query);

describe('dashboard period presets', () => {
  it('builds calendar months, quarters, half-years and years', () => {
    expect(periodOfKind('month', 2022, 2)).toEqual({ from: '2022-02-01', to: '2022-02-28' });
    expect(periodOfKind('month', 2024, 2)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodOfKind('quarter', 2021, 4)).toEqual({ from: '2021-10-01', to: '2021-12-31' });
    expect(periodOfKind('half', 2022, 1)).toEqual({ from: '2022-01-01', to: '2022-06-30' });
    expect(periodOfKind('half', 2022, 2)).toEqual({ from: '2022-07-01', to: '2022-12-31' });
    expect(periodOfKind('year', 2022)).toEqual({ from: '2022-01-01', to: '2022-12-31' });
  });

  it('recognises the kind of a period, the smallest first, and anything else as custom', () => {
    expect(kindOfPeriod({ from: '2022-03-01', to: '2022-03-31' })).toBe('month');
    expect(kindOfPeriod({ from: '2022-01-01', to: '2022-03-31' })).toBe('quarter');
    expect(kindOfPeriod({ from: '2022-07-01', to: '2022-12-31' })).toBe('half');
    expect(kindOfPeriod({ from: '2021-01-01', to: '2021-12-31' })).toBe('year');
    expect(kindOfPeriod({ from: '2021-09-10', to: '2022-03-18' })).toBe('custom');
    expect(kindOfPeriod({ from: '2022-02-01', to: '2022-03-31' })).toBe('custom');
  });

  it('switching kind picks the month, quarter, half or year that holds the end of the current period', () => {
    const seed = { from: '2021-09-10', to: '2022-03-18' };
    expect(periodForKind('month', seed)).toEqual({ from: '2022-03-01', to: '2022-03-31' });
    expect(periodForKind('quarter', seed)).toEqual({ from: '2022-01-01', to: '2022-03-31' });
    expect(periodForKind('half', seed)).toEqual({ from: '2022-01-01', to: '2022-06-30' });
    expect(periodForKind('year', seed)).toEqual({ from: '2022-01-01', to: '2022-12-31' });
    expect(periodForKind('custom', seed)).toEqual(seed);
  });

  it('names the period in Vietnamese', () => {
    expect(periodLabel({ kind: 'month', period: periodOfKind('month', 2022, 3) })).toBe('Tháng 3/2022');
    expect(periodLabel({ kind: 'quarter', period: periodOfKind('quarter', 2021, 4) })).toBe('Quý IV/2021');
    expect(periodLabel({ kind: 'half', period: periodOfKind('half', 2022, 1) })).toBe('6 tháng đầu năm 2022');
    expect(periodLabel({ kind: 'half', period: periodOfKind('half', 2022, 2) })).toBe('6 tháng cuối năm 2022');
    expect(periodLabel({ kind: 'year', period: periodOfKind('year', 2022) })).toBe('Năm 2022');
    expect(periodLabel({ kind: 'custom', period: { from: '2021-09-10', to: '2022-03-18' } })).toBe(
      'Từ 10/09/2021 đến 18/03/2022',
    );
  });

  it('offers the years from 2016 to this year, newest first, and the period’s own year', () => {
    expect(yearOptions({ from: '2021-09-10', to: '2022-03-18' }, '2026-11-28')).toEqual([
      2026, 2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017, 2016,
    ]);
    expect(yearOptions({ from: '2015-01-01', to: '2015-12-31' }, '2016-05-01')).toEqual([2016, 2015]);
  });
});

describe('dashboard filters in the URL', () => {
  it('opens on the seed period, never on an empty current month', () => {
    expect(readDashboardFilters(params(''))).toEqual({
      filters: {
        period: { from: '2021-09-10', to: '2022-03-18' },
        kind: 'custom',
        district: undefined,
        unitGroup: undefined,
        remote: undefined,
      },
      invalid: false,
    });
  });

  it('reads the period, its kind and the scope filters', () => {
    const { filters, invalid } = readDashboardFilters(
      params('from=2022-01-01&to=2022-03-31&district=Huyện Bắc Mê&unitGroup=so_nganh&remote=true'),
    );
    expect(invalid).toBe(false);
    expect(filters).toEqual({
      period: { from: '2022-01-01', to: '2022-03-31' },
      kind: 'quarter',
      district: 'Huyện Bắc Mê',
      unitGroup: 'so_nganh',
      remote: 'true',
    });
  });

  it('keeps a calendar month chosen as a custom range custom', () => {
    expect(readDashboardFilters(params('from=2022-03-01&to=2022-03-31&period=custom')).filters.kind).toBe('custom');
    expect(readDashboardFilters(params('from=2022-03-01&to=2022-03-31')).filters.kind).toBe('month');
  });

  it('drops values that make no sense and falls back to the seed period on a bad one', () => {
    const { filters, invalid } = readDashboardFilters(
      params('from=2022-03-31&to=2022-03-01&unitGroup=khong_co&remote=maybe&district=%20%20'),
    );
    expect(invalid).toBe(true);
    expect(filters.period).toEqual({ from: '2021-09-10', to: '2022-03-18' });
    expect(filters.unitGroup).toBeUndefined();
    expect(filters.remote).toBeUndefined();
    expect(filters.district).toBeUndefined();
    expect(readDashboardFilters(params('from=2022-02-30&to=2022-03-01')).invalid).toBe(true);
  });

  it('writes a change back: filters replaced, tables on their first page, their sort kept', () => {
    const previous = params('from=2021-09-10&to=2022-03-18&remote=true&unitSort=-rate&unitPage=3&communePage=2');
    const next = writeDashboardFilters(previous, {
      period: { from: '2022-01-01', to: '2022-03-31' },
      kind: 'quarter',
      district: 'Huyện Na Rì',
      unitGroup: undefined,
      remote: undefined,
    });
    expect(Object.fromEntries(next)).toEqual({
      from: '2022-01-01',
      to: '2022-03-31',
      district: 'Huyện Na Rì',
      unitSort: '-rate',
    });
    const custom = writeDashboardFilters(params(''), {
      period: { from: '2022-03-01', to: '2022-03-31' },
      kind: 'custom',
    });
    expect(custom.get('period')).toBe('custom');
    expect(readDashboardFilters(custom).filters.kind).toBe('custom');
  });

  it('sends the API the period and scope; a unit officer never a unit group', () => {
    const { filters } = readDashboardFilters(params('from=2022-01-01&to=2022-03-31&unitGroup=so_nganh&remote=false'));
    expect(statsQuery(filters)).toEqual({
      from: '2022-01-01',
      to: '2022-03-31',
      unitGroup: 'so_nganh',
      remote: 'false',
    });
    expect(statsQuery(filters, true)).toEqual({ from: '2022-01-01', to: '2022-03-31', remote: 'false' });
  });

  it('compares with the period of the same length just before', () => {
    expect(previousStatsQuery({ from: '2022-03-01', to: '2022-03-31', remote: 'true' })).toEqual({
      from: '2022-01-29',
      to: '2022-02-28',
      remote: 'true',
    });
    expect(previousStatsQuery({ from: '2021-09-10', to: '2022-03-18' })).toEqual({
      from: '2021-03-04',
      to: '2021-09-09',
    });
  });
});
