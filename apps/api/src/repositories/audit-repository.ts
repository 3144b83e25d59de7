/** Reading the audit trail. It is only ever appended to (write-context.ts); nothing changes it. */
import { type AuditEntry, type AuditListQuery, addDays, type ListResult } from '@danvan/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';

interface AuditRow {
  id: number;
  at: string;
  actorKind: AuditEntry['actorKind'];
  actorId: number | null;
  actorName: string;
  entity: string;
  entityId: string;
  action: AuditEntry['action'];
  before: string | null;
  after: string | null;
  requestId: string | null;
}

function toEntry(r: AuditRow): AuditEntry {
  return {
    ...r,
    before: r.before === null ? null : JSON.parse(r.before),
    after: r.after === null ? null : JSON.parse(r.after),
  };
}

const COLUMNS = sql`id, at, actor_kind AS actorKind, actor_id AS actorId, actor_name AS actorName, entity,
  entity_id AS entityId, action, before, after, request_id AS requestId`;

export class AuditRepository {
  constructor(private readonly db: Db) {}

  list(q: AuditListQuery): ListResult<AuditEntry> {
    const conditions: SQL[] = [sql`1 = 1`];
    if (q.entity) conditions.push(sql`entity = ${q.entity}`);
    if (q.entityId) conditions.push(sql`entity_id = ${q.entityId}`);
    if (q.actorId !== undefined) conditions.push(sql`actor_id = ${q.actorId}`);
    if (q.action) conditions.push(sql`action = ${q.action}`);
    // `at` is a UTC instant; a day in Vietnam starts at 17:00 UTC the day before.
    if (q.from) conditions.push(sql`at >= ${vietnamDayStart(q.from)}`);
    if (q.to) conditions.push(sql`at < ${vietnamDayStart(addDays(q.to, 1))}`);
    const where = sql.join(conditions, sql` AND `);
    const order = q.sort === 'at' ? sql`at ASC, id ASC` : sql`at DESC, id DESC`;
    const total = this.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM audit_log WHERE ${where}`)?.n ?? 0;
    const rows = this.db.all<AuditRow>(
      sql`SELECT ${COLUMNS} FROM audit_log WHERE ${where} ORDER BY ${order} LIMIT ${q.limit} OFFSET ${(q.page - 1) * q.limit}`,
    );
    return { items: rows.map(toEntry), total, page: q.page, limit: q.limit, pages: Math.ceil(total / q.limit) };
  }

  /** The history of one record, oldest first. */
  history(entity: string, entityId: number | string): AuditEntry[] {
    return this.db
      .all<AuditRow>(
        sql`SELECT ${COLUMNS} FROM audit_log WHERE entity = ${entity} AND entity_id = ${String(entityId)} ORDER BY at, id`,
      )
      .map(toEntry);
  }
}

function vietnamDayStart(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00+07:00`)).toISOString();
}
