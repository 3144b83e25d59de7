import type { Role, SessionInfo } from '@danvan/domain';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { type SessionUser, sessionQueryOptions } from '@/features/auth/api/get-session';
import { type Access, type AccessScope, canAccess } from '@/features/auth/permissions';

export interface Session {
  session: SessionInfo | null;
  user: SessionUser | null;
  role: Role | null;
  csrfToken: string | null;
  isAdmin: boolean;
  can: (access: Access, scope?: AccessScope) => boolean;
}

/**
 * The signed-in user. Inside the guarded routes the session is already cached by the router, so this never
 * waits; elsewhere `user` is null until the session is known.
 */
export function useSession(): Session {
  const { data } = useQuery(sessionQueryOptions());
  const session = data ?? null;
  const user = session?.user ?? null;
  const can = useCallback((access: Access, scope?: AccessScope) => canAccess(user, access, scope), [user]);
  return {
    session,
    user,
    role: user?.role ?? null,
    csrfToken: session?.csrfToken ?? null,
    isAdmin: user?.role === 'admin',
    can,
  };
}
