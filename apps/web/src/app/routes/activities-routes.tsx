import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import type { NavItemSpec } from '@/app/main-navigation';
import { messages } from '@/config/messages';
import { paths } from '@/config/paths';

const loaders = () => import('./activities-loaders');
const loadListPage = async () => (await import('@/features/activities/components/activities-page')).ActivitiesPage;
const loadDetailPage = async () =>
  (await import('@/features/activities/components/activity-detail-page')).ActivityDetailRoute;
const loadNewPage = async () => (await import('@/features/activities/components/activity-form-page')).NewActivityPage;
const loadEditPage = async () =>
  (await import('@/features/activities/components/activity-form-page')).EditActivityRoute;

/**
 * The activities pages, mounted inside the signed-in shell. Their loaders (which start the pages' queries) and
 * their pages are lazy, fetched side by side: the shell that every page loads carries neither.
 */
export function activitiesRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: paths.activities,
      lazy: { loader: async () => (await loaders()).activitiesListLoader(queryClient), Component: loadListPage },
    },
    {
      path: paths.newActivity,
      lazy: { loader: async () => (await loaders()).newActivityLoader(queryClient), Component: loadNewPage },
    },
    {
      path: paths.activity(':id'),
      lazy: { loader: async () => (await loaders()).activityLoader(queryClient), Component: loadDetailPage },
    },
    {
      path: paths.editActivity(':id'),
      lazy: { loader: async () => (await loaders()).activityLoader(queryClient), Component: loadEditPage },
    },
  ];
}

/** Their entries in the main navigation. */
export const activitiesNavItems: readonly NavItemSpec[] = [
  { to: paths.activities, label: messages.nav.activities },
  { to: paths.newActivity, label: messages.nav.recordActivity, access: 'write' },
];
