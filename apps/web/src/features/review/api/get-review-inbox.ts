import type { Activity, ListResult } from '@danvan/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

export const REVIEW_PAGE_SIZE = 20;

/**
 * Activities waiting for review, the longest-waiting first. Submitting is the last change a unit makes,
 * so the oldest `updatedAt` is the earliest submission.
 */
export function getReviewInbox(page: number, { signal }: { signal?: AbortSignal } = {}): Promise<ListResult<Activity>> {
  return apiClient.get<ListResult<Activity>>('/activities', {
    query: { status: 'submitted', sort: 'updatedAt', limit: REVIEW_PAGE_SIZE, page },
    ...(signal ? { signal } : {}),
  });
}

export function reviewInboxQueryOptions(page: number) {
  return queryOptions({
    // Under the activities' list root, so that any change to activities refreshes the inbox too.
    queryKey: ['activities', 'list', { status: 'submitted', sort: 'updatedAt', page }],
    queryFn: ({ signal }) => getReviewInbox(page, { signal }),
    staleTime: 10_000,
  });
}

export function useReviewInbox(page: number) {
  return useQuery({ ...reviewInboxQueryOptions(page), placeholderData: keepPreviousData });
}
