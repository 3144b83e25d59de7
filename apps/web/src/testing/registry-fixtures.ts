import type { Assignment, Commune, Directive, ListResult, Unit } from '@danvan/domain';

/** Registry records as the API returns them, for the registries pages' tests. */
export const unitFixture: Unit = {
  id: 1,
  version: 3,
  createdAt: '2021-09-10T02:01:00.000Z',
  updatedAt: '2021-09-10T02:01:00.000Z',
  code: 'CB-BDVTU',
  name: 'Chi bộ Ban Dân vận Tỉnh ủy',
  kind: 'chi_bo_co_so',
  agency: 'Ban Dân vận Tỉnh ủy',
  group: 'dang_doan_the',
  partyMembers: 14,
  staff: 17,
  activeFrom: '1997-01-01',
  activeTo: null,
};

export const otherUnitFixture: Unit = {
  ...unitFixture,
  id: 2,
  code: 'CB-CCB',
  name: 'Chi bộ Hội Cựu chiến binh tỉnh',
  agency: 'Hội Cựu chiến binh tỉnh',
  partyMembers: 9,
  staff: 12,
};

export const communeFixture: Commune = {
  id: 60,
  version: 1,
  createdAt: '2021-09-10T06:00:00.000Z',
  updatedAt: '2021-09-10T06:00:00.000Z',
  code: '02046',
  name: 'Xã Thượng Quan',
  kind: 'xa',
  district: 'Huyện Ngân Sơn',
  areaClass: 'III',
  remote: true,
  ntmStatus: 'chua_dat',
  distanceKm: 72.5,
  population: 4210,
  households: 980,
  poorHouseholds: 210,
  validFrom: '1997-01-01',
  validTo: null,
  successorId: null,
};

export const directiveFixture: Directive = {
  id: 2,
  version: 1,
  createdAt: '2021-09-10T01:02:00.000Z',
  updatedAt: '2021-09-10T01:02:00.000Z',
  code: '02-HD/BDVTU',
  kind: 'huong_dan',
  issuer: 'Ban Dân vận Tỉnh ủy',
  issuedOn: '2021-09-10',
  title: 'Hướng dẫn tham gia các hoạt động với nhân dân tại cơ sở',
  summary: '',
  parentId: null,
  norms: [{ kind: 'min_activities_per_unit_month', value: 1 }],
};

export const assignmentFixture: Assignment = {
  id: 113,
  version: 1,
  createdAt: '2021-12-28T08:00:00.000Z',
  updatedAt: '2021-12-28T08:00:00.000Z',
  unitId: 1,
  communeId: 60,
  directiveId: 2,
  role: 'phu_trach_chinh',
  validFrom: '2022-01-01',
  validTo: null,
  note: '',
};

export function listOf<T>(items: T[], { page = 1, limit = 25 } = {}): ListResult<T> {
  return { items, total: items.length, page, limit, pages: Math.max(1, Math.ceil(items.length / limit)) };
}
