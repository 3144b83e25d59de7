import type { Activity, ActivityStatus } from '@danvan/domain';
import type { SessionUser } from '@/features/auth/api/get-session';

export interface ActivityPermissions {
  edit: boolean;
  submit: boolean;
  delete: boolean;
  restore: boolean;
  approve: boolean;
  return: boolean;
}

const OPEN: readonly ActivityStatus[] = ['draft', 'returned'];

/** Whether the user is an officer of one of the activity's organising units. */
export function isOwnActivity(activity: Pick<Activity, 'unitIds'>, user: SessionUser | null): boolean {
  return user?.role === 'unit_officer' && user.unitId !== null && activity.unitIds.includes(user.unitId);
}

/**
 * What the user may do with the activity now (decision 0006): officers work on their unit's drafts and
 * returned activities; admins also fix submitted ones, approve, return (with a comment) and restore. The
 * API checks the same rules and also refuses changes in a locked month; hiding a button only spares a refusal.
 */
export function activityPermissions(
  activity: Pick<Activity, 'unitIds' | 'status' | 'deletedAt'>,
  user: SessionUser | null,
): ActivityPermissions {
  const admin = user?.role === 'admin';
  const own = isOwnActivity(activity, user);
  const live = activity.deletedAt === null;
  const open = OPEN.includes(activity.status);
  return {
    edit: live && ((own && open) || (admin && activity.status !== 'approved')),
    submit: live && (own || admin) && open,
    delete: live && ((own && open) || (admin && activity.status !== 'approved')),
    restore: !live && admin,
    approve: live && admin && activity.status === 'submitted',
    return: live && admin && (activity.status === 'submitted' || activity.status === 'approved'),
  };
}

/** Why the user cannot edit the activity, as a key of the form's messages, or null when they can. */
export function whyNotEditable(
  activity: Pick<Activity, 'unitIds' | 'status' | 'deletedAt'>,
  user: SessionUser | null,
): 'deleted' | 'approved' | 'submitted' | 'notOwn' | 'readOnly' | null {
  if (activityPermissions(activity, user).edit) return null;
  if (user === null || user.role === 'viewer') return 'readOnly';
  if (activity.deletedAt !== null) return 'deleted';
  if (user.role === 'unit_officer' && !isOwnActivity(activity, user)) return 'notOwn';
  return activity.status === 'approved' ? 'approved' : 'submitted';
}
