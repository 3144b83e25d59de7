import type { AuditEntry, ListResult } from '@danvan/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

/** How many entries of a record's history the page shows; a record rarely has more. */
export const HISTORY_LIMIT = 100;

export interface ActivityHistory {
  entries: AuditEntry[];
  total: number;
}

/** The audit trail of one activity, oldest first (admins only). */
export async function getActivityHistory(
  id: number,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ActivityHistory> {
  const page = await apiClient.get<ListResult<AuditEntry>>('/audit', {
    query: { entity: 'activities', entityId: String(id), sort: 'at', limit: HISTORY_LIMIT },
    ...(signal ? { signal } : {}),
  });
  return { entries: page.items, total: page.total };
}

export function activityHistoryQueryOptions(id: number) {
  return queryOptions({
    queryKey: ['activities', 'history', id],
    queryFn: ({ signal }) => getActivityHistory(id, { signal }),
    staleTime: 0,
  });
}

export function useActivityHistory(id: number) {
  return useQuery(activityHistoryQueryOptions(id));
}
