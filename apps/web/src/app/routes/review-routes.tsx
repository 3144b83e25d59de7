import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import type { NavItemSpec } from '@/app/main-navigation';
import { messages } from '@/config/messages';
import { paths } from '@/config/paths';

const loadReviewLoader = async () => (await import('./review-loaders')).reviewLoader;
const loadReviewPage = async () => (await import('@/features/review/components/review-page')).ReviewPage;

/** The review pages, mounted inside the signed-in shell; the loader and the page are fetched side by side. */
export function reviewRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: paths.review,
      lazy: { loader: async () => (await loadReviewLoader())(queryClient), Component: loadReviewPage },
    },
  ];
}

/** Their entries in the main navigation. */
export const reviewNavItems: readonly NavItemSpec[] = [
  { to: paths.review, label: messages.nav.review, access: 'admin' },
];
