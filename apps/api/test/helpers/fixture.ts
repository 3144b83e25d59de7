/** A small hand-built dataset whose figures are known, written straight into the tables. */
import type { DatabaseHandle } from '../../src/db/client.js';
import { activityDerived, communeDerived, directiveDerived, unitDerived } from '../../src/db/derived.js';
import * as t from '../../src/db/schema.js';

const stamp = { version: 1, createdAt: '2022-01-01T00:00:00.000Z', updatedAt: '2022-01-01T00:00:00.000Z' };

export function insertDirective(h: DatabaseHandle, norm = 1): number {
  const [row] = h.db
    .insert(t.directives)
    .values({
      code: '02-HD/BDVTU',
      kind: 'huong_dan',
      issuer: 'Ban Dân vận Tỉnh ủy',
      issuedOn: '2021-09-10',
      title: 'Hướng dẫn',
      norms: [{ kind: 'min_activities_per_unit_month', value: norm }],
      ...directiveDerived({ code: '02-HD/BDVTU', title: 'Hướng dẫn', issuer: 'Ban Dân vận Tỉnh ủy' }),
      ...stamp,
    })
    .returning({ id: t.directives.id })
    .all();
  return row!.id;
}

export function insertUnit(
  h: DatabaseHandle,
  code: string,
  name: string,
  group: 'so_nganh' | 'doanh_nghiep' = 'so_nganh',
) {
  const [row] = h.db
    .insert(t.units)
    .values({
      code,
      name,
      kind: 'chi_bo_co_so',
      agency: name,
      group,
      partyMembers: 10,
      staff: 20,
      activeFrom: '2015-01-01',
      ...unitDerived({ code, name, agency: name }),
      ...stamp,
    })
    .returning({ id: t.units.id })
    .all();
  return row!.id;
}

export function insertCommune(h: DatabaseHandle, code: string, name: string, district: string, remote = false) {
  const [row] = h.db
    .insert(t.communes)
    .values({
      code,
      name,
      kind: 'xa',
      district,
      areaClass: remote ? 'III' : 'I',
      remote,
      ntmStatus: 'chua_dat',
      distanceKm: remote ? 90 : 10,
      population: 5000,
      households: 1200,
      poorHouseholds: 100,
      validFrom: '2010-01-01',
      ...communeDerived({ code, name, district }),
      ...stamp,
    })
    .returning({ id: t.communes.id })
    .all();
  return row!.id;
}

export function insertAssignment(
  h: DatabaseHandle,
  a: { unitId: number; communeId: number; directiveId: number; validFrom: string; validTo?: string | null },
) {
  h.db
    .insert(t.assignments)
    .values({ role: 'phu_trach_chinh', validTo: null, ...a, ...stamp })
    .run();
}

export function insertActivity(
  h: DatabaseHandle,
  a: {
    communeId: number;
    unitIds: number[];
    startDate: string;
    status?: 'draft' | 'submitted' | 'approved' | 'returned';
    deleted?: boolean;
    category?: 'duong_be_tong' | 'tang_qua' | 'trong_cay_xanh';
    contributions?: {
      unitId: number;
      kind: 'tien_mat' | 'hien_vat' | 'ngay_cong';
      source: 'can_bo_dong_gop' | 'kinh_phi_don_vi' | 'xa_hoi_hoa';
      valueVnd: number;
      item?: string;
      quantity?: number;
      measureUnit?: string;
    }[];
  },
): number {
  const [row] = h.db
    .insert(t.activities)
    .values({
      title: `Hoạt động ${a.startDate}`,
      communeId: a.communeId,
      startDate: a.startDate,
      endDate: a.startDate,
      status: a.status ?? 'approved',
      deletedAt: a.deleted ? '2022-02-01T00:00:00.000Z' : null,
      ...activityDerived({ title: `Hoạt động ${a.startDate}`, description: '' }),
      ...stamp,
    })
    .returning({ id: t.activities.id })
    .all();
  const activityId = row!.id;
  a.unitIds.forEach((unitId, position) => {
    h.db.insert(t.activityUnits).values({ activityId, unitId, position }).run();
  });
  h.db
    .insert(t.activityCategories)
    .values({ activityId, category: a.category ?? 'duong_be_tong', position: 0 })
    .run();
  for (const c of a.contributions ?? []) {
    h.db
      .insert(t.contributions)
      .values({
        activityId,
        item: null,
        quantity: null,
        measureUnit: null,
        valuationMethod: c.kind === 'hien_vat' ? 'uoc_tinh' : null,
        ...c,
        ...stamp,
      })
      .run();
  }
  return activityId;
}
