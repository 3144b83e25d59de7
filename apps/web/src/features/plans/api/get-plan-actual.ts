import type { PlanActual } from '@danvan/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { type PlanScope, planScopeParams } from '@/features/plans/plan-scope';
import { apiClient } from '@/lib/api-client';

/** The scope's query, and the page of places (a unit and a commune, with their months) when not the first. */
function planActualParams(scope: PlanScope, page: number): Record<string, string> {
  return { ...planScopeParams(scope), ...(page > 1 ? { page: String(page) } : {}) };
}

export function getPlanActual(
  scope: PlanScope,
  page = 1,
  { signal }: { signal?: AbortSignal } = {},
): Promise<PlanActual> {
  return apiClient.get<PlanActual>('/stats/plan-actual', {
    query: planActualParams(scope, page),
    ...(signal ? { signal } : {}),
  });
}

export function planActualQueryOptions(scope: PlanScope, page = 1) {
  return queryOptions({
    queryKey: ['stats', 'plan-actual', planActualParams(scope, page)],
    queryFn: ({ signal }) => getPlanActual(scope, page, { signal }),
  });
}

export function usePlanActual(scope: PlanScope, page = 1) {
  return useQuery({ ...planActualQueryOptions(scope, page), placeholderData: keepPreviousData });
}
