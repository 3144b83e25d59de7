import type { Health } from '@danvan/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

export function getHealth({ signal }: { signal?: AbortSignal } = {}): Promise<Health> {
  return apiClient.get<Health>('/health', { ...(signal ? { signal } : {}) });
}

export function healthQueryOptions() {
  return queryOptions({
    queryKey: ['health'],
    queryFn: ({ signal }) => getHealth({ signal }),
    // Whether demo data is loaded only changes when the server is re-seeded.
    staleTime: 5 * 60_000,
  });
}

export function useHealth() {
  return useQuery(healthQueryOptions());
}
