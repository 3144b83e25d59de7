/**
 * Who writes, and the rules every write obeys whatever route it comes from: the audit trail,
 * month locks, and a unit officer's reach (their own unit's records only).
 */
import type { Role } from '@danvan/domain';
import { formatMonth } from '@danvan/domain';
import { sql } from 'drizzle-orm';
import { type Db, sqliteOf } from '../db/client.js';
import { HttpProblem } from '../plugins/problems.js';

export interface Actor {
  kind: 'user' | 'token' | 'system';
  id: number | null;
  name: string;
  role: Role | 'system';
  /** The unit a unit officer (or a write token) acts for. */
  unitId: number | null;
}

export interface WriteContext {
  actor: Actor;
  requestId?: string | undefined;
}

/** Writes made by the system itself (demo data, imports run from the command line, tests). */
export const SYSTEM_CONTEXT: WriteContext = {
  actor: { kind: 'system', id: null, name: 'Hệ thống', role: 'system', unitId: null },
};

/** The unit an actor is confined to, or null when it may see and write every unit's records. */
export function confinedUnit(ctx: WriteContext): number | null {
  return ctx.actor.role === 'unit_officer' ? (ctx.actor.unitId ?? -1) : null;
}

export function isAdmin(ctx: WriteContext): boolean {
  return ctx.actor.role === 'admin' || ctx.actor.role === 'system';
}

export function forbidden(detail: string): HttpProblem {
  return new HttpProblem(403, 'forbidden', 'Không có quyền', detail);
}

export interface AuditRecord {
  entity: string;
  entityId: number | string;
  action: string;
  before: unknown;
  after: unknown;
}

/** Appends to the audit trail, inside the caller's transaction. */
export function writeAudit(db: Db, ctx: WriteContext, entry: AuditRecord, at: string = new Date().toISOString()): void {
  const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
  db.run(sql`INSERT INTO audit_log (at, actor_kind, actor_id, actor_name, entity, entity_id, action, before, after, request_id)
    VALUES (${at}, ${ctx.actor.kind}, ${ctx.actor.id}, ${ctx.actor.name}, ${entry.entity}, ${String(entry.entityId)},
            ${entry.action}, ${json(entry.before)}, ${json(entry.after)}, ${ctx.requestId ?? null})`);
}

/**
 * The same appends as `writeAudit`, through one prepared statement: for bulk writes (imports) that
 * add thousands of entries in one transaction.
 */
export function preparedAudit(db: Db, ctx: WriteContext): (entry: AuditRecord, at: string) => void {
  const statement = sqliteOf(db).prepare(
    `INSERT INTO audit_log (at, actor_kind, actor_id, actor_name, entity, entity_id, action, before, after, request_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
  return (entry, at) => {
    statement.run(
      at,
      ctx.actor.kind,
      ctx.actor.id,
      ctx.actor.name,
      entry.entity,
      String(entry.entityId),
      entry.action,
      json(entry.before),
      json(entry.after),
      ctx.requestId ?? null,
    );
  };
}

/** Refuses a change to records of a locked month (dates `YYYY-MM-DD` or months `YYYY-MM`). */
export function assertMonthsOpen(db: Db, dates: (string | null | undefined)[]): void {
  const months = [...new Set(dates.filter((d): d is string => !!d).map((d) => d.slice(0, 7)))];
  for (const month of months) {
    const lock = db.get<{ reason: string } | undefined>(sql`SELECT reason FROM month_locks WHERE month = ${month}`);
    if (lock) {
      throw new HttpProblem(
        409,
        'month-locked',
        'Tháng đã khoá sổ',
        `${formatMonth(month)} đã khoá sổ (${lock.reason}). Quản trị cần mở khoá trước khi thay đổi số liệu của tháng này.`,
      );
    }
  }
}
