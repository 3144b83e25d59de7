import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import type { NavItemSpec } from '@/app/main-navigation';
import { messages } from '@/config/messages';
import { paths } from '@/config/paths';

const loaders = () => import('./dashboards-loaders');
const loadCoveragePage = async () => (await import('@/features/dashboards/components/coverage-page')).CoveragePage;
const loadFundingPage = async () => (await import('@/features/dashboards/components/funding-page')).FundingPage;

/**
 * The dashboards, mounted inside the signed-in shell. Their loaders (which start the pages' queries) and their
 * pages are lazy, fetched side by side: the shell that every page loads carries neither.
 */
export function dashboardsRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: paths.coverage,
      lazy: { loader: async () => (await loaders()).coverageLoader(queryClient), Component: loadCoveragePage },
    },
    {
      path: paths.funding,
      lazy: { loader: async () => (await loaders()).fundingLoader(queryClient), Component: loadFundingPage },
    },
  ];
}

/** Their entries in the main navigation. */
export const dashboardsNavItems: readonly NavItemSpec[] = [
  { to: paths.coverage, label: messages.nav.coverage },
  { to: paths.funding, label: messages.nav.funding },
];
