/** Records for the review, plans and difficulties tests, shaped by the domain's own types. */
import type { Activity, Commune, Difficulty, ListResult, Plan, Unit } from '@danvan/domain';

const STAMP = '2022-03-01T02:00:00.000Z';

export function unitFixture(id: number, name: string, code = `U${id}`): Unit {
  return {
    id,
    code,
    name,
    kind: 'chi_bo_co_so',
    agency: name.replace(/^Chi bộ |^Đảng bộ /, ''),
    group: 'dang_doan_the',
    partyMembers: 20,
    staff: 25,
    activeFrom: '2015-01-01',
    activeTo: null,
    version: 1,
    createdAt: STAMP,
    updatedAt: STAMP,
  };
}

export function communeFixture(id: number, name: string, district: string): Commune {
  return {
    id,
    code: String(id).padStart(5, '0'),
    name,
    kind: 'xa',
    district,
    areaClass: 'III',
    remote: true,
    ntmStatus: 'chua_dat',
    distanceKm: 80,
    population: 4000,
    households: 900,
    poorHouseholds: 200,
    validFrom: '2000-01-01',
    validTo: null,
    successorId: null,
    version: 1,
    createdAt: STAMP,
    updatedAt: STAMP,
  };
}

export const unitsFixture: Unit[] = [
  unitFixture(1, 'Chi bộ Ban Dân vận Tỉnh ủy', 'CB-BDVTU'),
  unitFixture(2, 'Chi bộ Hội Cựu chiến binh tỉnh', 'CB-HCCB'),
  unitFixture(3, 'Đảng bộ Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh', 'DB-AGRIBANK'),
];

export const communesFixture: Commune[] = [
  communeFixture(52, 'Xã Văn Minh', 'Huyện Na Rì'),
  communeFixture(87, 'Xã Bằng Vân', 'Huyện Ngân Sơn'),
  communeFixture(23, 'Xã Yên Đĩnh', 'Huyện Chợ Mới'),
];

export function activityFixture(id: number, overrides: Partial<Activity> = {}): Activity {
  return {
    id,
    title: `Hoạt động ${id}`,
    communeId: 52,
    unitIds: [1],
    startDate: '2022-03-05',
    endDate: '2022-03-05',
    categories: ['ve_sinh_moi_truong'],
    ntmCriteria: [],
    participants: [{ group: 'dang_vien', count: 12 }],
    beneficiaries: 0,
    description: '',
    status: 'submitted',
    reviewComment: null,
    submittedAt: '2022-03-06T09:15:00.000Z',
    approvedAt: null,
    deletedAt: null,
    contributions: [],
    version: 2,
    createdAt: STAMP,
    updatedAt: '2022-03-06T09:15:00.000Z',
    ...overrides,
  };
}

export function planFixture(id: number, overrides: Partial<Plan> = {}): Plan {
  return {
    id,
    unitId: 1,
    communeId: 52,
    month: '2022-03',
    plannedDate: '2022-03-12',
    content: `Kế hoạch ${id}`,
    categories: ['tuyen_truyen'],
    version: 1,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  };
}

export function difficultyFixture(id: number, overrides: Partial<Difficulty> = {}): Difficulty {
  return {
    id,
    unitId: 1,
    communeId: null,
    kind: 'kinh_phi',
    text: `Khó khăn ${id}`,
    recommendation: '',
    periodFrom: '2021-09-10',
    periodTo: '2022-03-18',
    status: 'moi',
    version: 1,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  };
}

/** A one-page list answer. */
/** `/communes/districts` for these communes: each district once, with its number of communes. */
export function districtsOf(communes: readonly { district: string }[]) {
  const counts = new Map<string, number>();
  for (const c of communes) counts.set(c.district, (counts.get(c.district) ?? 0) + 1);
  return { items: [...counts].map(([name, n]) => ({ name, communes: n })) };
}

export function listOf<T>(items: T[], limit = 50): ListResult<T> {
  return { items, total: items.length, page: 1, limit, pages: items.length === 0 ? 0 : 1 };
}
