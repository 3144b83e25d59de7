import type { Activity, ListResult } from '@danvan/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, type QueryParams } from '@/lib/api-client';

/** One page of the activities list; `query` is the list's state as the API takes it (filters, sort, page). */
export function getActivities(
  query: QueryParams,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ListResult<Activity>> {
  return apiClient.get<ListResult<Activity>>('/activities', { query, ...(signal ? { signal } : {}) });
}

export function activitiesQueryOptions(query: QueryParams) {
  return queryOptions({
    queryKey: ['activities', 'list', query],
    queryFn: ({ signal }) => getActivities(query, { signal }),
    // Records change as units report: a list a few seconds old is fine, one from a minute ago is not.
    staleTime: 10_000,
  });
}

export function useActivities(query: QueryParams, { enabled = true }: { enabled?: boolean } = {}) {
  // The previous page stays on screen while the next one loads, so the list does not jump.
  return useQuery({ ...activitiesQueryOptions(query), placeholderData: keepPreviousData, enabled });
}
