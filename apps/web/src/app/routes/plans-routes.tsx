import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import type { NavItemSpec } from '@/app/main-navigation';
import { messages } from '@/config/messages';
import { paths } from '@/config/paths';

// Each page is its own lazy chunk (the forms bring the date pickers along); so are the loaders.
const loaders = () => import('./plans-loaders');
const loadPlansPage = async () => (await import('@/features/plans/components/plans-page')).PlansPage;
const loadNewPlanPage = async () => (await import('@/features/plans/components/plan-form-pages')).NewPlanPage;
const loadEditPlanPage = async () => (await import('@/features/plans/components/plan-form-pages')).EditPlanPage;
const loadDifficultiesPage = async () =>
  (await import('@/features/plans/components/difficulties-page')).DifficultiesPage;
const loadNewDifficultyPage = async () =>
  (await import('@/features/plans/components/difficulty-form-pages')).NewDifficultyPage;
const loadEditDifficultyPage = async () =>
  (await import('@/features/plans/components/difficulty-form-pages')).EditDifficultyPage;

/** The plans pages, mounted inside the signed-in shell; loaders and pages are fetched side by side. */
export function plansRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: paths.plans,
      lazy: { loader: async () => (await loaders()).plansLoader(queryClient), Component: loadPlansPage },
    },
    { path: paths.newPlan, lazy: { Component: loadNewPlanPage } },
    { path: paths.editPlan(':id'), lazy: { Component: loadEditPlanPage } },
    {
      path: paths.difficulties,
      lazy: { loader: async () => (await loaders()).difficultiesLoader(queryClient), Component: loadDifficultiesPage },
    },
    { path: paths.newDifficulty, lazy: { Component: loadNewDifficultyPage } },
    { path: paths.editDifficulty(':id'), lazy: { Component: loadEditDifficultyPage } },
  ];
}

/** Their entries in the main navigation. */
export const plansNavItems: readonly NavItemSpec[] = [
  { to: paths.plans, label: messages.nav.plans },
  { to: paths.difficulties, label: messages.nav.difficulties },
];
