import type { Plan } from '@danvan/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

export function getPlan(id: number, { signal }: { signal?: AbortSignal } = {}): Promise<Plan> {
  return apiClient.get<Plan>(`/plans/${id}`, { ...(signal ? { signal } : {}) });
}

export function planQueryOptions(id: number) {
  return queryOptions({
    queryKey: ['plans', 'detail', id],
    queryFn: ({ signal }) => getPlan(id, { signal }),
    // The version it carries is what an edit sends as If-Match: read it fresh.
    staleTime: 0,
  });
}

export function usePlan(id: number) {
  return useQuery(planQueryOptions(id));
}
