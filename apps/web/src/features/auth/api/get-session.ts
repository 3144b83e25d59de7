import type { SessionInfo } from '@danvan/domain';
import { queryOptions } from '@tanstack/react-query';
import { ApiError, apiClient } from '@/lib/api-client';

export type SessionUser = SessionInfo['user'];

/** Who is signed in, or `null` when nobody is (the API's 401 is an answer here, not a failure). */
export async function getSession({ signal }: { signal?: AbortSignal } = {}): Promise<SessionInfo | null> {
  try {
    return await apiClient.get<SessionInfo>('/auth/me', {
      skipUnauthorizedHandler: true,
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/**
 * Asked once per page load; afterwards the cache is the truth, kept current by sign-in, sign-out and the
 * API client's 401 handler (an expired session shows up as a 401 on the next request, not by polling).
 */
export function sessionQueryOptions() {
  return queryOptions({
    queryKey: ['auth', 'session'],
    queryFn: ({ signal }) => getSession({ signal }),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
}
