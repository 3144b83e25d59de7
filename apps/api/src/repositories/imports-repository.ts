/**
 * What an import reads and writes. Reads: the activities already recorded in the file's dates (to
 * recognise duplicates by their natural key), their contributions, the locked months. Writes: the
 * activities with their child rows and contributions, the audit trail and the activity versions,
 * exactly as ActivitiesRepository.create and ContributionsRepository.create leave them (same
 * columns, same derived search text, same audit shape), but through prepared statements: an import
 * writes tens of thousands of rows in one transaction.
 */
import {
  type Activity,
  type Contribution,
  type ContributionDraftSchema,
  type ImportedStatus,
  MAX_PAGE_SIZE,
} from '@danvan/domain';
import { getTableName } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import { type Db, sqliteOf } from '../db/client.js';
import { activityDerived } from '../db/derived.js';
import {
  activities,
  activityCategories,
  activityNtmCriteria,
  activityParticipants,
  activityUnits,
  contributions,
} from '../db/schema.js';
import type { NewActivity } from './activities-repository.js';
import { type AuditRecord, preparedAudit, type WriteContext } from './write-context.js';

export type ContributionDraft = z.output<typeof ContributionDraftSchema>;

export interface ExistingActivity {
  id: number;
  title: string;
  communeId: number;
  startDate: string;
  status: Activity['status'];
  unitIds: number[];
}

export interface ExistingContribution {
  activityId: number;
  unitId: number;
  kind: Contribution['kind'];
  source: Contribution['source'];
  item: string | null;
  quantity: number | null;
  valueVnd: number;
}

/** Activities not deleted whose start date is in [from, to], with their organising units. */
export function activitiesBetween(db: Db, from: string, to: string): ExistingActivity[] {
  const rows = sqliteOf(db)
    .prepare(
      `SELECT a.id, a.title, a.commune_id AS communeId, a.start_date AS startDate, a.status,
              group_concat(au.unit_id) AS unitIds
         FROM activities a JOIN activity_units au ON au.activity_id = a.id
        WHERE a.deleted_at IS NULL AND a.start_date BETWEEN ? AND ?
        GROUP BY a.id`,
    )
    .all(from, to) as (Omit<ExistingActivity, 'unitIds'> & { unitIds: string })[];
  return rows.map((r) => ({ ...r, unitIds: r.unitIds.split(',').map(Number) }));
}

export function contributionsOf(db: Db, activityIds: readonly number[]): ExistingContribution[] {
  const out: ExistingContribution[] = [];
  for (let i = 0; i < activityIds.length; i += MAX_PAGE_SIZE) {
    const chunk = activityIds.slice(i, i + MAX_PAGE_SIZE);
    out.push(
      ...(sqliteOf(db)
        .prepare(
          `SELECT activity_id AS activityId, unit_id AS unitId, kind, source, item, quantity, value_vnd AS valueVnd
             FROM contributions WHERE activity_id IN (${chunk.map(() => '?').join(', ')})`,
        )
        .all(...chunk) as ExistingContribution[]),
    );
  }
  return out;
}

export function lockedMonths(db: Db): Map<string, string> {
  const rows = sqliteOf(db).prepare('SELECT month, reason FROM month_locks').all() as {
    month: string;
    reason: string;
  }[];
  return new Map(rows.map((r) => [r.month, r.reason]));
}

/** `INSERT INTO table (columns…) VALUES (?…)`, named from the drizzle schema so both stay in step. */
function insertInto(db: Db, table: SQLiteTable, columns: SQLiteColumn[]) {
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const marks = columns.map(() => '?').join(', ');
  return sqliteOf(db).prepare(`INSERT INTO "${getTableName(table)}" (${names}) VALUES (${marks})`);
}

/** Writes inside the caller's transaction; every method assumes the rules were checked. */
export class ImportWriter {
  private readonly insertActivity;
  private readonly insertUnit;
  private readonly insertCategory;
  private readonly insertCriterion;
  private readonly insertParticipant;
  private readonly insertContribution;
  private readonly touchActivity;
  private readonly audit: (entry: AuditRecord, at: string) => void;

