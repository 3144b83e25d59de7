import type { Commune, CommuneInput, CommuneListQuery, DistrictList } from '@danvan/domain';
import { CommuneInputSchema, foldVietnamese } from '@danvan/domain';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { communeDerived } from '../db/derived.js';
import { activities, assignments, communes, difficulties, plans } from '../db/schema.js';
import { HttpProblem } from '../plugins/problems.js';
import { type Row, searchCondition, TableRepository, validOn } from './table-repository.js';

function toRecord(r: Row): Commune {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind,
    district: r.district,
    areaClass: r.areaClass,
    remote: r.remote,
    ntmStatus: r.ntmStatus,
    distanceKm: r.distanceKm,
    population: r.population,
    households: r.households,
    poorHouseholds: r.poorHouseholds,
    validFrom: r.validFrom,
    validTo: r.validTo,
    successorId: r.successorId,
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

/**
 * `communes.district` is one of the stored districts whose name folds like `district`: "huyen ba be"
 * and "Huyện Ba Bể" name the same district, and no other. SQLite cannot fold Vietnamese, but the
 * districts are few, so they are folded here. Undefined (no filter) for an empty name.
 */
export function districtCondition(db: Db, district: string | undefined): SQL | undefined {
  if (district === undefined) return undefined;
  const wanted = foldVietnamese(district);
  if (wanted === '') return undefined;
  const names = db
    .selectDistinct({ district: communes.district })
    .from(communes)
    .all()
    .map((r) => r.district)
    .filter((d) => foldVietnamese(d) === wanted);
  return inArray(communes.district, names);
}

/** Every district with its number of communes, in Vietnamese order (by the stored sort key). */
export function listDistricts(db: Db): DistrictList {
  const items = db
    .select({ name: communes.district, communes: sql<number>`count(*)` })
    .from(communes)
    .groupBy(communes.district)
    .orderBy(sql`min(${communes.districtSortKey})`, communes.district)
    .all();
  return { items };
}

export function communesRepository(db: Db) {
  return new TableRepository<Commune, CommuneInput & object, CommuneListQuery>({
    db,
    table: communes,
    label: 'Xã',
    inputSchema: CommuneInputSchema,
    toRecord,
    toRow: (c) => ({ ...c, ...communeDerived(c) }),
    filters: (q) => [
      searchCondition(communes.search, q.q),
      districtCondition(db, q.district),
      q.areaClass ? inArray(communes.areaClass, q.areaClass) : undefined,
      q.remote === undefined ? undefined : eq(communes.remote, q.remote),
      q.ntmStatus ? inArray(communes.ntmStatus, q.ntmStatus) : undefined,
      q.activeOn ? validOn(communes.validFrom, communes.validTo, q.activeOn) : undefined,
      q.unitId
        ? sql`${communes.id} IN (SELECT ${assignments.communeId} FROM ${assignments} WHERE ${and(
            eq(assignments.unitId, q.unitId),
            q.activeOn ? validOn(assignments.validFrom, assignments.validTo, q.activeOn) : undefined,
          )})`
        : undefined,
    ],
    sorts: {
      name: communes.sortKey,
      code: communes.code,
      district: [communes.districtSortKey, communes.sortKey],
      distanceKm: communes.distanceKm,
      population: communes.population,
    },
    unique: [{ field: 'code', column: communes.code, message: 'Mã đơn vị hành chính đã tồn tại' }],
    foreignKeys: [{ field: 'successorId', table: communes, label: 'xã' }],
    // Every activity counts, deleted ones too: history must keep the commune it happened in.
    references: [
      { table: assignments, column: assignments.communeId, label: 'phân công' },
      { table: activities, column: activities.communeId, label: 'hoạt động' },
      { table: plans, column: plans.communeId, label: 'kế hoạch' },
      { table: difficulties, column: difficulties.communeId, label: 'khó khăn, kiến nghị' },
      { table: communes, column: communes.successorId, label: 'xã đã sáp nhập vào xã này' },
    ],
    rules: (c, id) => {
      if (id !== null && c.successorId === id) {
        const message = 'Xã không thể sáp nhập vào chính nó';
        throw new HttpProblem(400, 'validation', 'Dữ liệu không hợp lệ', message, [{ path: 'successorId', message }]);
      }
    },
  });
}
