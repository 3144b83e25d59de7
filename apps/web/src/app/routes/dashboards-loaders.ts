/**
 * The dashboards' loaders, in a chunk of their own: the route fetches it in parallel with the page's code, so
 * the queries start before the page's chunk has arrived, and the first load of other pages does not carry them.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunction } from 'react-router';
import { sessionQueryOptions } from '@/features/auth/api/get-session';
import {
  COMMUNE_DEFAULT_SORT,
  COMMUNE_PAGE_SIZE,
  COMMUNE_SORTS,
  communeStatsQueryOptions,
} from '@/features/dashboards/api/get-commune-stats';
import {
  COMPLIANCE_DEFAULT_SORT,
  COMPLIANCE_PAGE_SIZE,
  COMPLIANCE_SORTS,
  complianceQueryOptions,
} from '@/features/dashboards/api/get-compliance';
import { coverageStatsQueryOptions } from '@/features/dashboards/api/get-coverage-stats';
import { ALL_ROWS_PARAM, FUNDING_ALL, FUNDING_TOP, fundingQueryOptions } from '@/features/dashboards/api/get-funding';
import {
  COMMUNE_TABLE,
  MATRIX_TABLE,
  previousStatsQuery,
  REACHED_PARAM,
  readDashboardFilters,
  type StatsFilterQuery,
  statsQuery,
} from '@/features/dashboards/dashboard-filters';
import { readTableParams } from '@/features/dashboards/use-dashboard-filters';
import { districtsQueryOptions } from '@/lib/lookups';

/** The stats query of the URL, as the page will ask it (an officer's without the unit group). */
function queryOf(queryClient: QueryClient, params: URLSearchParams): StatsFilterQuery {
  const user = queryClient.getQueryData(sessionQueryOptions().queryKey)?.user;
  return statsQuery(readDashboardFilters(params).filters, user?.role === 'unit_officer');
}

/** Starts the coverage page's queries (and the filters' districts) while its code downloads; the page shows their loading and errors. */
export function coverageLoader(queryClient: QueryClient): LoaderFunction {
  return ({ request }) => {
    const params = new URL(request.url).searchParams;
    const query = queryOf(queryClient, params);
    const matrix = readTableParams(params, MATRIX_TABLE, COMPLIANCE_SORTS, COMPLIANCE_DEFAULT_SORT);
    const communes = readTableParams(params, COMMUNE_TABLE, COMMUNE_SORTS, COMMUNE_DEFAULT_SORT);
    const reached = params.get(REACHED_PARAM);
    void queryClient.prefetchQuery(districtsQueryOptions());
    void queryClient.prefetchQuery(coverageStatsQueryOptions(query));
    void queryClient.prefetchQuery(coverageStatsQueryOptions(previousStatsQuery(query)));
    void queryClient.prefetchQuery(complianceQueryOptions(query, { ...matrix, limit: COMPLIANCE_PAGE_SIZE }));
    void queryClient.prefetchQuery(
      communeStatsQueryOptions(query, {
        ...communes,
        limit: COMMUNE_PAGE_SIZE,
        reached: reached === 'true' || reached === 'false' ? reached : undefined,
      }),
    );
    return null;
  };
}

export function fundingLoader(queryClient: QueryClient): LoaderFunction {
  return ({ request }) => {
    const params = new URL(request.url).searchParams;
    const limit = params.get(ALL_ROWS_PARAM) === '1' ? FUNDING_ALL : FUNDING_TOP;
    void queryClient.prefetchQuery(districtsQueryOptions());
    void queryClient.prefetchQuery(fundingQueryOptions(queryOf(queryClient, params), limit));
    return null;
  };
}
