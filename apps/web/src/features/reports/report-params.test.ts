import { describe, expect, it } from 'vitest';
import {
  choiceForKind,
  periodChoiceOf,
  periodOfChoice,
  reportParamsFromSearch,
  reportSearchParams,
} from '@/features/reports/report-params';

const search = (s: string) => reportParamsFromSearch(new URLSearchParams(s));

describe('report params', () => {
  it('default to the seed period and the whole bloc', () => {
    expect(search('')).toEqual({
      params: { period: { from: '2021-09-10', to: '2022-03-18' }, scope: {} },
      invalid: false,
    });
  });

  it('read one scope, and refuse what cannot be used', () => {
    expect(search('from=2022-01-01&to=2022-03-31&unitId=7').params).toEqual({
      period: { from: '2022-01-01', to: '2022-03-31' },
      scope: { unitId: 7 },
    });
    expect(search('unitGroup=doanh_nghiep').params.scope).toEqual({ unitGroup: 'doanh_nghiep' });
    expect(search('district=Huy%E1%BB%87n%20Ba%20B%E1%BB%83').params.scope).toEqual({ district: 'Huyện Ba Bể' });
    expect(search('from=2022-03-31&to=2022-01-01').invalid).toBe(true);
    expect(search('unitGroup=khac').invalid).toBe(true);
    expect(search('unitId=abc').invalid).toBe(true);
  });

  it('write back what they read', () => {
    const p = search('from=2022-01-01&to=2022-03-31&district=Huyện Na Rì').params;
    expect(reportSearchParams(p)).toEqual({ from: '2022-01-01', to: '2022-03-31', district: 'Huyện Na Rì' });
  });

  it('know a preset period when they see one, and move between kinds keeping the year', () => {
    expect(periodChoiceOf({ from: '2022-01-01', to: '2022-03-31' })).toEqual({ kind: 'quarter', year: 2022, index: 1 });
    expect(periodChoiceOf({ from: '2022-03-01', to: '2022-03-31' })).toEqual({ kind: 'month', year: 2022, index: 3 });
    expect(periodChoiceOf({ from: '2022-07-01', to: '2022-12-31' })).toEqual({ kind: 'half', year: 2022, index: 2 });
    expect(periodChoiceOf({ from: '2021-09-10', to: '2022-03-18' }).kind).toBe('custom');
    const seed = { from: '2021-09-10', to: '2022-03-18' };
    expect(periodOfChoice(choiceForKind('quarter', seed), seed)).toEqual({ from: '2022-01-01', to: '2022-03-31' });
    expect(periodOfChoice(choiceForKind('month', seed), seed)).toEqual({ from: '2022-03-01', to: '2022-03-31' });
    expect(periodOfChoice(choiceForKind('year', seed), seed)).toEqual({ from: '2022-01-01', to: '2022-12-31' });
    expect(periodOfChoice(choiceForKind('custom', seed), seed)).toEqual(seed);
  });
});
