import type { Activity } from '@danvan/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

export function getActivity(id: number, { signal }: { signal?: AbortSignal } = {}): Promise<Activity> {
  return apiClient.get<Activity>(`/activities/${id}`, { ...(signal ? { signal } : {}) });
}

export function activityQueryOptions(id: number) {
  return queryOptions({
    queryKey: ['activities', 'detail', id],
    queryFn: ({ signal }) => getActivity(id, { signal }),
    // Fresh enough to go from the page to its form without asking again; a newer version on the server
    // still cannot be overwritten, since every write sends the version it was read at (If-Match).
    staleTime: 5_000,
  });
}

export function useActivity(id: number) {
  return useQuery(activityQueryOptions(id));
}
