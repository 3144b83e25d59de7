import type { SessionUser } from '@/features/auth/api/get-session';

/**
 * What an action needs: `write` changes a unit's records (admins for any unit, a unit officer for their own
 * unit only), `admin` is the committee's own work (registries, review, locks, accounts). Reading needs only
 * a session. The API enforces the same rules; hiding here only spares people buttons that would fail.
 */
export type Access = 'write' | 'admin';

export interface AccessScope {
  /** The unit whose records the action changes, when known. */
  unitId?: number | null;
}

export function canAccess(
  user: Pick<SessionUser, 'role' | 'unitId'> | null | undefined,
  access: Access,
  scope: AccessScope = {},
): boolean {
  if (!user) return false;
  if (user.role === 'admin') return true;
  if (access === 'admin' || user.role !== 'unit_officer') return false;
  return scope.unitId == null || scope.unitId === user.unitId;
}
