import type { Plan, PlanInput } from '@danvan/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { planQueryOptions } from '@/features/plans/api/get-plan';
import { invalidatePlans } from '@/features/plans/api/plans-cache';
import { apiClient, ifMatch } from '@/lib/api-client';

export function createPlan(input: PlanInput): Promise<Plan> {
  return apiClient.post<Plan>('/plans', { body: input });
}

/** Sends the version the form was filled from: a newer one on the server makes it a 412, not an overwrite. */
export function updatePlan({ id, version, input }: { id: number; version: number; input: PlanInput }): Promise<Plan> {
  return apiClient.patch<Plan>(`/plans/${id}`, { body: input, headers: ifMatch(version) });
}

export function deletePlan({ id, version }: { id: number; version: number }): Promise<void> {
  return apiClient.delete(`/plans/${id}`, { headers: ifMatch(version) });
}

export function useCreatePlan() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createPlan, onSuccess: () => invalidatePlans(queryClient) });
}

export function useUpdatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePlan,
    onSuccess: async (plan) => {
      queryClient.setQueryData(planQueryOptions(plan.id).queryKey, plan);
      await invalidatePlans(queryClient);
    },
    // A 412 means the record changed: fetch the newer version, so the next save can go through.
    onError: () => invalidatePlans(queryClient),
  });
}

export function useDeletePlan() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deletePlan, onSettled: () => invalidatePlans(queryClient) });
}
