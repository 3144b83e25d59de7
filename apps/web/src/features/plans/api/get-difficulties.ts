import type { Difficulty, ListResult } from '@danvan/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

export type DifficultyQuery = Record<string, string | number>;

export function getDifficulties(
  query: DifficultyQuery,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ListResult<Difficulty>> {
  return apiClient.get<ListResult<Difficulty>>('/difficulties', { query, ...(signal ? { signal } : {}) });
}

export function difficultiesQueryOptions(query: DifficultyQuery) {
  return queryOptions({
    queryKey: ['difficulties', 'list', query],
    queryFn: ({ signal }) => getDifficulties(query, { signal }),
  });
}

export function useDifficulties(query: DifficultyQuery) {
  return useQuery({ ...difficultiesQueryOptions(query), placeholderData: keepPreviousData });
}
