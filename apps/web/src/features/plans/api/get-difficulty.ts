import type { Difficulty } from '@danvan/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

export function getDifficulty(id: number, { signal }: { signal?: AbortSignal } = {}): Promise<Difficulty> {
  return apiClient.get<Difficulty>(`/difficulties/${id}`, { ...(signal ? { signal } : {}) });
}

export function difficultyQueryOptions(id: number) {
  return queryOptions({
    queryKey: ['difficulties', 'detail', id],
    queryFn: ({ signal }) => getDifficulty(id, { signal }),
    // Its version is what an edit sends as If-Match: read it fresh.
    staleTime: 0,
  });
}

export function useDifficulty(id: number) {
  return useQuery(difficultyQueryOptions(id));
}
