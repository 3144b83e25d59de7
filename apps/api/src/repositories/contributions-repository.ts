/**
 * Contributions (tiền mặt, hiện vật, ngày công) as records of their own. Each write also bumps the
 * version of the parent activity in the same transaction, so that an activity's ETag changes when
 * its money changes. Contributions of a soft-deleted activity are out of lists and cannot be changed.
 */
import { type Contribution, ContributionInputSchema, type ContributionListQuery, foldVietnamese } from '@danvan/domain';
import { and, eq, gte, inArray, isNotNull, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../db/client.js';
import { activities, contributions, units } from '../db/schema.js';
import { staleProblem } from '../lib/etag.js';
import { HttpProblem } from '../plugins/problems.js';
import { type Row, searchCondition, TableRepository } from './table-repository.js';

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

/** 409 for any change under a soft-deleted activity. */
export function deletedActivityProblem(activityId: number): HttpProblem {
  return new HttpProblem(
    409,
    'deleted',
    'Hoạt động đã bị xoá',
    `Hoạt động id ${activityId} đã bị xoá; hãy khôi phục (POST /api/v1/activities/${activityId}/restore) trước khi sửa.`,
  );
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

  override create(input: NewContribution): Contribution {
    return this.db.transaction(() => {
      // A missing activity is left to the foreign-key check (400 on activityId).
      this.assertActivityNotDeleted(input.activityId);
      const created = super.create(input);
      touchActivity(this.db, input.activityId, created.updatedAt);
      return created;
    });
  }

  override update(id: number, expected: number | '*', patch: Partial<NewContribution>): Contribution | null {
    return this.db.transaction(() => {
      const current = this.get(id);
      if (!current) return null;
      if (expected !== '*' && current.version !== expected) throw staleProblem(this.options.label, current.version);
      this.assertActivityNotDeleted(current.activityId);
      const updated = super.update(id, expected, patch);
      if (updated) touchActivity(this.db, current.activityId, updated.updatedAt);
      return updated;
    });
  }

  /** Hard delete: a contribution entered by mistake leaves no trace but the activity's new version. */
  override remove(id: number, expected: number | '*'): boolean {
    return this.db.transaction(() => {
      const current = this.get(id);
      if (!current) return false;
      if (expected !== '*' && current.version !== expected) throw staleProblem(this.options.label, current.version);
      this.assertActivityNotDeleted(current.activityId);
      const removed = super.remove(id, expected);
      if (removed) touchActivity(this.db, current.activityId, this.now());
      return removed;
    });
  }

  private assertActivityNotDeleted(activityId: number): void {
    const parent = this.db
      .select({ deletedAt: activities.deletedAt })
      .from(activities)
      .where(eq(activities.id, activityId))
      .get();
    if (parent?.deletedAt) throw deletedActivityProblem(activityId);
  }
}

export function contributionsRepository(db: Db, now?: () => string): ContributionsRepository {
  return new ContributionsRepository(db, now);
}
