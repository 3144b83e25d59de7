import type { QueryClient } from '@tanstack/react-query';

/** Query roots of activity records (lists, details, history, photos); the cached lookups are not among them. */
const RECORD_ROOTS = new Set(['list', 'detail', 'history', 'photos']);

/**
 * After a write: every activity list and record is out of date, and so are the figures (only approved
 * activities count, and a write may change which ones are).
 */
export async function invalidateActivityRecords(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({
      predicate: (query) => query.queryKey[0] === 'activities' && RECORD_ROOTS.has(String(query.queryKey[1])),
    }),
    queryClient.invalidateQueries({ queryKey: ['stats'] }),
  ]);
}
