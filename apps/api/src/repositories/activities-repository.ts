/**
 * Activities read and written whole: the activity row with its organising units (in order, the
 * first is the lead; each is one lượt), categories (in order), NTM criteria, participants and
 * contributions. Lists load the children of a page with one query per child table.
 *
 * Deleting is soft: `deleted_at` is set and the activity leaves lists and figures, but it can
 * still be read and restored. A deleted activity cannot be edited until it is restored.
 */
import {
  type Activity,
  ActivityInputSchema,
  type ActivityListQuery,
  type ActivityPatchSchema,
  ActivityStatus,
  type Contribution,
  type FieldError,
  foldVietnamese,
  type ListResult,
  MAX_PAGE_SIZE,
  type NtmCriterion,
  type ParticipantCount,
  ParticipantGroup,
} from '@danvan/domain';
import { and, asc, count, desc, eq, exists, gte, inArray, isNotNull, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import { type Db, sqliteOf } from '../db/client.js';
import { activityDerived } from '../db/derived.js';
import {
  activities,
  activityCategories,
  activityNtmCriteria,
  activityParticipants,
  activityUnits,
  communes,
  contributions,
  units,
} from '../db/schema.js';
import { FOLD_FUNCTION, registerSqlFunctions } from '../db/sql-functions.js';
import { staleProblem } from '../lib/etag.js';
import { HttpProblem } from '../plugins/problems.js';
import { assertActivityEditable, canSee, deletedActivityProblem } from './activity-rules.js';
import { districtCondition } from './communes-repository.js';
import { toContribution } from './contributions-repository.js';
import { searchCondition } from './table-repository.js';
import {
  assertMonthsOpen,
  confinedUnit,
  forbidden,
  isAdmin,
  SYSTEM_CONTEXT,
  type WriteContext,
  writeAudit,
} from './write-context.js';

export type NewActivity = z.output<typeof ActivityInputSchema>;
export type ActivityChanges = z.output<typeof ActivityPatchSchema>;

type ActivityRow = typeof activities.$inferSelect;

interface Children {
  unitIds: number[];
  categories: Activity['categories'];
  ntmCriteria: NtmCriterion[];
  participants: ParticipantCount[];
  contributions: Contribution[];
}

const LABEL = 'Hoạt động';
/** The category the figures give an activity that has none. */
const OTHER_CATEGORY = 'khac' satisfies Activity['categories'][number];

/** The fields a client edits (the input's, without the inline contributions). */
const EDITABLE_FIELDS = Object.keys(ActivityInputSchema.shape).filter((k) => k !== 'contributions');

const SORTS: Record<string, SQLiteColumn> = {
  startDate: activities.startDate,
  title: activities.title,
  createdAt: activities.createdAt,
  updatedAt: activities.updatedAt,
};

const groupOrder = new Map<string, number>(ParticipantGroup.codes.map((g, i) => [g, i]));

/**
 * Slices of ids for `IN (…)`: a page (at most MAX_PAGE_SIZE rows) takes one query per child table, and a
 * CSV download of many thousand rows stays under SQLite's limit on bound parameters.
 */
function inChunks<T>(list: readonly T[], size = MAX_PAGE_SIZE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

function validationProblem(detail: string, errors: FieldError[]): HttpProblem {
  return new HttpProblem(400, 'validation', 'Dữ liệu không hợp lệ', detail, errors);
}

function activityColumns(a: Omit<NewActivity, 'contributions'>) {
  return {
    title: a.title,
    communeId: a.communeId,
    startDate: a.startDate,
    endDate: a.endDate,
    beneficiaries: a.beneficiaries,
    description: a.description,
    ...activityDerived(a),
  };
}

const TRANSITIONS: Record<'submit' | 'approve' | 'return', { from: readonly Activity['status'][]; verb: string }> = {
  submit: { from: ['draft', 'returned'], verb: 'gửi duyệt' },
  approve: { from: ['submitted'], verb: 'duyệt' },
  return: { from: ['submitted', 'approved'], verb: 'trả lại' },
};

export class ActivitiesRepository {
  constructor(
    private readonly db: Db,
    private readonly clock: () => string = () => new Date().toISOString(),
  ) {
    registerSqlFunctions(sqliteOf(db));
  }

  list(q: ActivityListQuery, ctx: WriteContext = SYSTEM_CONTEXT): ListResult<Activity> {
    const where = and(this.ownCondition(q.unitId, ctx), ...this.filters(q));
    const total = this.db.select({ n: count() }).from(activities).where(where).get()?.n ?? 0;
    const descending = q.sort.startsWith('-');
    const key = descending ? q.sort.slice(1) : q.sort;
    const column = SORTS[key];
    if (!column) throw new HttpProblem(400, 'bad-sort', 'Không sắp xếp được', `Không có trường sắp xếp "${key}"`);
    const direction = descending ? desc : asc;
    const rows = this.db
      .select()
      .from(activities)
      .where(where)
      .orderBy(direction(column), direction(activities.id))
      .limit(q.limit)
      .offset((q.page - 1) * q.limit)
      .all();
    return {
      items: this.assemble(rows),
      total,
      page: q.page,
      limit: q.limit,
      pages: Math.ceil(total / q.limit),
    };
  }

  /** The activity, or null when it does not exist or the actor may not see it. */
  get(id: number, ctx: WriteContext = SYSTEM_CONTEXT): Activity | null {
    const row = this.db.select().from(activities).where(eq(activities.id, id)).get();
    const activity = row ? (this.assemble([row])[0] ?? null) : null;
    return activity && canSee(activity, ctx) ? activity : null;
  }

  /**
   * A confined actor (unit officer, write token) sees only activities its unit organises, and may
   * not ask for another unit's.
   */
  private ownCondition(askedUnit: number | undefined, ctx: WriteContext): SQL | undefined {
    const unit = confinedUnit(ctx);
    if (unit === null) return undefined;
    if (askedUnit !== undefined && askedUnit !== unit) throw forbidden('Chỉ xem được hoạt động của đơn vị mình');
    return inArray(
      activities.id,
      this.db.select({ id: activityUnits.activityId }).from(activityUnits).where(eq(activityUnits.unitId, unit)),
    );
  }

  private audit(ctx: WriteContext, id: number, action: string, before: Activity | null, after: Activity | null) {
    writeAudit(this.db, ctx, { entity: 'activities', entityId: id, action, before, after }, this.clock());
  }

  create(input: NewActivity, ctx: WriteContext = SYSTEM_CONTEXT): Activity {
    return this.db.transaction(() => {
      const unit = confinedUnit(ctx);
      if (unit !== null && !input.unitIds.includes(unit)) {
        throw forbidden('Đơn vị của bạn phải là một trong các đơn vị tổ chức hoạt động');
      }
      assertMonthsOpen(this.db, [input.startDate]);
      this.checkReferences(input);
      const now = this.clock();
      const [row] = this.db
        .insert(activities)
        .values({ ...activityColumns(input), status: 'draft', version: 1, createdAt: now, updatedAt: now })
        .returning({ id: activities.id })
        .all();
      const id = row!.id;
      this.writeChildren(id, input);
      if (input.contributions.length > 0) {
        this.db
          .insert(contributions)
          .values(
            input.contributions.map((c) => ({ ...c, activityId: id, version: 1, createdAt: now, updatedAt: now })),
          )
          .run();
      }
      const created = this.get(id)!;
      this.audit(ctx, id, 'create', null, created);
      return created;
    });
  }

  /**
   * Applies a partial update if the activity is still at `expected`; the child lists given replace
   * the stored ones. Null when it does not exist.
   */
  update(id: number, expected: number | '*', patch: ActivityChanges, ctx: WriteContext = SYSTEM_CONTEXT) {
    return this.db.transaction(() => {
      const current = this.get(id, ctx);
      if (!current) return null;
      this.checkVersion(current, expected);
      assertActivityEditable(this.db, current, ctx);
      const merged = this.validateMerged(current, patch);
      const unit = confinedUnit(ctx);
      if (unit !== null && !merged.unitIds.includes(unit)) {
        throw forbidden('Đơn vị của bạn phải là một trong các đơn vị tổ chức hoạt động');
      }
      assertMonthsOpen(this.db, [merged.startDate]);
      this.checkReferences(patch);
      const [row] = this.db
        .update(activities)
        .set({ ...activityColumns(merged), version: sql`${activities.version} + 1`, updatedAt: this.clock() })
        .where(and(eq(activities.id, id), eq(activities.version, current.version)))
        .returning({ id: activities.id })
        .all();
      if (!row) throw staleProblem(LABEL, current.version + 1);
      this.writeChildren(id, patch, true);
      const updated = this.get(id)!;
      this.audit(ctx, id, 'update', current, updated);
      return updated;
    });
  }

  /** Soft delete; false when the activity does not exist, 409 when it is already deleted. */
  remove(id: number, expected: number | '*', ctx: WriteContext = SYSTEM_CONTEXT): boolean {
    return this.setDeleted(id, expected, true, ctx) !== null;
  }

  /** Undoes a soft delete; null when the activity does not exist, 409 when it is not deleted. */
  restore(id: number, expected: number | '*', ctx: WriteContext = SYSTEM_CONTEXT): Activity | null {
    return this.setDeleted(id, expected, false, ctx);
  }

  /**
   * A step of the review workflow: submit (draft or returned → submitted), approve (submitted →
   * approved, admins), return with a comment (submitted or approved → returned, admins).
   */
  transition(
    id: number,
    expected: number | '*',
    action: 'submit' | 'approve' | 'return',
    comment: string | null,
    ctx: WriteContext = SYSTEM_CONTEXT,
  ): Activity | null {
    return this.db.transaction(() => {
      const current = this.get(id, ctx);
      if (!current) return null;
      this.checkVersion(current, expected);
      if (current.deletedAt) throw deletedActivityProblem(id);
      if (action !== 'submit' && !isAdmin(ctx)) throw forbidden('Chỉ quản trị mới duyệt hoặc trả lại hoạt động');
      const allowed = TRANSITIONS[action];
      if (!allowed.from.includes(current.status)) {
        throw new HttpProblem(
          409,
          'bad-transition',
          'Không chuyển được trạng thái',
          `Hoạt động đang ở trạng thái "${ActivityStatus.labels[current.status]}": không thể ${allowed.verb}.`,
        );
      }
      if (action === 'return' && !comment) {
        throw validationProblem('Trả lại cần ghi lý do', [{ path: 'comment', message: 'Cần ghi lý do trả lại' }]);
      }
      assertMonthsOpen(this.db, [current.startDate]);
      const now = this.clock();
      const changes =
        action === 'submit'
          ? { status: 'submitted' as const, submittedAt: now }
          : action === 'approve'
            ? { status: 'approved' as const, approvedAt: now }
            : { status: 'returned' as const, reviewComment: comment, approvedAt: null };
      const [row] = this.db
        .update(activities)
        .set({ ...changes, version: sql`${activities.version} + 1`, updatedAt: now })
        .where(and(eq(activities.id, id), eq(activities.version, current.version)))
        .returning({ id: activities.id })
        .all();
      if (!row) throw staleProblem(LABEL, current.version + 1);
      const updated = this.get(id)!;
      this.audit(ctx, id, action, current, updated);
      return updated;
    });
  }

  private setDeleted(id: number, expected: number | '*', deleted: boolean, ctx: WriteContext): Activity | null {
    return this.db.transaction(() => {
      const before = this.get(id, ctx);
      if (!before) return null;
      const current = this.db.select().from(activities).where(eq(activities.id, id)).get()!;
      this.checkVersion(current, expected);
      if (deleted && current.deletedAt) {
        throw new HttpProblem(
          409,
          'already-deleted',
          'Hoạt động đã bị xoá',
          `Hoạt động id ${id} đã bị xoá từ trước (${current.deletedAt}).`,
        );
      }
      if (!deleted && !current.deletedAt) {
        throw new HttpProblem(409, 'not-deleted', 'Hoạt động chưa bị xoá', `Hoạt động id ${id} chưa bị xoá.`);
      }
      if (deleted) assertActivityEditable(this.db, before, ctx);
      else assertMonthsOpen(this.db, [before.startDate]);
      const now = this.clock();
      const [row] = this.db
        .update(activities)
        .set({ deletedAt: deleted ? now : null, version: sql`${activities.version} + 1`, updatedAt: now })
        .where(and(eq(activities.id, id), eq(activities.version, current.version)))
        .returning({ id: activities.id })
        .all();
      if (!row) throw staleProblem(LABEL, current.version + 1);
      const after = this.get(id)!;
      this.audit(ctx, id, deleted ? 'delete' : 'restore', before, after);
      return after;
    });
  }

  private checkVersion(current: { version: number }, expected: number | '*'): void {
    if (expected !== '*' && current.version !== expected) throw staleProblem(LABEL, current.version);
  }

  private filters(q: ActivityListQuery): (SQL | undefined)[] {
    const withUnit = (condition: SQL) =>
      inArray(activities.id, this.db.select({ id: activityUnits.activityId }).from(activityUnits).where(condition));
    return [
      searchCondition(activities.search, q.q),
      q.deleted === 'exclude'
        ? isNull(activities.deletedAt)
        : q.deleted === 'only'
          ? isNotNull(activities.deletedAt)
          : undefined,
      q.status ? inArray(activities.status, q.status) : undefined,
      q.communeId !== undefined ? eq(activities.communeId, q.communeId) : undefined,
      q.from ? gte(activities.startDate, q.from) : undefined,
      q.to ? lte(activities.startDate, q.to) : undefined,
      q.unitId !== undefined ? withUnit(eq(activityUnits.unitId, q.unitId)) : undefined,
      q.unitGroup
        ? withUnit(
            inArray(
              activityUnits.unitId,
              this.db.select({ id: units.id }).from(units).where(inArray(units.group, q.unitGroup)),
            ),
          )
        : undefined,
      q.category
        ? inArray(
            activities.id,
            this.db
              .select({ id: activityCategories.activityId })
              .from(activityCategories)
              .where(inArray(activityCategories.category, q.category)),
          )
        : undefined,
      q.ntm ? this.ntmCondition(q.ntm) : undefined,
      q.mainCategory ? this.mainCategoryCondition(q.mainCategory) : undefined,
      this.contributionCondition(q),
      this.inCommunes(districtCondition(this.db, q.district)),
      this.inCommunes(q.remote === undefined ? undefined : eq(communes.remote, q.remote)),
    ];
  }

  /**
   * The activity's main category — the one at the lowest position, "khác" when it has none — is one of
   * these: how the funding figures attribute an activity's money to a single category.
   */
  private mainCategoryCondition(categories: readonly string[]): SQL {
    const main = sql`(SELECT ${activityCategories.category} FROM ${activityCategories}
      WHERE ${activityCategories.activityId} = ${activities.id}
      ORDER BY ${activityCategories.position} LIMIT 1)`;
    return inArray(sql`coalesce(${main}, ${OTHER_CATEGORY})`, [...categories]);
  }

  /**
   * One contribution of the activity meets every contribution filter given (source, kind, contributing
   * unit or unit group, in-kind item and measure unit), so that a list drilled down from a funding figure
   * (a source × contributing unit, say) holds exactly the activities whose contributions make up the figure.
   * Items compare as the figures group them: folded name and folded measure unit, in kind only.
   */
  private contributionCondition(q: ActivityListQuery): SQL | undefined {
    const inKind = q.item !== undefined || q.measureUnit !== undefined;
    const conditions = [
      q.source ? inArray(contributions.source, q.source) : undefined,
      q.contributionKind ? inArray(contributions.kind, q.contributionKind) : undefined,
      inKind ? eq(contributions.kind, 'hien_vat') : undefined,
      q.contributionUnitId !== undefined ? eq(contributions.unitId, q.contributionUnitId) : undefined,
      q.contributionUnitGroup
        ? inArray(
            contributions.unitId,
            this.db.select({ id: units.id }).from(units).where(inArray(units.group, q.contributionUnitGroup)),
          )
        : undefined,
      // The cheap conditions come first: SQLite calls the folding function only for the rows they leave.
      q.item !== undefined
        ? sql`${contributions.item} IS NOT NULL AND ${sql.raw(FOLD_FUNCTION)}(${contributions.item}) = ${foldVietnamese(q.item)}`
        : undefined,
      q.measureUnit !== undefined
        ? sql`${sql.raw(FOLD_FUNCTION)}(coalesce(${contributions.measureUnit}, '')) = ${foldVietnamese(q.measureUnit)}`
        : undefined,
    ].filter((c): c is SQL => c !== undefined);
    if (conditions.length === 0) return undefined;
    return exists(
      this.db
        .select({ one: sql`1` })
        .from(contributions)
        .where(and(eq(contributions.activityId, activities.id), ...conditions)),
    );
  }

  /** `set:number`, already checked by the query schema. */
  private ntmCondition(ntm: string): SQL {
    const [set, number] = ntm.split(':') as [NtmCriterion['set'], string];
    return inArray(
      activities.id,
      this.db
        .select({ id: activityNtmCriteria.activityId })
        .from(activityNtmCriteria)
        .where(and(eq(activityNtmCriteria.criteriaSet, set), eq(activityNtmCriteria.criterion, Number(number)))),
    );
  }

  /** Activities in the communes that `condition` picks; no condition, no filter. */
  private inCommunes(condition: SQL | undefined): SQL | undefined {
    if (condition === undefined) return undefined;
    return inArray(activities.communeId, this.db.select({ id: communes.id }).from(communes).where(condition));
  }

  /** Records for rows, with the children of all of them read in one query per child table. */
  private assemble(rows: ActivityRow[]): Activity[] {
    const children = new Map<number, Children>();
    for (const r of rows) {
      children.set(r.id, { unitIds: [], categories: [], ntmCriteria: [], participants: [], contributions: [] });
    }
    const of = (id: number) => children.get(id)!;
    for (const ids of inChunks(rows.map((r) => r.id))) {
      for (const u of this.db
        .select()
        .from(activityUnits)
        .where(inArray(activityUnits.activityId, ids))
        .orderBy(activityUnits.activityId, activityUnits.position)
        .all()) {
        of(u.activityId).unitIds.push(u.unitId);
      }
      for (const c of this.db
        .select()
        .from(activityCategories)
        .where(inArray(activityCategories.activityId, ids))
        .orderBy(activityCategories.activityId, activityCategories.position)
        .all()) {
        of(c.activityId).categories.push(c.category);
      }
      for (const n of this.db
        .select()
        .from(activityNtmCriteria)
        .where(inArray(activityNtmCriteria.activityId, ids))
        .orderBy(activityNtmCriteria.activityId, activityNtmCriteria.criteriaSet, activityNtmCriteria.criterion)
        .all()) {
        of(n.activityId).ntmCriteria.push({ set: n.criteriaSet, number: n.criterion });
      }
      for (const p of this.db
        .select()
        .from(activityParticipants)
        .where(inArray(activityParticipants.activityId, ids))
        .all()) {
        of(p.activityId).participants.push({ group: p.group, count: p.count });
      }
      for (const c of this.db
        .select()
        .from(contributions)
        .where(inArray(contributions.activityId, ids))
        .orderBy(contributions.id)
        .all()) {
        of(c.activityId).contributions.push(toContribution(c));
      }
    }
    return rows.map((r) => {
      const c = of(r.id);
      // Participants have no stored order: they come in the order of the groups' list.
      c.participants.sort((a, b) => (groupOrder.get(a.group) ?? 0) - (groupOrder.get(b.group) ?? 0));
      return {
        id: r.id,
        title: r.title,
        communeId: r.communeId,
        unitIds: c.unitIds,
        startDate: r.startDate,
        endDate: r.endDate,
        categories: c.categories,
        ntmCriteria: c.ntmCriteria,
        participants: c.participants,
        beneficiaries: r.beneficiaries,
        description: r.description,
        status: r.status,
        reviewComment: r.reviewComment,
        submittedAt: r.submittedAt,
        approvedAt: r.approvedAt,
        deletedAt: r.deletedAt,
        contributions: c.contributions,
        version: r.version,
        createdAt: r.createdAt,
        updatedAt: r.updatedAt,
      };
    });
  }

  /** Writes the child lists that are given; with `replace`, the stored ones are dropped first. */
  private writeChildren(id: number, a: Partial<Omit<NewActivity, 'contributions'>>, replace = false): void {
    if (a.unitIds) {
      if (replace) this.db.delete(activityUnits).where(eq(activityUnits.activityId, id)).run();
      this.db
        .insert(activityUnits)
        .values(a.unitIds.map((unitId, position) => ({ activityId: id, unitId, position })))
        .run();
    }
    if (a.categories) {
      if (replace) this.db.delete(activityCategories).where(eq(activityCategories.activityId, id)).run();
      this.db
        .insert(activityCategories)
        .values(a.categories.map((category, position) => ({ activityId: id, category, position })))
        .run();
    }
    if (a.ntmCriteria) {
      if (replace) this.db.delete(activityNtmCriteria).where(eq(activityNtmCriteria.activityId, id)).run();
      if (a.ntmCriteria.length > 0) {
        this.db
          .insert(activityNtmCriteria)
          .values(a.ntmCriteria.map((c) => ({ activityId: id, criteriaSet: c.set, criterion: c.number })))
          .run();
      }
    }
    if (a.participants) {
      if (replace) this.db.delete(activityParticipants).where(eq(activityParticipants.activityId, id)).run();
      if (a.participants.length > 0) {
        this.db
          .insert(activityParticipants)
          .values(a.participants.map((p) => ({ activityId: id, group: p.group, count: p.count })))
          .run();
      }
    }
  }

  /** The activity's fields with the patch applied, checked as a whole (e.g. end date against the stored start). */
  private validateMerged(current: Activity, patch: ActivityChanges): Omit<NewActivity, 'contributions'> {
    const fields: Record<string, unknown> = {};
    for (const key of EDITABLE_FIELDS) {
      fields[key] = key in patch ? (patch as Record<string, unknown>)[key] : (current as Record<string, unknown>)[key];
    }
    const parsed = ActivityInputSchema.safeParse(fields);
    if (!parsed.success) {
      throw validationProblem(
        'Hoạt động sau khi sửa không hợp lệ',
        parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      );
    }
    const { contributions: _none, ...merged } = parsed.data;
    return merged;
  }

  /** Friendly 400s for a commune or units that do not exist, with the path of each. */
  private checkReferences(input: {
    communeId?: number | undefined;
    unitIds?: number[] | undefined;
    contributions?: { unitId: number }[] | undefined;
  }): void {
    const errors: FieldError[] = [];
    if (input.communeId !== undefined) {
      const found = this.db.select({ id: communes.id }).from(communes).where(eq(communes.id, input.communeId)).get();
      if (!found) errors.push({ path: 'communeId', message: `Không có xã với id ${input.communeId}` });
    }
    const wanted = [...(input.unitIds ?? []), ...(input.contributions ?? []).map((c) => c.unitId)];
    if (wanted.length > 0) {
      const known = new Set(
        this.db
          .select({ id: units.id })
          .from(units)
          .where(inArray(units.id, [...new Set(wanted)]))
          .all()
          .map((u) => u.id),
      );
      input.unitIds?.forEach((unitId, i) => {
        if (!known.has(unitId)) errors.push({ path: `unitIds.${i}`, message: `Không có đơn vị với id ${unitId}` });
      });
      input.contributions?.forEach((c, i) => {
        if (!known.has(c.unitId)) {
          errors.push({ path: `contributions.${i}.unitId`, message: `Không có đơn vị với id ${c.unitId}` });
        }
      });
    }
    if (errors.length > 0) throw validationProblem(errors.map((e) => e.message).join('; '), errors);
  }
}

export function activitiesRepository(db: Db, clock?: () => string): ActivitiesRepository {
  return new ActivitiesRepository(db, clock);
}

/** The title, date and commune of every activity by id, so that contribution downloads can show them. */
export function activityHeadings(db: Db): Map<number, { title: string; startDate: string; communeId: number }> {
  const rows = db
    .select({
      id: activities.id,
      title: activities.title,
      startDate: activities.startDate,
      communeId: activities.communeId,
    })
    .from(activities)
    .all();
  return new Map(rows.map(({ id, ...r }) => [id, r]));
}
