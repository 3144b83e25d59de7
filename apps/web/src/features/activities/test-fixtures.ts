/** Records as the API sends them, for the activity pages' tests. */
import type { Activity, ActivityPhoto, AuditEntry, Commune, ListResult, Unit } from '@danvan/domain';
import type { ActivityFormValues } from '@/features/activities/form/form-values';
import { emptyActivityValues } from '@/features/activities/form/form-values';

const STAMP = '2022-03-15T02:00:00.000Z';

export function unit(id: number, name: string): Unit {
  return {
    id,
    version: 1,
    createdAt: STAMP,
    updatedAt: STAMP,
    code: `CB-${id}`,
    name,
    kind: 'chi_bo_co_so',
    agency: name.replace(/^Chi bộ /, ''),
    group: 'dang_doan_the',
    partyMembers: 20,
    staff: 25,
    activeFrom: '2000-01-01',
    activeTo: null,
  };
}

export function commune(id: number, name: string, district: string): Commune {
  return {
    id,
    version: 1,
    createdAt: STAMP,
    updatedAt: STAMP,
    code: String(id).padStart(5, '0'),
    name,
    kind: 'xa',
    district,
    areaClass: 'II',
    remote: false,
    ntmStatus: 'chua_dat',
    distanceKm: 40,
    population: 5000,
    households: 1200,
    poorHouseholds: 90,
    validFrom: '1997-01-01',
    validTo: null,
    successorId: null,
  };
}

export function page<T>(items: T[]): ListResult<T> {
  return { items, total: items.length, page: 1, limit: 500, pages: 1 };
}

/** The officer fixture's unit (officerSessionFixture: unit 3) and another one. */
export const UNITS = [unit(3, 'Chi bộ Ban Dân vận Tỉnh ủy'), unit(5, 'Chi bộ Hội Cựu chiến binh tỉnh')];

/** Sorted by name as the API sorts them: the assigned commune is not the first of all. */
export const COMMUNES = [
  commune(13, 'Thị trấn Chợ Mới', 'Huyện Chợ Mới'),
  commune(40, 'Xã Bình Văn', 'Huyện Chợ Mới'),
  commune(52, 'Xã Văn Minh', 'Huyện Na Rì'),
];
export const ASSIGNED_COMMUNES = [COMMUNES[2]!];

export const activityFixture: Activity = {
  id: 42,
  version: 3,
  createdAt: '2022-03-15T02:00:00.000Z',
  updatedAt: '2022-03-16T02:00:00.000Z',
  title: 'Hỗ trợ xi măng làm đường bê tông thôn Nà Pàn',
  communeId: 52,
  unitIds: [3],
  startDate: '2022-03-15',
  endDate: '2022-03-15',
  categories: ['duong_be_tong'],
  ntmCriteria: [{ set: 'qd318_2022', number: 2 }],
  participants: [
    { group: 'dang_vien', count: 12 },
    { group: 'nhan_dan', count: 1200 },
  ],
  beneficiaries: 80,
  description: 'Đổ bê tông 200 m đường thôn.',
  status: 'returned',
  reviewComment: 'Đề nghị bổ sung ảnh minh chứng.',
  submittedAt: '2022-03-15T05:00:00.000Z',
  approvedAt: null,
  deletedAt: null,
  contributions: [
    {
      id: 7,
      version: 1,
      createdAt: STAMP,
      updatedAt: STAMP,
      activityId: 42,
      unitId: 3,
      kind: 'tien_mat',
      source: 'can_bo_dong_gop',
      item: null,
      quantity: null,
      measureUnit: null,
      valueVnd: 5_000_000,
      valuationMethod: null,
      note: '',
    },
    {
      id: 8,
      version: 1,
      createdAt: STAMP,
      updatedAt: STAMP,
      activityId: 42,
      unitId: 3,
      kind: 'hien_vat',
      source: 'xa_hoi_hoa',
      item: 'Xi măng',
      quantity: 5,
      measureUnit: 'tấn',
      valueVnd: 8_500_000,
      valuationMethod: 'hoa_don',
      note: '',
    },
    {
      id: 9,
      version: 1,
      createdAt: STAMP,
      updatedAt: STAMP,
      activityId: 42,
      unitId: 5,
      kind: 'ngay_cong',
      source: 'can_bo_dong_gop',
      item: null,
      quantity: 5.5,
      measureUnit: 'ngày công',
      valueVnd: 0,
      valuationMethod: null,
      note: '',
    },
  ],
};

export const photoFixture: ActivityPhoto = {
  id: 4,
  activityId: 42,
  caption: 'Đảng viên trộn bê tông',
  width: 1600,
  height: 1200,
  sizeBytes: 250_000,
  mimeType: 'image/jpeg',
  version: 1,
  createdAt: STAMP,
  url: '/api/v1/photos/4',
  thumbnailUrl: '/api/v1/photos/4/thumbnail',
};

export function auditEntry(
  id: number,
  action: AuditEntry['action'],
  at: string,
  after: object | null = null,
): AuditEntry {
  return {
    id,
    at,
    actorKind: 'user',
    actorId: 1,
    actorName: action === 'create' || action === 'submit' ? 'Trần Thị Vân' : 'Nguyễn Văn Quản',
    entity: 'activities',
    entityId: '42',
    action,
    before: null,
    after: after as AuditEntry['after'],
    requestId: null,
  };
}

/** A complete new activity of unit 3 as the form holds it: valid, with a cash and an in-kind contribution. */
export function validNewValues(): ActivityFormValues {
  const values = emptyActivityValues(3);
  return {
    ...values,
    title: 'Tặng quà Tết cho hộ nghèo xã Văn Minh',
    communeId: 52,
    startDate: '2022-01-20',
    endDate: '2022-01-20',
    categories: ['tang_qua'],
    participants: { ...values.participants, dang_vien: 10 },
    contributions: [
      { ...emptyRow('a'), kind: 'tien_mat', valueVnd: 3_000_000 },
      {
        ...emptyRow('b'),
        kind: 'hien_vat',
        item: 'Gạo',
        quantity: 500,
        measureUnit: 'kg',
        valueVnd: 7_500_000,
        valuationMethod: 'gia_thi_truong',
      },
    ],
  };
}

function emptyRow(key: string): ActivityFormValues['contributions'][number] {
  return {
    key,
    id: null,
    version: null,
    changed: true,
    kind: 'tien_mat',
    source: 'can_bo_dong_gop',
    unitId: null,
    item: '',
    quantity: '',
    measureUnit: '',
    valueVnd: '',
    valuationMethod: null,
    note: '',
  };
}
