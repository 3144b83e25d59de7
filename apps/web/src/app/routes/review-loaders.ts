/** The review page's loader, in a chunk of its own, fetched side by side with the page's code. */
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunction } from 'react-router';
import { sessionQueryOptions } from '@/features/auth/api/get-session';
import { reviewInboxQueryOptions } from '@/features/review/api/get-review-inbox';

/** Starts fetching the inbox (for admins, the only ones who see it) while the page's code downloads. */
export function reviewLoader(queryClient: QueryClient): LoaderFunction {
  return ({ request }) => {
    const session = queryClient.getQueryData(sessionQueryOptions().queryKey);
    if (session?.user.role !== 'admin') return null;
    const page = Number(new URL(request.url).searchParams.get('page'));
    void queryClient.prefetchQuery(reviewInboxQueryOptions(Number.isInteger(page) && page >= 1 ? page : 1));
    return null;
  };
}
