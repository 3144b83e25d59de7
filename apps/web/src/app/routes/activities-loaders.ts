/**
 * The activities pages' loaders, in a chunk of their own: the route fetches it in parallel with the page's
 * code, so the queries start before the page's chunk has arrived, and other pages' first load does not carry them.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunction } from 'react-router';
import { ACTIVITY_LIST, periodInOrder } from '@/features/activities/activity-list-params';
import { activitiesQueryOptions } from '@/features/activities/api/get-activities';
import { activityQueryOptions } from '@/features/activities/api/get-activity';
import { activityIdParam } from '@/features/activities/route-params';
import { listApiQuery, readListState } from '@/hooks/use-list-params';
import { communeLookupQueryOptions, unitLookupQueryOptions } from '@/lib/lookups';

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

export function activitiesListLoader(queryClient: QueryClient): LoaderFunction {
  return prefetch(queryClient, ({ request }) => {
    const state = readListState(new URL(request.url).searchParams, ACTIVITY_LIST);
    if (periodInOrder(state.filters)) void queryClient.prefetchQuery(activitiesQueryOptions(listApiQuery(state)));
  });
}

export function newActivityLoader(queryClient: QueryClient): LoaderFunction {
  return prefetch(queryClient, () => {});
}

export function activityLoader(queryClient: QueryClient): LoaderFunction {
  return prefetch(queryClient, ({ params }) => prefetchActivity(queryClient, params.id));
}
