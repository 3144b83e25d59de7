/** The report page's loader, in a chunk of its own, fetched side by side with the page's code. */
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunction } from 'react-router';
import { sessionQueryOptions } from '@/features/auth/api/get-session';
import { periodReportQueryOptions } from '@/features/reports/api/get-period-report';
import { reportParamsFromSearch } from '@/features/reports/report-params';

/** Starts writing the report while the page's code downloads; the page shows its loading and errors. */
export function reportsLoader(queryClient: QueryClient): LoaderFunction {
  return ({ request }) => {
    const { params } = reportParamsFromSearch(new URL(request.url).searchParams);
    const user = queryClient.getQueryData(sessionQueryOptions().queryKey)?.user;
    const own = user?.role === 'unit_officer' ? { ...params, scope: { unitId: user.unitId ?? undefined } } : params;
    void queryClient.prefetchQuery(periodReportQueryOptions(own));
    return null;
  };
}
