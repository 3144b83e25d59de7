import type { Difficulty, DifficultyInput, DifficultyListQuery } from '@danvan/domain';
import { DifficultyInputSchema, DifficultyStatus } from '@danvan/domain';
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { difficultyDerived } from '../db/derived.js';
import { communes, difficulties, units } from '../db/schema.js';
import { overlapsPeriod, type Row, searchCondition, TableRepository } from './table-repository.js';

function toRecord(r: Row): Difficulty {
  return {
    id: r.id,
    unitId: r.unitId,
    communeId: r.communeId,
    kind: r.kind,
    text: r.text,
    recommendation: r.recommendation,
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    status: r.status,
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

/** Statuses sort in the order a difficulty goes through them (mới → đang xử lý → đã giải quyết), not by code. */
const statusOrder = sql`CASE ${difficulties.status} ${sql.join(
  DifficultyStatus.codes.map((code, i) => sql`WHEN ${code} THEN ${i}`),
  sql` `,
)} END`;

export function difficultiesRepository(db: Db) {
  return new TableRepository<Difficulty, DifficultyInput & object, DifficultyListQuery>({
    db,
    table: difficulties,
    label: 'Khó khăn, kiến nghị',
    inputSchema: DifficultyInputSchema,
    toRecord,
    toRow: (d) => ({ ...d, ...difficultyDerived({ text: d.text, recommendation: d.recommendation ?? '' }) }),
    filters: (q) => [
      searchCondition(difficulties.search, q.q),
      q.unitId ? eq(difficulties.unitId, q.unitId) : undefined,
      q.communeId ? eq(difficulties.communeId, q.communeId) : undefined,
      q.kind ? inArray(difficulties.kind, q.kind) : undefined,
      q.status ? inArray(difficulties.status, q.status) : undefined,
      q.from || q.to
        ? overlapsPeriod(difficulties.periodFrom, difficulties.periodTo, {
            from: q.from ?? '0000-01-01',
            to: q.to ?? '9999-12-31',
          })
        : undefined,
    ],
    sorts: {
      periodFrom: difficulties.periodFrom,
      createdAt: difficulties.createdAt,
      status: statusOrder,
    },
    owner: { column: difficulties.unitId, field: 'unitId' },
    foreignKeys: [
      { field: 'unitId', table: units, label: 'đơn vị' },
      { field: 'communeId', table: communes, label: 'xã' },
    ],
  });
}
