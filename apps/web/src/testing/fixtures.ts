import type { CoverageStats, Health } from '@danvan/domain';

/** Figures large enough to show Vietnamese digit grouping ("1.234"). */
export const coverageFixture: CoverageStats = {
  period: { from: '2021-09-10', to: '2022-03-18' },
  visits: 1234,
  activities: 1100,
  participants: { total: 25_600, byGroup: [{ group: 'dang_vien', count: 25_600 }] },
  units: { assigned: 2500, active: 1875, onNorm: 120 },
  communes: {
    assigned: 1000,
    reached: 998,
    coverageRate: 0.998,
    neverReached: [
      {
        communeId: 7,
        code: '00007',
        name: 'Xã Minh Sơn',
        district: 'Huyện Bắc Mê',
        remote: true,
        lastActivityDate: null,
        daysSinceLast: null,
      },
      {
        communeId: 8,
        code: '00008',
        name: 'Xã Yên Định',
        district: 'Huyện Bắc Mê',
        remote: false,
        lastActivityDate: '2021-08-20',
        daysSinceLast: 210,
      },
    ],
  },
  months: [
    { month: '2021-09', assignedUnits: 2500, activeUnits: 1250, complianceRate: 0.5 },
    { month: '2021-10', assignedUnits: 2500, activeUnits: 1000, complianceRate: 0.4 },
  ],
};

export const demoHealthFixture: Health = {
  status: 'ok',
  version: '0.1.0',
  database: { ok: true, activities: 110 },
  demo: true,
};
