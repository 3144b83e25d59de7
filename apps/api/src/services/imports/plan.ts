/**
 * What an import would do with each activity of the file, given the database as it is now: create
 * it, add its new contributions to the same activity already recorded, skip it as a duplicate, or
 * refuse it (locked month, an existing activity that may not be changed). Run once for the preview
 * and again inside the commit's transaction, so that what is written follows the rules at that
 * moment.
 *
 * Natural keys (nothing in the schema records where a row came from):
 * - activity: its organising units (as a set), commune, start date and folded title;
 * - contribution: its activity, unit, kind, source, folded item, value, and quantity (labour days
 *   have no value, their number of days is what tells two apart).
 */
import {
  foldVietnamese,
  formatMonth,
  type ImportAction,
  type ImportIssue,
  type ImportRowStatus,
  maxDate,
  minDate,
} from '@danvan/domain';
import type { Db } from '../../db/client.js';
import { HttpProblem } from '../../plugins/problems.js';
import { assertActivityEditable } from '../../repositories/activity-rules.js';
import {
  activitiesBetween,
  type ContributionDraft,
  contributionsOf,
  type ExistingActivity,
  lockedMonths,
} from '../../repositories/imports-repository.js';
import type { WriteContext } from '../../repositories/write-context.js';
import type { ParsedGroup } from './parse-rows.js';

export interface PlannedGroup {
  status: ImportRowStatus;
  action: ImportAction;
  existingActivityId: number | null;
  /** Indices into the group's `input.contributions` that would be written. */
  write: number[];
  duplicateContributions: number;
  /** Added to the group's own errors and notes. */
  errors: ImportIssue[];
  notes: string[];
}

export function activityKey(a: { unitIds: readonly number[]; communeId: number; startDate: string; title: string }) {
  const units = [...a.unitIds].sort((x, y) => x - y).join(',');
  return `${units}|${a.communeId}|${a.startDate}|${foldVietnamese(a.title)}`;
}

export function contributionKey(
  c: Pick<ContributionDraft, 'unitId' | 'kind' | 'source' | 'item' | 'valueVnd' | 'quantity'>,
) {
  return `${c.unitId}|${c.kind}|${c.source}|${foldVietnamese(c.item ?? '')}|${c.valueVnd}|${c.quantity ?? ''}`;
}

function skipped(status: ImportRowStatus, extra: Partial<PlannedGroup> = {}): PlannedGroup {
  return {
    status,
    action: 'skip',
    existingActivityId: null,
    write: [],
    duplicateContributions: 0,
    errors: [],
    notes: [],
    ...extra,
  };
}

/** The group's activity key, computed once (folding every title again at each plan would cost). */
const keys = new WeakMap<ParsedGroup, string>();
function keyOf(g: ParsedGroup): string {
  let key = keys.get(g);
  if (key === undefined) {
    key = activityKey(g.input!);
    keys.set(g, key);
  }
  return key;
}

export function planImport(groups: readonly ParsedGroup[], db: Db, ctx: WriteContext): PlannedGroup[] {
  const valid = groups.filter((g) => g.input !== null);
  const existing = new Map<string, ExistingActivity>();
  if (valid.length > 0) {
    let from = valid[0]!.input!.startDate;
    let to = from;
    const places = new Set<string>();
    for (const g of valid) {
      from = minDate(from, g.input!.startDate);
      to = maxDate(to, g.input!.startDate);
      places.add(`${g.input!.communeId}|${g.input!.startDate}`);
    }
    // Only activities on a day and at a commune of the file can match one of its rows.
    for (const a of activitiesBetween(db, from, to)) {
      if (places.has(`${a.communeId}|${a.startDate}`)) existing.set(activityKey(a), a);
    }
  }
  const matched = new Map<number, Set<string>>();
  for (const g of valid) {
    const found = existing.get(keyOf(g));
    if (found) matched.set(found.id, new Set());
  }
  for (const c of contributionsOf(db, [...matched.keys()])) matched.get(c.activityId)?.add(contributionKey(c));
  const locks = lockedMonths(db);
  const seenInFile = new Map<string, number>();

  return groups.map((g) => {
    const input = g.input;
    if (!input) return skipped('error');
    const key = keyOf(g);
    const firstLine = seenInFile.get(key);
    if (firstLine !== undefined) {
      return skipped('duplicate', {
        duplicateContributions: input.contributions.length,
        notes: [`Trùng với hoạt động ở dòng ${firstLine} của tệp: bỏ qua.`],
      });
    }
    seenInFile.set(key, g.line);

    // Contributions repeated within the activity's own lines are kept once.
    const notes: string[] = [];
    const keys = input.contributions.map(contributionKey);
    const firstOf = new Map<string, number>();
    const distinct: number[] = [];
    keys.forEach((k, i) => {
      const first = firstOf.get(k);
      if (first === undefined) {
        firstOf.set(k, i);
        distinct.push(i);
      } else {
        notes.push(
          `Khoản đóng góp ở dòng ${g.contributionLines[i]} trùng với dòng ${g.contributionLines[first]}: bỏ qua.`,
        );
      }
    });
    const repeated = keys.length - distinct.length;

    const found = existing.get(key);
    if (found) {
      const recorded = matched.get(found.id) ?? new Set<string>();
      const fresh = distinct.filter((i) => !recorded.has(keys[i]!));
      const duplicateContributions = repeated + distinct.length - fresh.length;
      if (fresh.length === 0) {
        return skipped('duplicate', {
          existingActivityId: found.id,
          duplicateContributions,
          notes: [...notes, `Hoạt động này đã có (id ${found.id}): bỏ qua.`],
        });
      }
      try {
        assertActivityEditable(db, { ...found, deletedAt: null }, ctx);
      } catch (error) {
        if (!(error instanceof HttpProblem)) throw error;
        return skipped('error', {
          existingActivityId: found.id,
          duplicateContributions,
          notes,
          errors: [
            {
              line: g.line,
              column: null,
              columnLabel: null,
              message:
                `Hoạt động này đã có (id ${found.id}) nhưng không thêm được ${fresh.length} khoản đóng góp mới: ` +
                `${error.detail ?? error.title} Hãy sửa trực tiếp trên hoạt động, hoặc bỏ các dòng đóng góp mới khỏi tệp.`,
            },
          ],
        });
      }
      return {
        status: 'ok',
        action: 'add',
        existingActivityId: found.id,
        write: fresh,
        duplicateContributions,
        errors: [],
        notes: [...notes, `Hoạt động đã có (id ${found.id}): chỉ thêm ${fresh.length} khoản đóng góp mới.`],
      };
    }

    const month = input.startDate.slice(0, 7);
    const lock = locks.get(month);
    if (lock !== undefined) {
      return skipped('error', {
        notes,
        errors: [
          {
            line: g.line,
            column: 'startDate',
            columnLabel: 'Ngày bắt đầu',
            message: `${formatMonth(month)} đã khoá sổ (${lock}): không nhập được hoạt động của tháng này.`,
          },
        ],
      });
    }
    return {
      status: 'ok',
      action: 'create',
      existingActivityId: null,
      write: distinct,
      duplicateContributions: repeated,
      errors: [],
      notes,
    };
  });
}
