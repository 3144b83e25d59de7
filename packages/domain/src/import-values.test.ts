import { describe, expect, it } from 'vitest';
import { ContributionKind, FundingSource } from './enums.js';
import { cellText, labelledMatcher, parseDateCell, parseNumberCell, splitListCell } from './import-values.js';

describe('parseDateCell', () => {
  it('reads dd/mm/yyyy, d/m/yyyy, yyyy-mm-dd and Excel dates', () => {
    expect(parseDateCell('05/03/2022')).toBe('2022-03-05');
    expect(parseDateCell('5/3/2022')).toBe('2022-03-05');
    expect(parseDateCell('05-03-2022')).toBe('2022-03-05');
    expect(parseDateCell('05.03.2022')).toBe('2022-03-05');
    expect(parseDateCell('2022-03-05')).toBe('2022-03-05');
    expect(parseDateCell(new Date(Date.UTC(2022, 2, 5)))).toBe('2022-03-05');
    // 44625 is 05/03/2022 in Excel's 1900 date system.
    expect(parseDateCell(44625)).toBe('2022-03-05');
  });

  it('gives null for an empty cell and undefined for what is not a date', () => {
    expect(parseDateCell(null)).toBeNull();
    expect(parseDateCell('  ')).toBeNull();
    expect(parseDateCell('31/02/2022')).toBeUndefined();
    expect(parseDateCell('2022/13/01')).toBeUndefined();
    expect(parseDateCell('mùng 5 tháng 3')).toBeUndefined();
    expect(parseDateCell(12)).toBeUndefined();
    expect(parseDateCell(44625.5)).toBeUndefined();
  });
});

describe('parseNumberCell', () => {
  it('reads numbers the Vietnamese way', () => {
    expect(parseNumberCell('1.000.000')).toBe(1_000_000);
    expect(parseNumberCell('5.000')).toBe(5000);
    expect(parseNumberCell('1,5')).toBe(1.5);
    expect(parseNumberCell('1.234.567,5')).toBe(1_234_567.5);
    expect(parseNumberCell('1 000 000 đồng')).toBe(1_000_000);
    expect(parseNumberCell('2.500.000đ')).toBe(2_500_000);
    expect(parseNumberCell('1,000,000')).toBe(1_000_000);
    expect(parseNumberCell('1.5')).toBe(1.5);
    expect(parseNumberCell('-500.000')).toBe(-500_000);
    expect(parseNumberCell(42)).toBe(42);
  });

  it('gives null for empty and undefined for text that is not a number', () => {
    expect(parseNumberCell('')).toBeNull();
    expect(parseNumberCell(null)).toBeNull();
    expect(parseNumberCell('năm triệu')).toBeUndefined();
    expect(parseNumberCell('1.2.3')).toBeUndefined();
    expect(parseNumberCell(true)).toBeUndefined();
  });
});

describe('cells', () => {
  it('turns cells into NFC text and splits lists on ; and line breaks', () => {
    expect(cellText('  Xa\u0303 Tân Lập ')).toBe('Xã Tân Lập');
    expect(cellText(new Date(Date.UTC(2022, 0, 9)))).toBe('09/01/2022');
    expect(splitListCell('CB-BDVTU; CB-HCCB;;\nDB-VPTU')).toEqual(['CB-BDVTU', 'CB-HCCB', 'DB-VPTU']);
  });
});

describe('labelledMatcher', () => {
  const kind = labelledMatcher(ContributionKind.codes, ContributionKind.labels);
  const source = labelledMatcher(FundingSource.codes, FundingSource.labels);

  it('matches codes and labels without regard to diacritics, case or normal form', () => {
    expect(kind('Tiền mặt')).toBe('tien_mat');
    expect(kind('TIEN MAT')).toBe('tien_mat');
    expect(kind('tien_mat')).toBe('tien_mat');
    expect(kind('Hie\u0323\u0302n va\u0323\u0302t')).toBe('hien_vat');
    expect(source('Xã hội hóa')).toBe('xa_hoi_hoa');
    expect(source('Cán bộ, đảng viên')).toBe('can_bo_dong_gop');
    expect(source('ngan sach nha nuoc')).toBe('ngan_sach');
    expect(kind('Tiền')).toBe('tien_mat');
  });

  it('refuses what it cannot tell apart or does not know', () => {
    expect(kind('Vàng')).toBeUndefined();
    expect(kind('Tiề')).toBeUndefined();
    expect(source('Quỹ khác')).toBeUndefined();
    expect(kind('')).toBeUndefined();
  });
});
