import type { QueryClient } from '@tanstack/react-query';

/**
 * After a review: every activity list and record may have changed status, and the figures with them (only
 * approved activities count). Cached registries under the same root are left alone.
 */
export async function invalidateAfterReview(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({
      predicate: (query) => query.queryKey[0] === 'activities' && query.queryKey[1] !== 'lookups',
    }),
    queryClient.invalidateQueries({ queryKey: ['stats'] }),
  ]);
}
