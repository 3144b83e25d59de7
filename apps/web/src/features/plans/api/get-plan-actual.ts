import type { PlanActual } from '@danvan/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { type PlanScope, planScopeParams } from '@/features/plans/plan-scope';
import { apiClient } from '@/lib/api-client';

export function getPlanActual(scope: PlanScope, { signal }: { signal?: AbortSignal } = {}): Promise<PlanActual> {
  return apiClient.get<PlanActual>('/stats/plan-actual', {
    query: planScopeParams(scope),
    ...(signal ? { signal } : {}),
  });
}

export function planActualQueryOptions(scope: PlanScope) {
  return queryOptions({
    queryKey: ['stats', 'plan-actual', planScopeParams(scope)],
    queryFn: ({ signal }) => getPlanActual(scope, { signal }),
  });
}

export function usePlanActual(scope: PlanScope) {
  return useQuery({ ...planActualQueryOptions(scope), placeholderData: keepPreviousData });
}
