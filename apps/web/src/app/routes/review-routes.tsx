import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunction, RouteObject } from 'react-router';
import type { NavItemSpec } from '@/app/main-navigation';
import { messages } from '@/config/messages';
import { paths } from '@/config/paths';
import { sessionQueryOptions } from '@/features/auth/api/get-session';
import { reviewInboxQueryOptions } from '@/features/review/api/get-review-inbox';

const loadReviewPage = async () => (await import('@/features/review/components/review-page')).ReviewPage;

/** Starts fetching the inbox (for admins, the only ones who see it) while the page's code downloads. */
function reviewLoader(queryClient: QueryClient): LoaderFunction {
  return ({ request }) => {
    const session = queryClient.getQueryData(sessionQueryOptions().queryKey);
    if (session?.user.role !== 'admin') return null;
    const page = Number(new URL(request.url).searchParams.get('page'));
    void queryClient.prefetchQuery(reviewInboxQueryOptions(Number.isInteger(page) && page >= 1 ? page : 1));
    return null;
  };
}

/** The review pages, mounted inside the signed-in shell. */
export function reviewRoutes(queryClient: QueryClient): RouteObject[] {
  return [{ path: paths.review, loader: reviewLoader(queryClient), lazy: { Component: loadReviewPage } }];
}

/** Their entries in the main navigation. */
export const reviewNavItems: readonly NavItemSpec[] = [
  { to: paths.review, label: messages.review.nav, access: 'admin' },
];
