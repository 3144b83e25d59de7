import { describe, expect, it } from 'vitest';
import { NtmCriterionSchema } from './entities.js';
import { NtmCriteriaSets, ntmCriteriaSetOn, ntmCriterionLabel } from './ntm.js';

describe('ntmCriteriaSetOn', () => {
  it('switches to QĐ 318 on 08/3/2022 and to QĐ 51/2025 on 15/02/2026', () => {
    expect(ntmCriteriaSetOn('2021-09-15')).toBe('qd1980_2016');
    expect(ntmCriteriaSetOn('2022-03-07')).toBe('qd1980_2016');
    expect(ntmCriteriaSetOn('2022-03-08')).toBe('qd318_2022');
    expect(ntmCriteriaSetOn('2022-03-18')).toBe('qd318_2022');
    expect(ntmCriteriaSetOn('2026-02-14')).toBe('qd318_2022');
    expect(ntmCriteriaSetOn('2026-02-15')).toBe('qd51_2025');
    expect(ntmCriteriaSetOn('2030-12-31')).toBe('qd51_2025');
  });

  it('falls back to the oldest set before it started', () => {
    expect(ntmCriteriaSetOn('2016-10-17')).toBe('qd1980_2016');
    expect(ntmCriteriaSetOn('2015-01-01')).toBe('qd1980_2016');
  });
});

describe('NtmCriteriaSets', () => {
  it('has 19, 19 and 10 criteria', () => {
    expect(NtmCriteriaSets.qd1980_2016.criteria).toHaveLength(19);
    expect(NtmCriteriaSets.qd318_2022.criteria).toHaveLength(19);
    expect(NtmCriteriaSets.qd51_2025.criteria).toHaveLength(10);
  });

  it('names QĐ 318 criteria as the decision does', () => {
    expect(NtmCriteriaSets.qd318_2022.criteria[1]).toBe('Giao thông');
    expect(NtmCriteriaSets.qd318_2022.criteria[10]).toBe('Nghèo đa chiều');
    expect(NtmCriteriaSets.qd318_2022.criteria[16]).toBe('Môi trường và an toàn thực phẩm');
    expect(NtmCriteriaSets.qd318_2022.criteria[18]).toBe('Quốc phòng và An ninh');
  });
});

describe('NtmCriterionSchema', () => {
  it('accepts numbers within the set', () => {
    expect(NtmCriterionSchema.parse({ set: 'qd318_2022', number: 19 })).toEqual({ set: 'qd318_2022', number: 19 });
    expect(NtmCriterionSchema.parse({ set: 'qd1980_2016', number: 1 })).toEqual({ set: 'qd1980_2016', number: 1 });
    expect(NtmCriterionSchema.parse({ set: 'qd51_2025', number: 10 })).toEqual({ set: 'qd51_2025', number: 10 });
  });

  it('refuses number 11 in QĐ 51/2025, which has 10 criteria', () => {
    const r = NtmCriterionSchema.safeParse({ set: 'qd51_2025', number: 11 });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => ({ path: i.path, message: i.message }))).toEqual([
      { path: ['number'], message: 'Số tiêu chí vượt quá số tiêu chí của bộ tiêu chí' },
    ]);
    expect(NtmCriterionSchema.safeParse({ set: 'qd318_2022', number: 11 }).success).toBe(true);
  });

  it('refuses numbers out of 1..19, fractions and unknown sets', () => {
    expect(NtmCriterionSchema.safeParse({ set: 'qd318_2022', number: 20 }).success).toBe(false);
    expect(NtmCriterionSchema.safeParse({ set: 'qd318_2022', number: 0 }).success).toBe(false);
    expect(NtmCriterionSchema.safeParse({ set: 'qd318_2022', number: 2.5 }).success).toBe(false);
    expect(NtmCriterionSchema.safeParse({ set: 'qd491_2009', number: 2 }).success).toBe(false);
  });
});

describe('ntmCriterionLabel', () => {
  it('names the criterion in its own set', () => {
    expect(ntmCriterionLabel({ set: 'qd318_2022', number: 2 })).toBe('2. Giao thông');
    expect(ntmCriterionLabel({ set: 'qd318_2022', number: 11 })).toBe('11. Nghèo đa chiều');
    expect(ntmCriterionLabel({ set: 'qd1980_2016', number: 11 })).toBe('11. Hộ nghèo');
    expect(ntmCriterionLabel({ set: 'qd1980_2016', number: 3 })).toBe('3. Thủy lợi');
    expect(ntmCriterionLabel({ set: 'qd1980_2016', number: 2 })).toBe('2. Giao thông');
    expect(ntmCriterionLabel({ set: 'qd51_2025', number: 3 })).toBe('3. Tiêu chí số 3');
  });
});
