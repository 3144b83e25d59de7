import type { Activity, ListResult, Period } from '@danvan/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, type QueryParams } from '@/lib/api-client';

/** Who the activities are listed for: a unit (organiser) or a commune (place). */
export type ActivityOwner = { unitId: number } | { communeId: number };

export const RELATED_ACTIVITIES_PAGE_SIZE = 10;

export function relatedActivitiesQuery(owner: ActivityOwner, page: number): QueryParams {
  return { ...owner, sort: '-startDate', page, limit: RELATED_ACTIVITIES_PAGE_SIZE };
}

/** The activities of a unit or at a commune, newest first, as the reader is allowed to see them. */
export function relatedActivitiesQueryOptions(owner: ActivityOwner, page: number) {
  const query = relatedActivitiesQuery(owner, page);
  return queryOptions({
    queryKey: ['activities', 'list', query],
    queryFn: ({ signal }) => apiClient.get<ListResult<Activity>>('/activities', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useRelatedActivities(owner: ActivityOwner, page: number) {
  return useQuery(relatedActivitiesQueryOptions(owner, page));
}

/** The latest approved activity at a commune up to the end of the period: where "days since the last visit" starts. */
export function lastVisitQueryOptions(communeId: number, period: Period) {
  const query = { communeId, status: 'approved', to: period.to, sort: '-startDate', limit: 1 };
  return queryOptions({
    queryKey: ['activities', 'list', query],
    queryFn: ({ signal }) => apiClient.get<ListResult<Activity>>('/activities', { query, signal }),
  });
}

export function useLastVisit(communeId: number, period: Period) {
  return useQuery(lastVisitQueryOptions(communeId, period));
}
