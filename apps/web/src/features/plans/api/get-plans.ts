import type { ListResult, Plan } from '@danvan/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { type PlanScope, planScopeParams } from '@/features/plans/plan-scope';
import { apiClient } from '@/lib/api-client';

export const PLANS_PAGE_SIZE = 20;

/** A unit's (or every unit's) plans over the months, by month. */
export function getPlans(
  scope: PlanScope,
  page: number,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ListResult<Plan>> {
  return apiClient.get<ListResult<Plan>>('/plans', {
    query: { ...planScopeParams(scope), sort: 'month', limit: PLANS_PAGE_SIZE, page },
    ...(signal ? { signal } : {}),
  });
}

export function plansQueryOptions(scope: PlanScope, page: number) {
  return queryOptions({
    queryKey: ['plans', 'list', { ...planScopeParams(scope), page }],
    queryFn: ({ signal }) => getPlans(scope, page, { signal }),
  });
}

export function usePlans(scope: PlanScope, page: number) {
  return useQuery({ ...plansQueryOptions(scope, page), placeholderData: keepPreviousData });
}
