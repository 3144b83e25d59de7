import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REPORT_SETTINGS,
  formatReportCell,
  ReportQuerySchema,
  ReportSettingsInputSchema,
  reportPeriod,
  reportPeriodName,
} from './reports.js';

describe('report periods', () => {
  it('are whole months, quarters, halves and years', () => {
    expect(reportPeriod('month', 2022, 2)).toEqual({ from: '2022-02-01', to: '2022-02-28' });
    expect(reportPeriod('month', 2024, 2)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(reportPeriod('quarter', 2022, 1)).toEqual({ from: '2022-01-01', to: '2022-03-31' });
    expect(reportPeriod('quarter', 2021, 4)).toEqual({ from: '2021-10-01', to: '2021-12-31' });
    expect(reportPeriod('half', 2022, 2)).toEqual({ from: '2022-07-01', to: '2022-12-31' });
    expect(reportPeriod('year', 2021)).toEqual({ from: '2021-01-01', to: '2021-12-31' });
  });

  it('are named as reports name them', () => {
    expect(reportPeriodName('month', 2022, 3)).toBe('tháng 3 năm 2022');
    expect(reportPeriodName('quarter', 2022, 4)).toBe('quý IV năm 2022');
    expect(reportPeriodName('half', 2022, 1)).toBe('6 tháng đầu năm 2022');
    expect(reportPeriodName('half', 2022, 2)).toBe('6 tháng cuối năm 2022');
    expect(reportPeriodName('year', 2021)).toBe('năm 2021');
  });
});

describe('report cells', () => {
  it('print in Vietnamese format by the kind of their column', () => {
    expect(formatReportCell(372_400_000, 'money')).toBe('372.400.000');
    expect(formatReportCell(0.755, 'percent')).toBe('75,5%');
    expect(formatReportCell(30.5, 'number')).toBe('30,5');
    expect(formatReportCell('2021-09-10', 'date')).toBe('10/09/2021');
    expect(formatReportCell(null, 'money')).toBe('');
    expect(formatReportCell('Chưa đạt', 'text')).toBe('Chưa đạt');
  });
});

describe('report query and settings', () => {
  it('refuse a period that ends before it starts, and unknown fields', () => {
    expect(ReportQuerySchema.safeParse({ from: '2022-03-18', to: '2021-09-10' }).success).toBe(false);
    expect(ReportQuerySchema.safeParse({ from: '2021-09-10', to: '2022-03-18', x: '1' }).success).toBe(false);
    expect(ReportQuerySchema.safeParse({ from: '2021-09-10', to: '2022-03-18', number: '15/a' }).success).toBe(false);
    expect(ReportQuerySchema.parse({ from: '2021-09-10', to: '2022-03-18', unitId: '3' }).unitId).toBe(3);
  });

  it('keep the defaults valid, store text in NFC and need the issuing body', () => {
    expect(ReportSettingsInputSchema.parse(DEFAULT_REPORT_SETTINGS)).toEqual(DEFAULT_REPORT_SETTINGS);
    const nfd = 'Đảng ủy Khối'.normalize('NFD');
    expect(ReportSettingsInputSchema.parse({ ...DEFAULT_REPORT_SETTINGS, issuingBody: nfd }).issuingBody).toBe(
      'Đảng ủy Khối',
    );
    expect(ReportSettingsInputSchema.safeParse({ ...DEFAULT_REPORT_SETTINGS, issuingBody: ' ' }).success).toBe(false);
  });
});
