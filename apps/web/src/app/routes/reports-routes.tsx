import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import type { NavItemSpec } from '@/app/main-navigation';
import { messages } from '@/config/messages';
import { paths } from '@/config/paths';

const loadReportsLoader = async () => (await import('./reports-loaders')).reportsLoader;
const loadReportsPage = async () => (await import('@/features/reports/components/reports-page')).ReportsPage;

/** The report page, mounted inside the signed-in shell; the loader and the page are fetched side by side. */
export function reportsRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: paths.reports,
      lazy: { loader: async () => (await loadReportsLoader())(queryClient), Component: loadReportsPage },
    },
  ];
}

/** Its entry in the main navigation. */
export const reportsNavItems: readonly NavItemSpec[] = [{ to: paths.reports, label: messages.nav.reports }];
