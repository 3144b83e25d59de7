import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatInteger,
  formatMonth,
  formatMonthShort,
  formatNumber,
  formatPartyDate,
  formatPercent,
  formatVnd,
  formatVndShort,
} from './format.js';

describe('numbers', () => {
  it('formatInteger uses a dot for thousands', () => {
    expect(formatInteger(1234567)).toBe('1.234.567');
    expect(formatInteger(115)).toBe('115');
    expect(formatInteger(0)).toBe('0');
  });

  it('formatNumber uses a comma for decimals, at most two', () => {
    expect(formatNumber(1.5)).toBe('1,5');
    expect(formatNumber(1234.25)).toBe('1.234,25');
    expect(formatNumber(3)).toBe('3');
    expect(formatNumber(2.004)).toBe('2');
  });

  it('formatPercent keeps one decimal', () => {
    expect(formatPercent(0.4567)).toBe('45,7%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0)).toBe('0%');
  });
});

describe('money', () => {
  it('formatVnd writes whole đồng with dots', () => {
    expect(formatVnd(1000000)).toBe('1.000.000 đồng');
    expect(formatVnd(1_500_000_000)).toBe('1.500.000.000 đồng');
    expect(formatVnd(500)).toBe('500 đồng');
    expect(formatVnd(0)).toBe('0 đồng');
  });

  it('formatVndShort uses tỷ and triệu with a decimal comma', () => {
    expect(formatVndShort(1_500_000_000)).toBe('1,5 tỷ đồng');
    expect(formatVndShort(12_500_000_000)).toBe('12,5 tỷ đồng');
    expect(formatVndShort(1_000_000_000)).toBe('1 tỷ đồng');
    expect(formatVndShort(1_234_000_000_000)).toBe('1.234 tỷ đồng');
    expect(formatVndShort(250_000_000)).toBe('250 triệu đồng');
    expect(formatVndShort(1_234_567)).toBe('1,23 triệu đồng');
    expect(formatVndShort(1_000_000)).toBe('1 triệu đồng');
    expect(formatVndShort(999_999)).toBe('999.999 đồng');
    expect(formatVndShort(-2_500_000)).toBe('-2,5 triệu đồng');
  });

  it('formatVndShort does not write "1.000 triệu" just under a billion', () => {
    expect(formatVndShort(999_999_999)).toBe('1 tỷ đồng');
    expect(formatVndShort(999_990_000)).toBe('999,99 triệu đồng');
    expect(formatVndShort(-999_999_999)).toBe('-1 tỷ đồng');
  });
});

describe('dates', () => {
  it('formatDate writes dd/mm/yyyy', () => {
    expect(formatDate('2021-09-10')).toBe('10/09/2021');
    expect(formatDate('2022-03-18')).toBe('18/03/2022');
    expect(formatDate('2022-12-01')).toBe('01/12/2022');
  });

  it('formatMonth and formatMonthShort', () => {
    expect(formatMonth('2021-09')).toBe('Tháng 9/2021');
    expect(formatMonth('2021-12')).toBe('Tháng 12/2021');
    expect(formatMonthShort('2021-09')).toBe('T9/21');
    expect(formatMonthShort('2022-01')).toBe('T1/22');
  });

  it('formatPartyDate keeps leading zeros for days under 10 and for months 1 and 2 only', () => {
    expect(formatPartyDate('2022-02-05')).toBe('ngày 05 tháng 02 năm 2022');
    expect(formatPartyDate('2022-01-09')).toBe('ngày 09 tháng 01 năm 2022');
    expect(formatPartyDate('2022-03-18')).toBe('ngày 18 tháng 3 năm 2022');
    expect(formatPartyDate('2021-09-05')).toBe('ngày 05 tháng 9 năm 2021');
    expect(formatPartyDate('2021-10-01')).toBe('ngày 01 tháng 10 năm 2021');
    expect(formatPartyDate('2021-12-25')).toBe('ngày 25 tháng 12 năm 2021');
  });
});
