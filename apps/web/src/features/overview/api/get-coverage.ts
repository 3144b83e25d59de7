import type { CoverageStats, Period } from '@danvan/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

export function getCoverage(period: Period, { signal }: { signal?: AbortSignal } = {}): Promise<CoverageStats> {
  return apiClient.get<CoverageStats>('/stats/coverage', {
    query: { from: period.from, to: period.to },
    ...(signal ? { signal } : {}),
  });
}

export function coverageQueryOptions(period: Period) {
  return queryOptions({
    queryKey: ['stats', 'coverage', { from: period.from, to: period.to }],
    queryFn: ({ signal }) => getCoverage(period, { signal }),
  });
}

export function useCoverage(period: Period) {
  return useQuery(coverageQueryOptions(period));
}
