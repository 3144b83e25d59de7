import type { Unit, UnitInput, UnitListQuery } from '@danvan/domain';
import { UnitInputSchema } from '@danvan/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { unitDerived } from '../db/derived.js';
import {
  activityUnits,
  apiTokens,
  assignments,
  contributions,
  difficulties,
  plans,
  units,
  users,
} from '../db/schema.js';
import { type Row, searchCondition, TableRepository, validOn } from './table-repository.js';

function toRecord(r: Row): Unit {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind,
    agency: r.agency,
    group: r.group,
    partyMembers: r.partyMembers,
    staff: r.staff,
    activeFrom: r.activeFrom,
    activeTo: r.activeTo,
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

export function unitsRepository(db: Db) {
  return new TableRepository<Unit, UnitInput & object, UnitListQuery>({
    db,
    table: units,
    label: 'Đơn vị',
    inputSchema: UnitInputSchema,
    toRecord,
    toRow: (u) => ({ ...u, ...unitDerived(u) }),
    filters: (q) => [
      searchCondition(units.search, q.q),
      q.group ? inArray(units.group, q.group) : undefined,
      q.kind ? eq(units.kind, q.kind) : undefined,
      q.activeOn ? validOn(units.activeFrom, units.activeTo, q.activeOn) : undefined,
      q.communeId
        ? sql`${units.id} IN (SELECT ${assignments.unitId} FROM ${assignments} WHERE ${and(
            eq(assignments.communeId, q.communeId),
            q.activeOn ? validOn(assignments.validFrom, assignments.validTo, q.activeOn) : undefined,
          )})`
        : undefined,
    ],
    sorts: {
      name: units.sortKey,
      code: units.code,
      group: units.group,
      partyMembers: units.partyMembers,
      staff: units.staff,
    },
    unique: [{ field: 'code', column: units.code, message: 'Mã đơn vị đã tồn tại' }],
    references: [
      { table: assignments, column: assignments.unitId, label: 'phân công' },
      { table: activityUnits, column: activityUnits.unitId, label: 'lượt hoạt động' },
      { table: contributions, column: contributions.unitId, label: 'khoản đóng góp' },
      { table: plans, column: plans.unitId, label: 'kế hoạch' },
      { table: difficulties, column: difficulties.unitId, label: 'khó khăn, kiến nghị' },
      { table: users, column: users.unitId, label: 'tài khoản' },
      { table: apiTokens, column: apiTokens.unitId, label: 'token API' },
    ],
  });
}
