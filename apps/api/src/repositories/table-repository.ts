/**
 * A repository for a registry table (one row per record, `id` and `version` columns): paged,
 * filtered, sorted lists; reads; creates; version-checked updates and deletes; friendly refusals
 * for missing referenced records, duplicates and records still in use.
 */
import { foldVietnamese, type ListResult } from '@danvan/domain';
import { and, asc, count, desc, eq, getTableName, gte, isNull, like, lte, or, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import type { Db } from '../db/client.js';
import { staleProblem } from '../lib/etag.js';
import { HttpProblem } from '../plugins/problems.js';
import { confinedUnit, forbidden, SYSTEM_CONTEXT, type WriteContext, writeAudit } from './write-context.js';

// biome-ignore lint/suspicious/noExplicitAny: rows of any registry table pass through here.
export type Row = Record<string, any>;

// biome-ignore lint/suspicious/noExplicitAny: drizzle's table type is generic over its columns.
type AnyTable = SQLiteTable & Record<string, any>;

export interface PageQuery {
  page: number;
  limit: number;
  sort: string;
  q?: string | undefined;
}

export interface ForeignKey<I> {
  field: keyof I & string;
  table: AnyTable;
  label: string;
}

export interface Reference {
  table: AnyTable;
  column: SQLiteColumn;
  label: string;
  /** Extra condition, e.g. only rows not soft-deleted. */
  where?: SQL;
}

export interface TableRepositoryOptions<R, I extends object, Q extends PageQuery> {
  db: Db;
  table: AnyTable;
  /** "Đơn vị", for messages. */
  label: string;
  /** The full input schema: a patched record is checked against it as a whole. */
  inputSchema: z.ZodObject;
  toRecord(row: Row): R;
  /** Input fields → columns, with the derived ones (search, sort keys). */
  toRow(input: I): Row;
  filters(q: Q): (SQL | undefined)[];
  /** Sort names (without "-") → column or expression, or several compared in turn. Ties are broken by id. */
  sorts: Record<string, SQLiteColumn | SQL | readonly (SQLiteColumn | SQL)[]>;
  foreignKeys?: ForeignKey<I>[];
  references?: Reference[];
  /** Unique columns → message when a duplicate is sent. */
  unique?: { field: keyof I & string; column: SQLiteColumn; message: string }[];
  /**
   * Rules that look at other records (a directive's parent chain, overlapping assignments), checked
   * on the whole record before it is written; `id` is null on create. They throw an HttpProblem.
   */
  rules?: (record: I, id: number | null) => void;
  /** The clock of `createdAt`/`updatedAt` (tests fix it). */
  now?: () => string;
  /** The entity's name in the audit trail; the table's name if absent. */
  entity?: string;
  /**
   * For records that belong to a unit (plans, difficulties): a unit officer lists and reads only
   * their own unit's, and writes only records of their own unit.
   */
  owner?: { column: SQLiteColumn; field: keyof I & string };
  /** A check of every write against the record before and after it (e.g. month locks). */
  guard?: (before: R | null, after: I | null, ctx: WriteContext) => void;
}

/** `LIKE` pattern for a folded search text, with % and _ escaped. */
export function searchPattern(q: string): string {
  return `%${foldVietnamese(q).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function searchCondition(column: SQLiteColumn, q: string | undefined): SQL | undefined {
  if (!q || foldVietnamese(q) === '') return undefined;
  return sql`${like(column, searchPattern(q))} ESCAPE '\\'`;
}

/** Rows whose validity [from, to] (to null = open) holds on `date`. */
export function validOn(from: SQLiteColumn, to: SQLiteColumn, date: string): SQL | undefined {
  return and(lte(from, date), or(isNull(to), gte(to, date)));
}

/** Rows whose validity [from, to] overlaps the period. */
export function overlapsPeriod(from: SQLiteColumn, to: SQLiteColumn, period: { from: string; to: string }) {
  return and(lte(from, period.to), or(isNull(to), gte(to, period.from)));
}

export class TableRepository<R extends { id: number; version: number }, I extends object, Q extends PageQuery> {
  constructor(readonly options: TableRepositoryOptions<R, I, Q>) {}

  protected get db() {
    return this.options.db;
  }

  protected get table() {
    return this.options.table;
  }

  protected now(): string {
    return this.options.now?.() ?? new Date().toISOString();
  }

  protected get entity(): string {
    return this.options.entity ?? getTableName(this.table);
  }

  /** The owning unit's condition for a confined actor, refusing a filter on another unit. */
  protected ownerCondition(q: object, ctx: WriteContext): SQL | undefined {
    const unit = confinedUnit(ctx);
    if (!this.options.owner || unit === null) return undefined;
    const asked = (q as { unitId?: number }).unitId;
    if (asked !== undefined && asked !== unit) throw forbidden('Chỉ xem được dữ liệu của đơn vị mình');
    return eq(this.options.owner.column, unit);
  }

  /** Refuses to write a record of another unit for a confined actor. */
  protected assertOwnInput(input: Partial<I>, ctx: WriteContext): void {
    const unit = confinedUnit(ctx);
    if (!this.options.owner || unit === null) return;
    if (input[this.options.owner.field] !== unit) throw forbidden('Chỉ được ghi dữ liệu của đơn vị mình');
  }

  protected audit(ctx: WriteContext, id: number, action: string, before: R | null, after: R | null): void {
    writeAudit(this.db, ctx, { entity: this.entity, entityId: id, action, before, after }, this.now());
  }

  list(q: Q, ctx: WriteContext = SYSTEM_CONTEXT): ListResult<R> {
    const where = and(this.ownerCondition(q, ctx), ...this.options.filters(q).filter((c): c is SQL => c !== undefined));
    const total = this.db.select({ n: count() }).from(this.table).where(where).get()?.n ?? 0;
    const descending = q.sort.startsWith('-');
    const key = descending ? q.sort.slice(1) : q.sort;
    const sort = this.options.sorts[key];
    if (!sort) throw new HttpProblem(400, 'bad-sort', 'Không sắp xếp được', `Không có trường sắp xếp "${key}"`);
    const direction = descending ? desc : asc;
    const order = [...(Array.isArray(sort) ? sort : [sort]), this.table.id].map((c) => direction(c));
    const rows = this.db
      .select()
      .from(this.table)
      .where(where)
      .orderBy(...order)
      .limit(q.limit)
      .offset((q.page - 1) * q.limit)
      .all() as Row[];
    return {
      items: rows.map((r) => this.options.toRecord(r)),
      total,
      page: q.page,
      limit: q.limit,
      pages: Math.ceil(total / q.limit),
    };
  }

  /** The record, or null when it does not exist or the actor may not see it. */
  get(id: number, ctx: WriteContext = SYSTEM_CONTEXT): R | null {
    const row = this.db.select().from(this.table).where(eq(this.table.id, id)).get() as Row | undefined;
    if (!row) return null;
    const unit = confinedUnit(ctx);
    if (this.options.owner && unit !== null && row[this.options.owner.field] !== unit) return null;
    return this.options.toRecord(row);
  }

  create(input: I, ctx: WriteContext = SYSTEM_CONTEXT): R {
    return this.db.transaction(() => {
      this.assertOwnInput(input, ctx);
      this.options.guard?.(null, input, ctx);
      this.checkForeignKeys(input);
      this.checkUnique(input, null);
      this.options.rules?.(input, null);
      const now = this.now();
      const [row] = this.db
        .insert(this.table)
        .values({ ...this.options.toRow(input), version: 1, createdAt: now, updatedAt: now })
        .returning()
        .all() as Row[];
      const created = this.options.toRecord(row!);
      this.audit(ctx, created.id, 'create', null, created);
      return created;
    });
  }

  /** Applies a partial update if the record is still at `expected`; null when it does not exist. */
  update(id: number, expected: number | '*', patch: Partial<I>, ctx: WriteContext = SYSTEM_CONTEXT): R | null {
    return this.db.transaction(() => {
      const current = this.get(id, ctx);
      if (!current) return null;
      if (expected !== '*' && current.version !== expected) throw staleProblem(this.options.label, current.version);
      const merged = this.validateMerged(current, patch);
      this.assertOwnInput(merged, ctx);
      this.options.guard?.(current, merged, ctx);
      this.checkForeignKeys(patch);
      this.checkUnique(patch, id);
      this.options.rules?.(merged, id);
      const [row] = this.db
        .update(this.table)
        .set({ ...this.options.toRow(merged), version: sql`${this.table.version} + 1`, updatedAt: this.now() })
        .where(and(eq(this.table.id, id), eq(this.table.version, current.version)))
        .returning()
        .all() as Row[];
      if (!row) throw staleProblem(this.options.label, current.version + 1);
      const updated = this.options.toRecord(row);
      this.audit(ctx, id, 'update', current, updated);
      return updated;
    });
  }

  /** Deletes the record if it is still at `expected` and nothing refers to it; false when it does not exist. */
  remove(id: number, expected: number | '*', ctx: WriteContext = SYSTEM_CONTEXT): boolean {
    return this.db.transaction(() => {
      const current = this.get(id, ctx);
      if (!current) return false;
      if (expected !== '*' && current.version !== expected) throw staleProblem(this.options.label, current.version);
      this.options.guard?.(current, null, ctx);
      this.checkNotReferenced(id);
      this.db.delete(this.table).where(eq(this.table.id, id)).run();
      this.audit(ctx, id, 'delete', current, null);
      return true;
    });
  }

  /** The record's input fields with the patch applied, checked as a whole (e.g. date order). */
  protected validateMerged(current: R, patch: Partial<I>): I {
    const fields: Record<string, unknown> = {};
    for (const key of Object.keys(this.options.inputSchema.shape)) {
      fields[key] = key in patch ? (patch as Record<string, unknown>)[key] : (current as Record<string, unknown>)[key];
    }
    const parsed = this.options.inputSchema.safeParse(fields);
    if (!parsed.success) {
      throw new HttpProblem(
        400,
        'validation',
        'Dữ liệu không hợp lệ',
        'Bản ghi sau khi sửa không hợp lệ',
        parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      );
    }
    return parsed.data as I;
  }

  protected checkForeignKeys(input: Partial<I>): void {
    const errors: { path: string; message: string }[] = [];
    for (const fk of this.options.foreignKeys ?? []) {
      const value = input[fk.field];
      if (value === undefined || value === null) continue;
      const found = this.db.select({ id: fk.table.id }).from(fk.table).where(eq(fk.table.id, value)).get();
      if (!found) errors.push({ path: fk.field, message: `Không có ${fk.label} với id ${String(value)}` });
    }
    if (errors.length > 0) {
      throw new HttpProblem(400, 'validation', 'Dữ liệu không hợp lệ', errors.map((e) => e.message).join('; '), errors);
    }
  }

  protected checkUnique(input: Partial<I>, exceptId: number | null): void {
    for (const u of this.options.unique ?? []) {
      const value = input[u.field];
      if (value === undefined || value === null) continue;
      const other = this.db
        .select({ id: this.table.id })
        .from(this.table)
        .where(and(eq(u.column, value), exceptId === null ? undefined : sql`${this.table.id} <> ${exceptId}`))
        .get();
      if (other) {
        throw new HttpProblem(409, 'duplicate', 'Trùng dữ liệu', `${u.message} (bản ghi id ${other.id})`, [
          { path: u.field, message: u.message },
        ]);
      }
    }
  }

  protected checkNotReferenced(id: number): void {
    const uses: string[] = [];
    for (const ref of this.options.references ?? []) {
      const n =
        this.db
          .select({ n: count() })
          .from(ref.table)
          .where(and(eq(ref.column, id), ref.where))
          .get()?.n ?? 0;
      if (n > 0) uses.push(`${n} ${ref.label}`);
    }
    if (uses.length > 0) {
      throw new HttpProblem(
        409,
        'in-use',
        'Không thể xoá',
        `${this.options.label} đang được dùng bởi ${uses.join(', ')}. Hãy kết thúc hiệu lực thay vì xoá.`,
      );
    }
  }
}
