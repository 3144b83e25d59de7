import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunction, RouteObject } from 'react-router';
import type { NavItemSpec } from '@/app/main-navigation';
import { messages } from '@/config/messages';
import { paths } from '@/config/paths';
import { sessionQueryOptions } from '@/features/auth/api/get-session';
import { difficultiesQueryOptions } from '@/features/plans/api/get-difficulties';
import { planActualQueryOptions } from '@/features/plans/api/get-plan-actual';
import { plansQueryOptions } from '@/features/plans/api/get-plans';
import { DIFFICULTY_LIST } from '@/features/plans/difficulty-list';
import { planScopeFromSearchParams } from '@/features/plans/plan-scope';
import { listApiQuery, readListState } from '@/hooks/use-list-params';

// Each page is its own lazy chunk (the forms bring the date pickers along).
const loadPlansPage = async () => (await import('@/features/plans/components/plans-page')).PlansPage;
const loadNewPlanPage = async () => (await import('@/features/plans/components/plan-form-pages')).NewPlanPage;
const loadEditPlanPage = async () => (await import('@/features/plans/components/plan-form-pages')).EditPlanPage;
const loadDifficultiesPage = async () =>
  (await import('@/features/plans/components/difficulties-page')).DifficultiesPage;
const loadNewDifficultyPage = async () =>
  (await import('@/features/plans/components/difficulty-form-pages')).NewDifficultyPage;
const loadEditDifficultyPage = async () =>
  (await import('@/features/plans/components/difficulty-form-pages')).EditDifficultyPage;

/** Starts the plans page's two queries while its code downloads; the page shows their loading and errors. */
function plansLoader(queryClient: QueryClient): LoaderFunction {
  return ({ request }) => {
    const params = new URL(request.url).searchParams;
    const { scope } = planScopeFromSearchParams(params);
    const user = queryClient.getQueryData(sessionQueryOptions().queryKey)?.user;
    const own = user?.role === 'unit_officer' ? { ...scope, unitId: user.unitId ?? undefined } : scope;
    const page = Number(params.get('page'));
    void queryClient.prefetchQuery(planActualQueryOptions(own));
    void queryClient.prefetchQuery(plansQueryOptions(own, Number.isInteger(page) && page >= 1 ? page : 1));
    return null;
  };
}

function difficultiesLoader(queryClient: QueryClient): LoaderFunction {
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

/** The plans pages, mounted inside the signed-in shell. */
export function plansRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    { path: paths.plans, loader: plansLoader(queryClient), lazy: { Component: loadPlansPage } },
    { path: paths.newPlan, lazy: { Component: loadNewPlanPage } },
    { path: paths.editPlan(':id'), lazy: { Component: loadEditPlanPage } },
    { path: paths.difficulties, loader: difficultiesLoader(queryClient), lazy: { Component: loadDifficultiesPage } },
    { path: paths.newDifficulty, lazy: { Component: loadNewDifficultyPage } },
    { path: paths.editDifficulty(':id'), lazy: { Component: loadEditDifficultyPage } },
  ];
}

/** Their entries in the main navigation. */
export const plansNavItems: readonly NavItemSpec[] = [
  { to: paths.plans, label: messages.plans.nav.plans },
  { to: paths.difficulties, label: messages.plans.nav.difficulties },
];
