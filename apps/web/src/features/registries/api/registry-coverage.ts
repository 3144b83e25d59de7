import type { CoverageStats, Period } from '@danvan/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

/** Whose figures: one unit's, or one commune's. */
export type CoverageScope = { unitId: number } | { communeId: number };

/** The coverage measures (`/stats/coverage`) narrowed to one unit or commune over a period. */
export function registryCoverageQueryOptions(scope: CoverageScope, period: Period) {
  const query = { from: period.from, to: period.to, ...scope };
  return queryOptions({
    queryKey: ['stats', 'coverage', query],
    queryFn: ({ signal }) => apiClient.get<CoverageStats>('/stats/coverage', { query, signal }),
  });
}

export function useRegistryCoverage(scope: CoverageScope, period: Period) {
  return useQuery(registryCoverageQueryOptions(scope, period));
}
