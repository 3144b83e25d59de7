import type { QueryClient } from '@tanstack/react-query';
import { sessionQueryOptions } from '@/features/auth/api/get-session';

/** Query roots that do not depend on who is signed in. */
const SHARED_ROOTS = new Set<unknown>([sessionQueryOptions().queryKey[0], 'health']);

/**
 * Drops every cached answer that belongs to an account. Called once nothing shows them any more (the login
 * page has replaced the app): removing queries that a mounted page still watches would only refetch them.
 */
export function forgetAccountData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => !SHARED_ROOTS.has(query.queryKey[0]) });
}
