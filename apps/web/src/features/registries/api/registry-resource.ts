import type { ListResult } from '@danvan/domain';
import { keepPreviousData, type QueryClient, queryOptions } from '@tanstack/react-query';
import { apiClient, ifMatch, type QueryParams } from '@/lib/api-client';

export type RegistryName = 'directives' | 'units' | 'communes' | 'assignments';

interface VersionedRecord {
  id: number;
  version: number;
}

/**
 * The reads and writes of one registry resource of the API (`/units`, `/communes`…), with the query keys
 * and options the pages share. Every key starts with `['registries', name]`, so one invalidation after a
 * write refreshes its lists, details and lookups.
 */
export function registryResource<R extends VersionedRecord, I, P>(name: RegistryName) {
  const path = `/${name}`;
  const keys = {
    all: ['registries', name] as const,
    list: (query: QueryParams) => ['registries', name, 'list', query] as const,
    detail: (id: number) => ['registries', name, 'detail', id] as const,
  };

  const list = (query: QueryParams, signal?: AbortSignal) =>
    apiClient.get<ListResult<R>>(path, { query, ...(signal ? { signal } : {}) });
  const get = (id: number, signal?: AbortSignal) =>
    apiClient.get<R>(`${path}/${id}`, { ...(signal ? { signal } : {}) });
  const create = (input: I) => apiClient.post<R>(path, { body: input });
  /** Changes only the fields in `patch`; `version` is the one read, so someone else's change gives 412. */
  const update = (id: number, version: number, patch: P) =>
    apiClient.patch<R>(`${path}/${id}`, { body: patch, headers: ifMatch(version) });

  return {
    name,
    path,
    keys,
    list,
    get,
    create,
    update,
    listQueryOptions: (query: QueryParams) =>
      queryOptions({
        queryKey: keys.list(query),
        queryFn: ({ signal }) => list(query, signal),
        // A new page or filter keeps the old rows on screen until the new ones arrive.
        placeholderData: keepPreviousData,
      }),
    detailQueryOptions: (id: number) =>
      queryOptions({
        queryKey: keys.detail(id),
        queryFn: ({ signal }) => get(id, signal),
      }),
    /**
     * After a write: this registry's lists and details, the app-wide lookups (names in other pages'
     * selects), and every figure (they depend on assignments).
     */
    invalidate: (queryClient: QueryClient) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.all }),
        queryClient.invalidateQueries({ queryKey: ['lookups'] }),
        queryClient.invalidateQueries({ queryKey: ['stats'] }),
      ]),
  };
}
