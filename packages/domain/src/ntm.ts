/**
 * Tiêu chí nông thôn mới. A tag on an activity names the criteria set as well as the number,
 * because the sets changed over time and numbers mean different things in each.
 */
import type { NtmCriterion } from './entities.js';

export const NtmCriteriaSetCodes = ['qd1980_2016', 'qd318_2022', 'qd51_2025'] as const;
export type NtmCriteriaSet = (typeof NtmCriteriaSetCodes)[number];

const names19 = [
  'Quy hoạch',
  'Giao thông',
  'Thủy lợi và phòng, chống thiên tai',
  'Điện',
  'Trường học',
  'Cơ sở vật chất văn hóa',
  'Cơ sở hạ tầng thương mại nông thôn',
  'Thông tin và Truyền thông',
  'Nhà ở dân cư',
  'Thu nhập',
  'Nghèo đa chiều',
  'Lao động',
  'Tổ chức sản xuất và phát triển kinh tế nông thôn',
  'Giáo dục và Đào tạo',
  'Y tế',
  'Văn hóa',
  'Môi trường và an toàn thực phẩm',
  'Hệ thống chính trị và tiếp cận pháp luật',
  'Quốc phòng và An ninh',
] as const;

/** QĐ 1980/QĐ-TTg named some criteria differently from QĐ 318/QĐ-TTg. */
const names1980 = names19.map((name, i) =>
  i === 2
    ? 'Thủy lợi'
    : i === 10
      ? 'Hộ nghèo'
      : i === 11
        ? 'Lao động có việc làm'
        : i === 12
          ? 'Tổ chức sản xuất'
          : name,
);

export interface NtmCriteriaSetInfo {
  code: NtmCriteriaSet;
  label: string;
  /** First day an activity falls under this set (inclusive). */
  validFrom: string;
  criteria: readonly string[];
}

export const NtmCriteriaSets: Record<NtmCriteriaSet, NtmCriteriaSetInfo> = {
  qd1980_2016: {
    code: 'qd1980_2016',
    label: 'QĐ 1980/QĐ-TTg (giai đoạn 2016 - 2020)',
    validFrom: '2016-10-17',
    criteria: names1980,
  },
  qd318_2022: {
    code: 'qd318_2022',
    label: 'QĐ 318/QĐ-TTg (giai đoạn 2021 - 2025)',
    validFrom: '2022-03-08',
    criteria: names19,
  },
  qd51_2025: {
    code: 'qd51_2025',
    label: 'QĐ 51/2025/QĐ-TTg (giai đoạn 2026 - 2030)',
    validFrom: '2026-02-15',
    // The official short names of the ten criteria are entered by the committee; until then
    // they are shown by number.
    criteria: Array.from({ length: 10 }, (_, i) => `Tiêu chí số ${i + 1}`),
  },
};

/** The set in force on a calendar date (YYYY-MM-DD). */
export function ntmCriteriaSetOn(date: string): NtmCriteriaSet {
  if (date >= NtmCriteriaSets.qd51_2025.validFrom) return 'qd51_2025';
  if (date >= NtmCriteriaSets.qd318_2022.validFrom) return 'qd318_2022';
  return 'qd1980_2016';
}

export function ntmCriterionLabel(c: NtmCriterion): string {
  const name = NtmCriteriaSets[c.set].criteria[c.number - 1] ?? '';
  return `${c.number}. ${name}`;
}
