import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunction, RouteObject } from 'react-router';
import type { NavItemSpec } from '@/app/main-navigation';
import { messages } from '@/config/messages';
import { paths } from '@/config/paths';
import { ACTIVITY_LIST, periodInOrder } from '@/features/activities/activity-list-params';
import { activitiesQueryOptions } from '@/features/activities/api/get-activities';
import { activityQueryOptions } from '@/features/activities/api/get-activity';
import { activityIdParam } from '@/features/activities/route-params';
import { listApiQuery, readListState } from '@/hooks/use-list-params';
import { communeLookupQueryOptions, unitLookupQueryOptions } from '@/lib/lookups';

const loadListPage = async () => (await import('@/features/activities/components/activities-page')).ActivitiesPage;
const loadDetailPage = async () =>
  (await import('@/features/activities/components/activity-detail-page')).ActivityDetailRoute;
const loadNewPage = async () => (await import('@/features/activities/components/activity-form-page')).NewActivityPage;
const loadEditPage = async () =>
  (await import('@/features/activities/components/activity-form-page')).EditActivityRoute;

/**
 * Loaders start the page's queries while its code downloads, without waiting: each page shows its own
 * loading and error states.
 */
function prefetch(queryClient: QueryClient, run: (args: Parameters<LoaderFunction>[0]) => void): LoaderFunction {
  return (args) => {
    run(args);
    void queryClient.prefetchQuery(unitLookupQueryOptions());
    void queryClient.prefetchQuery(communeLookupQueryOptions());
    return null;
  };
}

function prefetchActivity(queryClient: QueryClient, id: string | undefined) {
  const activityId = activityIdParam(id);
  if (activityId !== null) void queryClient.prefetchQuery(activityQueryOptions(activityId));
}

/** The activities pages, mounted inside the signed-in shell. */
export function activitiesRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: paths.activities,
      loader: prefetch(queryClient, ({ request }) => {
        const state = readListState(new URL(request.url).searchParams, ACTIVITY_LIST);
        if (periodInOrder(state.filters)) void queryClient.prefetchQuery(activitiesQueryOptions(listApiQuery(state)));
      }),
      lazy: { Component: loadListPage },
    },
    {
      path: paths.newActivity,
      loader: prefetch(queryClient, () => {}),
      lazy: { Component: loadNewPage },
    },
    {
      path: paths.activity(':id'),
      loader: prefetch(queryClient, ({ params }) => prefetchActivity(queryClient, params.id)),
      lazy: { Component: loadDetailPage },
    },
    {
      path: paths.editActivity(':id'),
      loader: prefetch(queryClient, ({ params }) => prefetchActivity(queryClient, params.id)),
      lazy: { Component: loadEditPage },
    },
  ];
}

/** Their entries in the main navigation. */
export const activitiesNavItems: readonly NavItemSpec[] = [
  { to: paths.activities, label: messages.activities.nav.list },
  { to: paths.newActivity, label: messages.activities.nav.record, access: 'write' },
];
