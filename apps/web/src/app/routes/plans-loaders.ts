/**
 * The plans and difficulties pages' loaders, in a chunk of their own: the route fetches it in parallel with the
 * page's code, so the queries start before the page's chunk has arrived, and other pages' first load does not
 * carry them.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunction } from 'react-router';
import { sessionQueryOptions } from '@/features/auth/api/get-session';
import { difficultiesQueryOptions } from '@/features/plans/api/get-difficulties';
import { planActualQueryOptions } from '@/features/plans/api/get-plan-actual';
import { plansQueryOptions } from '@/features/plans/api/get-plans';
import { DIFFICULTY_LIST } from '@/features/plans/difficulty-list';
import { planScopeFromSearchParams } from '@/features/plans/plan-scope';
import { PLACES_PAGE_PARAM } from '@/features/plans/use-plan-scope';
import { listApiQuery, readListState } from '@/hooks/use-list-params';
import { pageParam } from '@/lib/page-param';

/** Starts the plans page's two queries while its code downloads; the page shows their loading and errors. */
export function plansLoader(queryClient: QueryClient): LoaderFunction {
  return ({ request }) => {
    const params = new URL(request.url).searchParams;
    const { scope } = planScopeFromSearchParams(params);
    const user = queryClient.getQueryData(sessionQueryOptions().queryKey)?.user;
    const own = user?.role === 'unit_officer' ? { ...scope, unitId: user.unitId ?? undefined } : scope;
    void queryClient.prefetchQuery(planActualQueryOptions(own, pageParam(params, PLACES_PAGE_PARAM)));
    void queryClient.prefetchQuery(plansQueryOptions(own, pageParam(params)));
    return null;
  };
}

export function difficultiesLoader(queryClient: QueryClient): LoaderFunction {
  return ({ request }) => {
    const state = readListState(new URL(request.url).searchParams, DIFFICULTY_LIST);
    const { from, to } = state.filters;
    // The page leaves out an end before the start; so does the prefetch, to ask for the same list.
    if (from === undefined || to === undefined || from <= to) {
      void queryClient.prefetchQuery(difficultiesQueryOptions(listApiQuery(state)));
    }
    return null;
  };
}
