import type { Difficulty, DifficultyInput, DifficultyStatus } from '@danvan/domain';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { difficultyQueryOptions } from '@/features/plans/api/get-difficulty';
import { apiClient, ifMatch } from '@/lib/api-client';

function invalidateDifficulties(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: ['difficulties'] });
}

export function createDifficulty(input: DifficultyInput): Promise<Difficulty> {
  return apiClient.post<Difficulty>('/difficulties', { body: input });
}

export function updateDifficulty({
  id,
  version,
  input,
}: {
  id: number;
  version: number;
  input: Partial<DifficultyInput>;
}): Promise<Difficulty> {
  return apiClient.patch<Difficulty>(`/difficulties/${id}`, { body: input, headers: ifMatch(version) });
}

export function useCreateDifficulty() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createDifficulty, onSuccess: () => invalidateDifficulties(queryClient) });
}

/** An edit, or a change of status from the list; either sends the version it was read at. */
export function useUpdateDifficulty() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateDifficulty,
    onSuccess: (difficulty) => {
      queryClient.setQueryData(difficultyQueryOptions(difficulty.id).queryKey, difficulty);
    },
    // Also after a 412: the list and the record must show the newer version.
    onSettled: () => invalidateDifficulties(queryClient),
  });
}

export function changeDifficultyStatus(difficulty: Difficulty, status: DifficultyStatus) {
  return { id: difficulty.id, version: difficulty.version, input: { status } };
}
