import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunction } from 'react-router';
import { coverageQueryOptions } from '@/features/overview/api/get-coverage';
import { periodFromSearchParams } from '@/lib/period';

/**
 * Starts the coverage query while the page's code is still downloading. It does not wait for the answer:
 * the page shows its own loading and error states, with a retry, instead of the route failing as a whole.
 */
export function overviewLoader(queryClient: QueryClient): LoaderFunction {
  return ({ request }) => {
    const { period } = periodFromSearchParams(new URL(request.url).searchParams);
    void queryClient.prefetchQuery(coverageQueryOptions(period));
    return null;
  };
}
