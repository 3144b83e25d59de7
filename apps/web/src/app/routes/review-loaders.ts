/** The review page's loader, in a chunk of its own, fetched side by side with the page's code. */
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunction } from 'react-router';
import { sessionQueryOptions } from '@/features/auth/api/get-session';
import { reviewInboxQueryOptions } from '@/features/review/api/get-review-inbox';
import { pageParam } from '@/lib/page-param';

/** Starts fetching the inbox (for admins, the only ones who see it) while the page's code downloads. */
export function reviewLoader(queryClient: QueryClient): LoaderFunction {
  return ({ request }) => {
    const session = queryClient.getQueryData(sessionQueryOptions().queryKey);
    if (session?.user.role !== 'admin') return null;
    void queryClient.prefetchQuery(reviewInboxQueryOptions(pageParam(new URL(request.url).searchParams)));
    return null;
  };
}
