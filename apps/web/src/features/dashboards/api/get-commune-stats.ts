import { CommuneStatsSortFields, type CommunesStats } from '@danvan/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { TablePageQuery } from '@/features/dashboards/api/get-compliance';
import type { StatsFilterQuery } from '@/features/dashboards/dashboard-filters';
import { apiClient } from '@/lib/api-client';

export const COMMUNE_SORTS = CommuneStatsSortFields;
export const COMMUNE_PAGE_SIZE = 20;
/** Never-reached communes first (no date sorts first), then those longest without a visit. */
export const COMMUNE_DEFAULT_SORT = 'lastActivityDate';
export type ReachedFilter = 'true' | 'false';

export interface CommuneTableQuery extends TablePageQuery {
  reached?: ReachedFilter | undefined;
}

export function getCommuneStats(
  query: StatsFilterQuery,
  table: CommuneTableQuery,
  { signal }: { signal?: AbortSignal } = {},
): Promise<CommunesStats> {
  const { reached, ...page } = table;
  return apiClient.get<CommunesStats>('/stats/communes', {
    query: { ...query, ...page, ...(reached ? { reached } : {}) },
    ...(signal ? { signal } : {}),
  });
}

export function communeStatsQueryOptions(query: StatsFilterQuery, table: CommuneTableQuery) {
  return queryOptions({
    queryKey: ['stats', 'communes', query, table],
    queryFn: ({ signal }) => getCommuneStats(query, table, { signal }),
  });
}

export function useCommuneStats(query: StatsFilterQuery, table: CommuneTableQuery) {
  return useQuery({ ...communeStatsQueryOptions(query, table), placeholderData: keepPreviousData });
}
