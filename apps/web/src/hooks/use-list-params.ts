import { isValidDate } from '@danvan/domain';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/**
 * The state of a list page — search text, filters, sort and page — kept in the URL's search params, so
 * every view of a list can be bookmarked, shared and reached again with the back button. Parameter names
 * are the API's own (`q`, `sort`, `page`, `group=a,b`), so the same values go to the JSON list and to its
 * CSV download.
 */

/** What one filter parameter may hold; anything else in the URL is ignored rather than sent to the API. */
export type ListFilterSpec =
  | { kind: 'enum'; values: readonly string[]; multiple?: boolean }
  | { kind: 'id' }
  | { kind: 'date' }
  | { kind: 'boolean' }
  | { kind: 'text'; maxLength?: number };

export interface ListParamsConfig<F extends string> {
  filters: Readonly<Record<F, ListFilterSpec>>;
  /** The API's sort fields; `-field` sorts descending. */
  sortFields: readonly string[];
  defaultSort: string;
  pageSize: number;
}

export interface ListState<F extends string> {
  q: string;
  sort: string;
  page: number;
  limit: number;
  /** The valid filter values, as the API takes them (lists comma-separated). */
  filters: Partial<Record<F, string>>;
}

const MAX_QUERY_LENGTH = 200;
const MAX_PAGE = 1_000_000;

function cleanFilter(spec: ListFilterSpec, raw: string | null): string | undefined {
  if (raw === null || raw.trim() === '') return undefined;
  const value = raw.trim();
  switch (spec.kind) {
    case 'enum': {
      const parts = spec.multiple ? value.split(',') : [value];
      const valid = [...new Set(parts.filter((part) => spec.values.includes(part)))];
      return valid.length > 0 ? valid.join(',') : undefined;
    }
    case 'id':
      return /^[1-9]\d{0,15}$/.test(value) ? value : undefined;
    case 'date':
      return isValidDate(value) ? value : undefined;
    case 'boolean':
      return value === 'true' || value === 'false' ? value : undefined;
    case 'text':
      return value.slice(0, spec.maxLength ?? MAX_QUERY_LENGTH);
  }
}

function isSort(sortFields: readonly string[], value: string | null): value is string {
  return value !== null && sortFields.includes(value.replace(/^-/, ''));
}

/** Reads a list's state from search params; also used by route loaders to prefetch the same query. */
export function readListState<F extends string>(params: URLSearchParams, config: ListParamsConfig<F>): ListState<F> {
  const filters: Partial<Record<F, string>> = {};
  for (const name of Object.keys(config.filters) as F[]) {
    const value = cleanFilter(config.filters[name], params.get(name));
    if (value !== undefined) filters[name] = value;
  }
  const pageParam = Number(params.get('page'));
  const sortParam = params.get('sort');
  return {
    q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH),
    sort: isSort(config.sortFields, sortParam) ? sortParam : config.defaultSort,
    page: Number.isInteger(pageParam) && pageParam >= 1 && pageParam <= MAX_PAGE ? pageParam : 1,
    limit: config.pageSize,
    filters,
  };
}

/** The API query of a list's state; empty values are left out. */
export function listApiQuery<F extends string>(state: ListState<F>): Record<string, string | number> {
  return {
    ...(state.q ? { q: state.q } : {}),
    ...(state.filters as Record<string, string>),
    sort: state.sort,
    page: state.page,
    limit: state.limit,
  };
}

/** The same rows as CSV: every match, so no page or limit. */
export function listCsvQuery<F extends string>(state: ListState<F>): Record<string, string> {
  return {
    ...(state.q ? { q: state.q } : {}),
    ...(state.filters as Record<string, string>),
    sort: state.sort,
    format: 'csv',
  };
}

export interface ListParams<F extends string> extends ListState<F> {
  /** The list as the API takes it: `{ q, ...filters, sort, page, limit }`. */
  apiQuery: Record<string, string | number>;
  csvQuery: Record<string, string>;
  /** Values of a filter that takes several (`group=a,b` → `['a', 'b']`). */
  filterValues: (name: F) => string[];
  /** How many filters (and the search) narrow the list now. */
  activeCount: number;
  /** New search text; goes back to page 1, and replaces the history entry so typing does not fill it. */
  setSearch: (q: string) => void;
  /** A filter's new value (`null` or empty to remove it); goes back to page 1. */
  setFilter: (name: F, value: string | readonly string[] | null) => void;
  /** Removes these filters at once (those that go together, like an item and its measure unit); back to page 1. */
  removeFilters: (names: readonly F[]) => void;
  setSort: (sort: string) => void;
  setPage: (page: number) => void;
  /** Removes the search and every filter, keeping the sort. */
  clearAll: () => void;
}

/**
 * `const list = useListParams(UNIT_LIST)` then `useUnits(list.apiQuery)`; controls call `list.setFilter('group', [...])`.
 * Other search params of the page (e.g. a period `from`/`to`) are left alone.
 */
export function useListParams<F extends string>(config: ListParamsConfig<F>): ListParams<F> {
  const [searchParams, setSearchParams] = useSearchParams();
  const state = useMemo(() => readListState(searchParams, config), [searchParams, config]);

  const update = useCallback(
    (change: (next: URLSearchParams) => void, { resetPage = true, replace = false } = {}) => {
      setSearchParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          change(next);
          if (resetPage) next.delete('page');
          return next;
        },
        { replace, preventScrollReset: true },
      );
    },
    [setSearchParams],
  );

  const setSearch = useCallback(
    (q: string) =>
      update(
        (next) => {
          const value = q.trim();
          if (value) next.set('q', value);
          else next.delete('q');
        },
        { replace: true },
      ),
    [update],
  );

  const setFilter = useCallback(
    (name: F, value: string | readonly string[] | null) =>
      update((next) => {
        const text = Array.isArray(value) ? value.join(',') : ((value as string | null) ?? '');
        if (text) next.set(name, text);
        else next.delete(name);
      }),
    [update],
  );

  const removeFilters = useCallback(
    (names: readonly F[]) =>
      update((next) => {
        for (const name of names) next.delete(name);
      }),
    [update],
  );

  const setSort = useCallback(
    (sort: string) =>
      update((next) => {
        if (sort === config.defaultSort) next.delete('sort');
        else next.set('sort', sort);
      }),
    [update, config.defaultSort],
  );

  const setPage = useCallback(
    (page: number) =>
      update(
        (next) => {
          if (page <= 1) next.delete('page');
          else next.set('page', String(page));
        },
        { resetPage: false },
      ),
    [update],
  );

  const clearAll = useCallback(
    () =>
      update((next) => {
        next.delete('q');
        for (const name of Object.keys(config.filters)) next.delete(name);
      }),
    [update, config.filters],
  );

  return useMemo(
    () => ({
      ...state,
      apiQuery: listApiQuery(state),
      csvQuery: listCsvQuery(state),
      filterValues: (name: F) => state.filters[name]?.split(',') ?? [],
      activeCount: Object.keys(state.filters).length + (state.q ? 1 : 0),
      setSearch,
      setFilter,
      removeFilters,
      setSort,
      setPage,
      clearAll,
    }),
    [state, setSearch, setFilter, removeFilters, setSort, setPage, clearAll],
  );
}