  constructor(
    db: Db,
    ctx: WriteContext,
    private readonly now: string,
  ) {
    const a = activities;
    this.insertActivity = insertInto(db, a, [
      a.title,
      a.communeId,
      a.startDate,
      a.endDate,
      a.beneficiaries,
      a.description,
      a.status,
      a.submittedAt,
      a.approvedAt,
      a.search,
      a.version,
      a.createdAt,
      a.updatedAt,
    ]);
    this.insertUnit = insertInto(db, activityUnits, [
      activityUnits.activityId,
      activityUnits.unitId,
      activityUnits.position,
    ]);
    this.insertCategory = insertInto(db, activityCategories, [
      activityCategories.activityId,
      activityCategories.category,
      activityCategories.position,
    ]);
    this.insertCriterion = insertInto(db, activityNtmCriteria, [
      activityNtmCriteria.activityId,
      activityNtmCriteria.criteriaSet,
      activityNtmCriteria.criterion,
    ]);
    this.insertParticipant = insertInto(db, activityParticipants, [
      activityParticipants.activityId,
      activityParticipants.group,
      activityParticipants.count,
    ]);
    const c = contributions;
    this.insertContribution = insertInto(db, c, [
      c.activityId,
      c.unitId,
      c.kind,
      c.source,
      c.item,
      c.quantity,
      c.measureUnit,
      c.valueVnd,
      c.valuationMethod,
      c.note,
      c.version,
      c.createdAt,
      c.updatedAt,
    ]);
    this.touchActivity = sqliteOf(db).prepare(
      `UPDATE "${getTableName(a)}" SET "${a.version.name}" = "${a.version.name}" + 1, "${a.updatedAt.name}" = ? WHERE "${a.id.name}" = ?`,
    );
    this.audit = preparedAudit(db, ctx);
  }

  /** A new activity with its children and contributions, audited as imported. */
  createActivity(input: NewActivity, drafts: readonly ContributionDraft[], status: ImportedStatus): Activity {
    const now = this.now;
    const stamped = status === 'draft' ? null : now;
    const id = Number(
      this.insertActivity.run(
        input.title,
        input.communeId,
        input.startDate,
        input.endDate,
        input.beneficiaries,
        input.description,
        status,
        stamped,
        status === 'approved' ? now : null,
        activityDerived(input).search,
        1,
        now,
        now,
      ).lastInsertRowid,
    );
    input.unitIds.forEach((unitId, position) => {
      this.insertUnit.run(id, unitId, position);
    });
    input.categories.forEach((category, position) => {
      this.insertCategory.run(id, category, position);
    });
    for (const c of input.ntmCriteria) this.insertCriterion.run(id, c.set, c.number);
    for (const p of input.participants) this.insertParticipant.run(id, p.group, p.count);
    const written = drafts.map((d) => this.writeContribution(id, d));
    const record: Activity = {
      id,
      title: input.title,
      communeId: input.communeId,
      unitIds: input.unitIds,
      startDate: input.startDate,
      endDate: input.endDate,
      categories: input.categories,
      ntmCriteria: input.ntmCriteria,
      participants: input.participants,
      beneficiaries: input.beneficiaries,
      description: input.description,
      status,
      reviewComment: null,
      submittedAt: stamped,
      approvedAt: status === 'approved' ? now : null,
      deletedAt: null,
      contributions: written,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    this.audit({ entity: 'activities', entityId: id, action: 'import', before: null, after: record }, now);
    return record;
  }

  /** New contributions to an activity already recorded; its version goes up once. */
  addContributions(activityId: number, drafts: readonly ContributionDraft[]): Contribution[] {
    const written = drafts.map((d) => {
      const c = this.writeContribution(activityId, d);
      this.audit({ entity: 'contributions', entityId: c.id, action: 'import', before: null, after: c }, this.now);
      return c;
    });
    if (written.length > 0) this.touchActivity.run(this.now, activityId);
    return written;
  }

  /** One entry for the import as a whole (who, which file, what came of it). */
  auditImport(id: string, summary: Record<string, unknown>): void {
    this.audit({ entity: 'imports', entityId: id, action: 'import', before: null, after: summary }, this.now);
  }

  private writeContribution(activityId: number, d: ContributionDraft): Contribution {
    const now = this.now;
    const id = Number(
      this.insertContribution.run(
        activityId,
        d.unitId,
        d.kind,
        d.source,
        d.item,
        d.quantity,
        d.measureUnit,
        d.valueVnd,
        d.valuationMethod,
        d.note,
        1,
        now,
        now,
      ).lastInsertRowid,
    );
    return {
      id,
      activityId,
      unitId: d.unitId,
      kind: d.kind,
      source: d.source,
      item: d.item,
      quantity: d.quantity,
      measureUnit: d.measureUnit,
      valueVnd: d.valueVnd,
      valuationMethod: d.valuationMethod,
      note: d.note,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
  }
}
