import type { CoverageStats } from '@danvan/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { StatsFilterQuery } from '@/features/dashboards/dashboard-filters';
import { apiClient } from '@/lib/api-client';

export function getCoverageStats(
  query: StatsFilterQuery,
  { signal }: { signal?: AbortSignal } = {},
): Promise<CoverageStats> {
  return apiClient.get<CoverageStats>('/stats/coverage', { query, ...(signal ? { signal } : {}) });
}

/** The same key as the home page's figures for the same period, so going from one to the other is instant. */
export function coverageStatsQueryOptions(query: StatsFilterQuery) {
  return queryOptions({
    queryKey: ['stats', 'coverage', query],
    queryFn: ({ signal }) => getCoverageStats(query, { signal }),
  });
}

export function useCoverageStats(query: StatsFilterQuery) {
  return useQuery({ ...coverageStatsQueryOptions(query), placeholderData: keepPreviousData });
}
