/**
 * Contributions (tiền mặt, hiện vật, ngày công) as records of their own. Each write also bumps the
 * version of the parent activity in the same transaction, so that an activity's ETag changes when
 * its money changes. Contributions of a soft-deleted activity are out of lists and cannot be changed.
 */
import { type Contribution, ContributionInputSchema, type ContributionListQuery, foldVietnamese } from '@danvan/domain';
import { and, eq, gte, inArray, isNotNull, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../db/client.js';
import { activities, activityUnits, contributions, units } from '../db/schema.js';
import { staleProblem } from '../lib/etag.js';
import { assertActivityEditable } from './activity-rules.js';
import { type Row, searchCondition, TableRepository } from './table-repository.js';
import { confinedUnit, SYSTEM_CONTEXT, type WriteContext } from './write-context.js';

export type NewContribution = z.output<typeof ContributionInputSchema>;

export function toContribution(r: Row): Contribution {
  return {
    id: r.id,
    activityId: r.activityId,
    unitId: r.unitId,
    kind: r.kind,
    source: r.source,
    item: r.item,
    quantity: r.quantity,
    measureUnit: r.measureUnit,
    valueVnd: r.valueVnd,
    valuationMethod: r.valuationMethod,
    note: r.note,
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

/** A new version and change time for an activity whose contributions changed. */
export function touchActivity(db: Db, activityId: number, now: string): void {
  db.update(activities)
    .set({ version: sql`${activities.version} + 1`, updatedAt: now })
    .where(eq(activities.id, activityId))
    .run();
}

/**
 * `q` over contributions: the item (e.g. "xi mang" finds "Xi măng") or the activity's title and
 * description. Items have no folded column, but their distinct names are few: they are folded
 * here and matched by exact value.
 */
function searchContributions(db: Db, q: string | undefined): SQL | undefined {
  const needle = q === undefined ? '' : foldVietnamese(q);
  if (needle === '') return undefined;
  const items = db
    .selectDistinct({ item: contributions.item })
    .from(contributions)
    .where(isNotNull(contributions.item))
    .all()
    .map((r) => r.item as string)
    .filter((item) => foldVietnamese(item).includes(needle));
  return or(
    inArray(contributions.item, items),
    inArray(
      contributions.activityId,
      db.select({ id: activities.id }).from(activities).where(searchCondition(activities.search, q)),
    ),
  );
}

/** The start date of the contribution's activity, for sorting. */
const activityDate = sql`(SELECT ${activities.startDate} FROM ${activities} WHERE ${activities.id} = ${contributions.activityId})`;

/** The unit a confined actor's list is narrowed to (set by `list`, never from the query string). */
function ownUnitOf(q: ContributionListQuery): number | undefined {
  return (q as ContributionListQuery & { ownUnit?: number }).ownUnit;
}

export class ContributionsRepository extends TableRepository<Contribution, NewContribution, ContributionListQuery> {
  constructor(db: Db, now?: () => string) {
    super({
      db,
      table: contributions,
      label: 'Khoản đóng góp',
      inputSchema: ContributionInputSchema,
      toRecord: toContribution,
      toRow: (c) => ({
        activityId: c.activityId,
        unitId: c.unitId,
        kind: c.kind,
        source: c.source,
        item: c.item,
        quantity: c.quantity,
        measureUnit: c.measureUnit,
        valueVnd: c.valueVnd,
        valuationMethod: c.valuationMethod,
        note: c.note,
      }),
      filters: (q) => [
        // Filters on the activity, which must not be soft-deleted.
        inArray(
          contributions.activityId,
          db
            .select({ id: activities.id })
            .from(activities)
            .where(
              and(
                isNull(activities.deletedAt),
                q.communeId !== undefined ? eq(activities.communeId, q.communeId) : undefined,
                q.status ? inArray(activities.status, q.status) : undefined,
                q.from ? gte(activities.startDate, q.from) : undefined,
                q.to ? lte(activities.startDate, q.to) : undefined,
              ),
            ),
        ),
        q.activityId !== undefined ? eq(contributions.activityId, q.activityId) : undefined,
        ownUnitOf(q) !== undefined
          ? inArray(
              contributions.activityId,
              db
                .select({ id: activityUnits.activityId })
                .from(activityUnits)
                .where(eq(activityUnits.unitId, ownUnitOf(q)!)),
            )
          : undefined,
        q.unitId !== undefined ? eq(contributions.unitId, q.unitId) : undefined,
        q.kind ? inArray(contributions.kind, q.kind) : undefined,
        q.source ? inArray(contributions.source, q.source) : undefined,
        searchContributions(db, q.q),
      ],
      sorts: { activityDate, valueVnd: contributions.valueVnd, createdAt: contributions.createdAt },
      foreignKeys: [
        { field: 'activityId', table: activities, label: 'hoạt động' },
        { field: 'unitId', table: units, label: 'đơn vị' },
      ],
      ...(now ? { now } : {}),
    });
  }

  /** A confined actor sees only contributions to activities its unit organises. */
  override list(q: ContributionListQuery, ctx: WriteContext = SYSTEM_CONTEXT) {
    const unit = confinedUnit(ctx);
    if (unit === null) return super.list(q, ctx);
    return super.list({ ...q, ownUnit: unit } as ContributionListQuery, ctx);
  }

  override get(id: number, ctx: WriteContext = SYSTEM_CONTEXT): Contribution | null {
    const found = super.get(id, ctx);
    if (!found) return null;
    const unit = confinedUnit(ctx);
    return unit === null || this.organisers(found.activityId).includes(unit) ? found : null;
  }

  override create(input: NewContribution, ctx: WriteContext = SYSTEM_CONTEXT): Contribution {
    return this.db.transaction(() => {
      // A missing activity is left to the foreign-key check (400 on activityId).
      this.assertActivityEditable(input.activityId, ctx);
      const created = super.create(input, ctx);
      touchActivity(this.db, input.activityId, created.updatedAt);
      return created;
    });
  }

  override update(
    id: number,
    expected: number | '*',
    patch: Partial<NewContribution>,
    ctx: WriteContext = SYSTEM_CONTEXT,
  ): Contribution | null {
    return this.db.transaction(() => {
      const current = this.get(id, ctx);
      if (!current) return null;
      if (expected !== '*' && current.version !== expected) throw staleProblem(this.options.label, current.version);
      this.assertActivityEditable(current.activityId, ctx);
      const updated = super.update(id, expected, patch, ctx);
      if (updated) touchActivity(this.db, current.activityId, updated.updatedAt);
      return updated;
    });
  }

  /** Hard delete: a contribution entered by mistake leaves the audit entry and the activity's new version. */
  override remove(id: number, expected: number | '*', ctx: WriteContext = SYSTEM_CONTEXT): boolean {
    return this.db.transaction(() => {
      const current = this.get(id, ctx);
      if (!current) return false;
      if (expected !== '*' && current.version !== expected) throw staleProblem(this.options.label, current.version);
      this.assertActivityEditable(current.activityId, ctx);
      const removed = super.remove(id, expected, ctx);
      if (removed) touchActivity(this.db, current.activityId, this.now());
      return removed;
    });
  }

  private organisers(activityId: number): number[] {
    return this.db
      .select({ unitId: activityUnits.unitId })
      .from(activityUnits)
      .where(eq(activityUnits.activityId, activityId))
      .all()
      .map((r) => r.unitId);
  }

  /** The parent activity's rules (not deleted, own unit, status, month lock) hold for its money too. */
  private assertActivityEditable(activityId: number, ctx: WriteContext): void {
    const parent = this.db
      .select({
        id: activities.id,
        status: activities.status,
        startDate: activities.startDate,
        deletedAt: activities.deletedAt,
      })
      .from(activities)
      .where(eq(activities.id, activityId))
      .get();
    if (!parent) return;
    assertActivityEditable(this.db, { ...parent, unitIds: this.organisers(activityId) }, ctx);
  }
}

export function contributionsRepository(db: Db, now?: () => string): ContributionsRepository {
  return new ContributionsRepository(db, now);
}
