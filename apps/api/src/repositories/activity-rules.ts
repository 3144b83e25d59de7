/** The rules of changing an activity or its money, shared by the activity and contribution repositories. */
import type { Activity } from '@danvan/domain';
import type { Db } from '../db/client.js';
import { HttpProblem } from '../plugins/problems.js';
import { assertMonthsOpen, confinedUnit, forbidden, isAdmin, type WriteContext } from './write-context.js';

/** 409 for any change under a soft-deleted activity. */
export function deletedActivityProblem(activityId: number): HttpProblem {
  return new HttpProblem(
    409,
    'deleted',
    'Hoạt động đã bị xoá',
    `Hoạt động id ${activityId} đã bị xoá; hãy khôi phục (POST /api/v1/activities/${activityId}/restore) trước khi sửa.`,
  );
}

export function canSee(a: Pick<Activity, 'unitIds'>, ctx: WriteContext): boolean {
  const unit = confinedUnit(ctx);
  return unit === null || a.unitIds.includes(unit);
}

/**
 * Whether the actor may change the activity (or its contributions) now: not deleted; its unit's
 * (for a unit officer); a draft or returned one (admins also fix submitted ones; an approved one
 * must be returned first); its month not locked.
 */
export function assertActivityEditable(
  db: Db,
  a: Pick<Activity, 'id' | 'unitIds' | 'status' | 'startDate' | 'deletedAt'>,
  ctx: WriteContext,
): void {
  if (a.deletedAt) throw deletedActivityProblem(a.id);
  if (!canSee(a, ctx)) throw forbidden('Chỉ được sửa hoạt động của đơn vị mình');
  if (a.status === 'approved') {
    throw new HttpProblem(
      409,
      'approved',
      'Hoạt động đã được duyệt',
      'Hoạt động đã duyệt không sửa được; quản trị cần trả lại (kèm lý do) trước khi sửa.',
    );
  }
  if (a.status === 'submitted' && !isAdmin(ctx)) {
    throw new HttpProblem(409, 'submitted', 'Hoạt động đang chờ duyệt', 'Hoạt động đang chờ duyệt, chưa sửa được.');
  }
  assertMonthsOpen(db, [a.startDate]);
}
