import type { QueryClient } from '@tanstack/react-query';

/** After a plan is written: its lists and records, and plan against actual. */
export async function invalidatePlans(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['plans'] }),
    queryClient.invalidateQueries({ queryKey: ['stats', 'plan-actual'] }),
  ]);
}
