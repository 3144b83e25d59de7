import { Center, Loader } from '@mantine/core';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { createBrowserRouter, type DataRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppLayout } from '@/app/layout';
import { activitiesRoutes } from '@/app/routes/activities-routes';
import { dashboardsRoutes } from '@/app/routes/dashboards-routes';
import { importsRoutes } from '@/app/routes/imports-routes';
import { overviewLoader } from '@/app/routes/overview-loader';
import { plansRoutes } from '@/app/routes/plans-routes';
import { registriesRoutes } from '@/app/routes/registries-routes';
import { reportsRoutes } from '@/app/routes/reports-routes';
import { reviewRoutes } from '@/app/routes/review-routes';
import { RootErrorBoundary, RouteErrorBoundary } from '@/app/routes/route-error';
import { loginLoader, requireSession } from '@/app/routes/session-guard';
import { connectSessionToApiClient } from '@/app/session-expiry';
import { messages } from '@/config/messages';
import { paths } from '@/config/paths';

/** Shown until the first page's code has arrived. */
function AppLoading() {
  return (
    <Center component="main" h="100dvh" aria-busy="true">
      {/* A span may carry a name only with a role: status also announces it. */}
      <Loader role="status" aria-label={messages.common.loading} />
    </Center>
  );
}

const loadOverviewPage = async () => (await import('@/app/routes/overview')).OverviewRoute;
const loadLoginPage = async () => (await import('@/app/routes/login')).LoginRoute;
const loadNotFoundPage = async () => (await import('@/app/routes/not-found')).NotFoundRoute;

/**
 * The route tree: the login page on its own, everything else behind the session guard. The shell is eager,
 * pages are lazy chunks; loaders prefetch the queries their page uses.
 */
export function createAppRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: paths.login,
      loader: loginLoader(queryClient),
      lazy: { Component: loadLoginPage },
      ErrorBoundary: RootErrorBoundary,
      HydrateFallback: AppLoading,
    },
    {
      path: paths.home,
      // Also waits for the health answer (is this the demo data?), so the banner is there when the page first
      // draws instead of pushing it down afterwards, and the pages know which period to open on.
      middleware: [requireSession(queryClient)],
      Component: AppLayout,
      ErrorBoundary: RootErrorBoundary,
      HydrateFallback: AppLoading,
      children: [
        {
          // Errors of a page are caught here, so the header and navigation stay usable.
          ErrorBoundary: RouteErrorBoundary,
          children: [
            {
              index: true,
              loader: overviewLoader(queryClient),
              lazy: { Component: loadOverviewPage },
            },
            ...dashboardsRoutes(queryClient),
            ...registriesRoutes(queryClient),
            ...activitiesRoutes(queryClient),
            ...reviewRoutes(queryClient),
            ...plansRoutes(queryClient),
            ...reportsRoutes(queryClient),
            ...importsRoutes(),
            {
              path: '*',
              lazy: { Component: loadNotFoundPage },
            },
          ],
        },
      ],
    },
  ];
}

export function createAppRouter(queryClient: QueryClient): DataRouter {
  return createBrowserRouter(createAppRoutes(queryClient));
}

/** The app's router: its own, or one already made (and loaded) for taking over a server-rendered page. */
export function AppRouter({ router: given }: { router?: DataRouter }) {
  const queryClient = useQueryClient();
  const router = useMemo(() => given ?? createAppRouter(queryClient), [given, queryClient]);
  useEffect(() => connectSessionToApiClient(router, queryClient), [router, queryClient]);
  return <RouterProvider router={router} />;
}
