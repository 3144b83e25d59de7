import type { CoverageStats, Health, SessionInfo } from '@danvan/domain';

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
  byRemote: [
    { remote: true, communesAssigned: 300, communesReached: 298, visits: 300, visitsPerCommune: 1 },
    { remote: false, communesAssigned: 700, communesReached: 700, visits: 934, visitsPerCommune: 1.334 },
  ],
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

export const adminSessionFixture: SessionInfo = {
  user: {
    id: 1,
    username: 'admin',
    fullName: 'Nguyễn Văn Quản',
    role: 'admin',
    unitId: null,
    unitName: null,
  },
  csrfToken: 'csrf-admin-token',
  expiresAt: '2030-01-01T00:00:00.000Z',
};

export const officerSessionFixture: SessionInfo = {
  user: {
    id: 2,
    username: 'bandanvan',
    fullName: 'Trần Thị Vân',
    role: 'unit_officer',
    unitId: 3,
    unitName: 'Chi bộ Ban Dân vận Tỉnh ủy',
  },
  csrfToken: 'csrf-officer-token',
  expiresAt: '2030-01-01T00:00:00.000Z',
};

export const viewerSessionFixture: SessionInfo = {
  user: {
    id: 3,
    username: 'viewer',
    fullName: 'Lê Văn Xem',
    role: 'viewer',
    unitId: null,
    unitName: null,
  },
  csrfToken: 'csrf-viewer-token',
  expiresAt: '2030-01-01T00:00:00.000Z',
};

/** An error answer as the API sends it: RFC 9457 problem+json. */
export function problemReply(
  status: number,
  title: string,
  extra: { detail?: string; errors?: { path: string; message: string }[]; headers?: Record<string, string> } = {},
) {
  const { headers, ...fields } = extra;
  return {
    status,
    contentType: 'application/problem+json',
    body: { type: 'about:blank', title, status, ...fields },
    ...(headers ? { headers } : {}),
  };
}
