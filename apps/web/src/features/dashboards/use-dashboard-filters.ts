import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useSession } from '@/features/auth/use-session';
import {
  type DashboardFilters,
  readDashboardFilters,
  type StatsFilterQuery,
  statsQuery,
  writeDashboardFilters,
} from '@/features/dashboards/dashboard-filters';

export interface DashboardFiltersState {
  filters: DashboardFilters;
  /** The URL's period could not be used; the default is shown. */
  invalid: boolean;
  /** What every `/stats/*` call of the page sends. */
  query: StatsFilterQuery;
  /** A unit officer sees their own unit's figures only (the API confines them). */
  ownUnitOnly: boolean;
  /** The officer's unit: the only one whose contributions their funding figures count. */
  ownUnitId: number | null;
  ownUnitName: string | null;
  setFilters: (filters: DashboardFilters) => void;
}

/** The dashboard's period and scope, kept in the URL. */
export function useDashboardFilters(): DashboardFiltersState {
  const [searchParams, setSearchParams] = useSearchParams();
  const { user } = useSession();
  const ownUnitOnly = user?.role === 'unit_officer';
  const { filters, invalid } = useMemo(() => readDashboardFilters(searchParams), [searchParams]);
  const query = useMemo(() => statsQuery(filters, ownUnitOnly), [filters, ownUnitOnly]);
  const setFilters = useCallback(
    (next: DashboardFilters) =>
      setSearchParams((previous) => writeDashboardFilters(previous, next), { preventScrollReset: true }),
    [setSearchParams],
  );
  return {
    filters,
    invalid,
    query,
    ownUnitOnly,
    ownUnitId: ownUnitOnly ? (user?.unitId ?? null) : null,
    ownUnitName: user?.unitName ?? null,
    setFilters,
  };
}

export interface TableParams {
  sort: string;
  page: number;
  setSort: (sort: string) => void;
  setPage: (page: number) => void;
}

const MAX_PAGE = 1_000_000;

/** Reads one table's sort and page from the URL (`unitSort=-rate&unitPage=2`); shared with the route loader. */
export function readTableParams(
  params: URLSearchParams,
  names: { sort: string; page: string },
  sorts: readonly string[],
  defaultSort: string,
): { sort: string; page: number } {
  const sortParam = params.get(names.sort);
  const sort = sortParam !== null && sorts.includes(sortParam.replace(/^-/, '')) ? sortParam : defaultSort;
  const page = Number(params.get(names.page));
  return { sort, page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1 };
}

/** One table's sort and page in the URL, so a page of the matrix can be bookmarked too. */
export function useTableParams(
  names: { sort: string; page: string },
  sorts: readonly string[],
  defaultSort: string,
): TableParams {
  const [searchParams, setSearchParams] = useSearchParams();
  const { sort, page } = readTableParams(searchParams, names, sorts, defaultSort);
  const update = useCallback(
    (change: (next: URLSearchParams) => void) =>
      setSearchParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          change(next);
          return next;
        },
        { preventScrollReset: true },
      ),
    [setSearchParams],
  );
  const setSort = useCallback(
    (value: string) =>
      update((next) => {
        if (value === defaultSort) next.delete(names.sort);
        else next.set(names.sort, value);
        next.delete(names.page);
      }),
    [update, names.sort, names.page, defaultSort],
  );
  const setPage = useCallback(
    (value: number) =>
      update((next) => {
        if (value <= 1) next.delete(names.page);
        else next.set(names.page, String(value));
      }),
    [update, names.page],
  );
  return { sort, page, setSort, setPage };
}
