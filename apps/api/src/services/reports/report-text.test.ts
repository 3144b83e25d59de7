import { balancedLines } from '@danvan/domain';
import { describe, expect, it } from 'vitest';
import { asciiFilename, attachment } from '../../lib/content-disposition.js';
import { joinAnd, lowerFirst, partOf, periodInText, placeInText, quantityOf } from './report-text.js';

describe('report prose', () => {
  it('writes names, shares, quantities and periods the Vietnamese way', () => {
    expect(placeInText('Huyện Ba Bể')).toBe('huyện Ba Bể');
    expect(placeInText('Thị trấn Chợ Mới')).toBe('thị trấn Chợ Mới');
    expect(placeInText('Chi bộ Báo tỉnh')).toBe('Chi bộ Báo tỉnh');
    expect(lowerFirst('Tuyên truyền, phổ biến')).toBe('tuyên truyền, phổ biến');
    expect(lowerFirst('NPK')).toBe('NPK');
    expect(partOf(59, 77, 'chi, đảng bộ cơ sở')).toBe('59/77 chi, đảng bộ cơ sở (76,6%)');
    expect(partOf(0, 0, 'xã')).toBe('0/0 xã');
    expect(quantityOf(12, 'tấn', 'Xi măng')).toBe('12 tấn xi măng');
    expect(quantityOf(1500.5, 'kg', 'Gạo')).toBe('1.500,5 kg gạo');
    expect(quantityOf(4270, 'cây', 'Cây giống')).toBe('4.270 cây giống');
    expect(joinAnd(['a', 'b', 'c'])).toBe('a, b và c');
    expect(periodInText({ from: '2022-01-01', to: '2022-03-31' })).toBe('quý I năm 2022');
    expect(periodInText({ from: '2022-01-01', to: '2022-06-30' })).toBe('6 tháng đầu năm 2022');
    expect(periodInText({ from: '2022-03-01', to: '2022-03-31' })).toBe('tháng 3 năm 2022');
    expect(periodInText({ from: '2021-01-01', to: '2021-12-31' })).toBe('năm 2021');
    expect(periodInText({ from: '2021-09-10', to: '2022-03-18' })).toBe('từ ngày 10/09/2021 đến ngày 18/03/2022');
  });

  it('sets a long body name in two balanced lines', () => {
    expect(balancedLines('ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH')).toEqual([
      'ĐẢNG ỦY KHỐI CÁC CƠ QUAN',
      'VÀ DOANH NGHIỆP TỈNH',
    ]);
    expect(balancedLines('ĐẢNG ỦY KHỐI DOANH NGHIỆP')).toEqual(['ĐẢNG ỦY KHỐI DOANH NGHIỆP']);
  });
});

describe('download names', () => {
  it('give an ASCII name for old clients and the Vietnamese one in UTF-8', () => {
    expect(asciiFilename('Báo cáo 10-09-2021 đến 18-03-2022 Huyện Ba Bể.docx')).toBe(
      'bao-cao-10-09-2021-den-18-03-2022-huyen-ba-be.docx',
    );
    expect(attachment("Báo cáo (quý I)'.xlsx")).toBe(
      `attachment; filename="bao-cao-quy-i.xlsx"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20%28qu%C3%BD%20I%29%27.xlsx`,
    );
    // An NFD name is sent in NFC.
    expect(attachment('Báo cáo.docx'.normalize('NFD'))).toContain("filename*=UTF-8''B%C3%A1o%20c%C3%A1o.docx");
  });
});
