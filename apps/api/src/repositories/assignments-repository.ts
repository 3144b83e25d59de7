import type { Assignment, AssignmentInput, AssignmentListQuery } from '@danvan/domain';
import { AssignmentInputSchema, formatDate } from '@danvan/domain';
import { and, eq, inArray, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { assignments, communes, directives, units } from '../db/schema.js';
import { HttpProblem } from '../plugins/problems.js';
import { districtCondition } from './communes-repository.js';
import { overlapsPeriod, type Row, searchCondition, TableRepository, validOn } from './table-repository.js';

/** The end of an open assignment, for overlap checks. */
const OPEN_END = '9999-12-31';

function toRecord(r: Row): Assignment {
  return {
    id: r.id,
    unitId: r.unitId,
    communeId: r.communeId,
    directiveId: r.directiveId,
    role: r.role,
    validFrom: r.validFrom,
    validTo: r.validTo,
    note: r.note,
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

/**
 * One unit holds one commune at most once at any date. A reassignment ends the old row (validTo)
 * and adds a new one, so that the history of who was in charge when is never rewritten.
 */
function checkNoOverlap(db: Db, a: AssignmentInput, id: number | null): void {
  const clash = db
    .select({ id: assignments.id, validFrom: assignments.validFrom, validTo: assignments.validTo })
    .from(assignments)
    .where(
      and(
        eq(assignments.unitId, a.unitId),
        eq(assignments.communeId, a.communeId),
        id === null ? undefined : ne(assignments.id, id),
        overlapsPeriod(assignments.validFrom, assignments.validTo, { from: a.validFrom, to: a.validTo ?? OPEN_END }),
      ),
    )
    .get();
  if (!clash) return;
  const until = clash.validTo ? `đến ${formatDate(clash.validTo)}` : 'đến nay';
  const message = 'Thời gian trùng với một phân công khác của đơn vị tại xã này';
  throw new HttpProblem(
    409,
    'overlap',
    'Trùng thời gian phân công',
    `Đơn vị đã được phân công phụ trách xã này từ ${formatDate(clash.validFrom)} ${until} (phân công id ${clash.id}). ` +
      'Để điều chỉnh, hãy kết thúc phân công cũ (ngày kết thúc) rồi thêm phân công mới.',
    [{ path: 'validFrom', message }],
  );
}

export function assignmentsRepository(db: Db) {
  const unitSortKey = sql`(SELECT ${units.sortKey} FROM ${units} WHERE ${units.id} = ${assignments.unitId})`;
  const communeSortKey = sql`(SELECT ${communes.sortKey} FROM ${communes} WHERE ${communes.id} = ${assignments.communeId})`;
  return new TableRepository<Assignment, AssignmentInput & object, AssignmentListQuery>({
    db,
    table: assignments,
    label: 'Phân công',
    inputSchema: AssignmentInputSchema,
    toRecord,
    toRow: (a) => a,
    filters: (q) => {
      const unitSearch = searchCondition(units.search, q.q);
      const communeSearch = searchCondition(communes.search, q.q);
      const district = districtCondition(db, q.district);
      return [
        unitSearch && communeSearch
          ? or(
              sql`${assignments.unitId} IN (SELECT ${units.id} FROM ${units} WHERE ${unitSearch})`,
              sql`${assignments.communeId} IN (SELECT ${communes.id} FROM ${communes} WHERE ${communeSearch})`,
            )
          : undefined,
        q.unitId ? eq(assignments.unitId, q.unitId) : undefined,
        q.communeId ? eq(assignments.communeId, q.communeId) : undefined,
        q.directiveId ? eq(assignments.directiveId, q.directiveId) : undefined,
        q.unitGroup
          ? sql`${assignments.unitId} IN (SELECT ${units.id} FROM ${units} WHERE ${inArray(units.group, q.unitGroup)})`
          : undefined,
        district
          ? sql`${assignments.communeId} IN (SELECT ${communes.id} FROM ${communes} WHERE ${district})`
          : undefined,
        q.role ? eq(assignments.role, q.role) : undefined,
        q.activeOn ? validOn(assignments.validFrom, assignments.validTo, q.activeOn) : undefined,
      ];
    },
    sorts: {
      validFrom: assignments.validFrom,
      validTo: assignments.validTo,
      unit: unitSortKey,
      commune: communeSortKey,
    },
    foreignKeys: [
      { field: 'unitId', table: units, label: 'đơn vị' },
      { field: 'communeId', table: communes, label: 'xã' },
      { field: 'directiveId', table: directives, label: 'văn bản chỉ đạo' },
    ],
    rules: (a, id) => checkNoOverlap(db, a, id),
  });
}
