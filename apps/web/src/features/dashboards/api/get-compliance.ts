import { ComplianceSortFields, type ComplianceStats } from '@danvan/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { StatsFilterQuery } from '@/features/dashboards/dashboard-filters';
import { apiClient } from '@/lib/api-client';

/** Sort fields of the units × months matrix; `-rate` sorts descending. */
export const COMPLIANCE_SORTS = ComplianceSortFields;
export const COMPLIANCE_PAGE_SIZE = 25;
export const COMPLIANCE_DEFAULT_SORT = 'name';

export interface TablePageQuery {
  sort: string;
  page: number;
  limit: number;
}

export function getCompliance(
  query: StatsFilterQuery,
  table: TablePageQuery,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ComplianceStats> {
  return apiClient.get<ComplianceStats>('/stats/compliance', {
    query: { ...query, ...table },
    ...(signal ? { signal } : {}),
  });
}

export function complianceQueryOptions(query: StatsFilterQuery, table: TablePageQuery) {
  return queryOptions({
    queryKey: ['stats', 'compliance', query, table],
    queryFn: ({ signal }) => getCompliance(query, table, { signal }),
  });
}

export function useCompliance(query: StatsFilterQuery, table: TablePageQuery) {
  return useQuery({ ...complianceQueryOptions(query, table), placeholderData: keepPreviousData });
}
