import type { ReactNode } from 'react';
import type { Access } from '@/features/auth/permissions';
import { useSession } from '@/features/auth/use-session';

export interface CanProps {
  access: Access;
  /** The unit the action would change; a unit officer may only change their own unit's records. */
  unitId?: number | null;
  children: ReactNode;
  /** Shown instead when the role may not do it; nothing by default. */
  fallback?: ReactNode;
}

/** Shows an action only to the roles that may take it, e.g. `<Can access="write">`. */
export function Can({ access, unitId, children, fallback = null }: CanProps) {
  const { can } = useSession();
  return <>{can(access, unitId === undefined ? {} : { unitId }) ? children : fallback}</>;
}
