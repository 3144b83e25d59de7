import type { CommunesStats, ComplianceStats, CoverageStats, FundingStats } from '@danvan/domain';
import { coverageFixture } from '@/testing/fixtures';

/** The figures of the period just before: fewer of everything, so the changes read "Tăng …". */
export const previousCoverageFixture: CoverageStats = {
  ...coverageFixture,
  period: { from: '2021-03-04', to: '2021-09-09' },
  visits: 1200,
  units: { assigned: 2500, active: 1875, onNorm: 130 },
  communes: { ...coverageFixture.communes, reached: 990 },
};

const month = (m: string, visits: number, assigned = true, onNorm = visits >= 1) => ({
  month: m,
  visits,
  assignedVisits: visits,
  assigned,
  onNorm: assigned && onNorm,
});

export const complianceFixture: ComplianceStats = {
  period: { from: '2021-09-10', to: '2022-03-18' },
  norm: 1,
  months: ['2021-09', '2021-10'],
  summary: { assigned: 77, onNorm: 3 },
  total: 77,
  page: 1,
  limit: 25,
  pages: 4,
  units: [
    {
      unitId: 3,
      code: 'BDV',
      name: 'Chi bộ Ban Dân vận Tỉnh ủy',
      group: 'dang_doan_the',
      cells: [month('2021-09', 2), month('2021-10', 0)],
      monthsAssigned: 2,
      monthsOnNorm: 1,
      rate: 0.5,
      visits: 2,
      onNorm: false,
    },
    {
      unitId: 9,
      code: 'AGR',
      name: 'Đảng bộ Agribank chi nhánh tỉnh',
      group: 'doanh_nghiep',
      cells: [month('2021-09', 0, false), month('2021-10', 1)],
      monthsAssigned: 1,
      monthsOnNorm: 1,
      rate: 1,
      visits: 1,
      onNorm: true,
    },
  ],
};

export const communesFixture: CommunesStats = {
  period: { from: '2021-09-10', to: '2022-03-18' },
  total: 100,
  page: 1,
  limit: 20,
  pages: 5,
  items: [
    {
      communeId: 7,
      code: '00007',
      name: 'Xã Minh Sơn',
      district: 'Huyện Bắc Mê',
      remote: true,
      unitsAssigned: 1,
      visits: 0,
      activities: 0,
      lastActivityDate: null,
      daysSinceLast: null,
      ntmCriteria: [],
    },
    {
      communeId: 52,
      code: '00052',
      name: 'Xã Văn Minh',
      district: 'Huyện Na Rì',
      remote: false,
      unitsAssigned: 2,
      visits: 5,
      activities: 4,
      lastActivityDate: '2022-03-01',
      daysSinceLast: 17,
      ntmCriteria: [
        { criteriaSet: 'qd1980_2016', criterion: 2 },
        { criteriaSet: 'qd318_2022', criterion: 17 },
      ],
    },
  ],
};

const totals = (cash: number, inKindValue: number, labourDays: number) => ({ cash, inKindValue, labourDays });

export const fundingFixture: FundingStats = {
  period: { from: '2021-09-10', to: '2022-03-18' },
  visits: 115,
  total: totals(150_000_000, 50_000_000, 320.5),
  averagePerVisit: totals(1_304_348, 434_783, 2.79),
  bySource: [
    { source: 'can_bo_dong_gop', ...totals(120_000_000, 30_000_000, 300) },
    { source: 'xa_hoi_hoa', ...totals(30_000_000, 20_000_000, 20.5) },
  ],
  byCategory: [
    { category: 'duong_be_tong', ...totals(10_000_000, 40_000_000, 100) },
    { category: 'tuyen_truyen', ...totals(140_000_000, 10_000_000, 220.5) },
  ],
  byUnit: [{ unitId: 3, name: 'Chi bộ Ban Dân vận Tỉnh ủy', ...totals(20_000_000, 5_000_000, 10) }],
  unitsTotal: 60,
  byCommune: [{ communeId: 52, name: 'Xã Văn Minh', district: 'Huyện Na Rì', ...totals(9_000_000, 1_000_000, 4) }],
  communesTotal: 80,
  byMonth: [
    { month: '2021-09', ...totals(50_000_000, 10_000_000, 100) },
    { month: '2021-10', ...totals(100_000_000, 40_000_000, 220.5) },
  ],
  items: [
    { item: 'xi măng', measureUnit: 'tấn', quantity: 12, valueVnd: 24_000_000, contributions: 3 },
    { item: 'gạo', measureUnit: 'kg', quantity: 1500.5, valueVnd: 22_500_000, contributions: 5 },
  ],
};
