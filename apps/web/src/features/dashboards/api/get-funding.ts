import { type FundingStats, MAX_FUNDING_ROWS } from '@danvan/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { StatsFilterQuery } from '@/features/dashboards/dashboard-filters';
import { apiClient } from '@/lib/api-client';

/** Rows by unit and by commune: the largest first; "show all" asks for up to the API's ceiling. */
export const FUNDING_TOP = 20;
export const FUNDING_ALL = MAX_FUNDING_ROWS;
/** `?all=1` lists every unit and commune instead of the largest ones. */
export const ALL_ROWS_PARAM = 'all';

export function getFunding(
  query: StatsFilterQuery,
  limit: number,
  { signal }: { signal?: AbortSignal } = {},
): Promise<FundingStats> {
  return apiClient.get<FundingStats>('/stats/funding', {
    query: { ...query, limit },
    ...(signal ? { signal } : {}),
  });
}

export function fundingQueryOptions(query: StatsFilterQuery, limit: number = FUNDING_TOP) {
  return queryOptions({
    queryKey: ['stats', 'funding', query, limit],
    queryFn: ({ signal }) => getFunding(query, limit, { signal }),
  });
}

export function useFunding(query: StatsFilterQuery, limit: number = FUNDING_TOP) {
  return useQuery({ ...fundingQueryOptions(query, limit), placeholderData: keepPreviousData });
}
