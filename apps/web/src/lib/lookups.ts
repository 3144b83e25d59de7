/**
 * The registries that other pages name and offer in their selects (units, communes): read whole, since a
 * province has a few hundred, and cached for a while, since they change a few times a year.
 */
import { type Commune, type DistrictList, type ListResult, MAX_PAGE_SIZE, type Unit } from '@danvan/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, type QueryParams } from '@/lib/api-client';

const LOOKUP_STALE_MS = 10 * 60_000;
/** A guard against paging forever on a broken answer: 20 pages of 500 is far above any province. */
const MAX_PAGES = 20;

async function getAll<T>(path: string, query: QueryParams, signal?: AbortSignal): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const result = await apiClient.get<ListResult<T>>(path, {
      query: { ...query, limit: MAX_PAGE_SIZE, page },
      ...(signal ? { signal } : {}),
    });
    items.push(...result.items);
    if (page >= result.pages) break;
  }
  return items;
}

export function unitLookupQueryOptions() {
  return queryOptions({
    queryKey: ['lookups', 'units'],
    queryFn: ({ signal }) => getAll<Unit>('/units', { sort: 'name' }, signal),
    staleTime: LOOKUP_STALE_MS,
  });
}

export function useUnitLookup() {
  return useQuery(unitLookupQueryOptions());
}

export function communeLookupQueryOptions() {
  return queryOptions({
    queryKey: ['lookups', 'communes'],
    queryFn: ({ signal }) => getAll<Commune>('/communes', { sort: 'name' }, signal),
    staleTime: LOOKUP_STALE_MS,
  });
}

export function useCommuneLookup() {
  return useQuery(communeLookupQueryOptions());
}

/** The districts' names in Vietnamese order, for district filters: one small answer, not every commune. */
export function districtsQueryOptions() {
  return queryOptions({
    queryKey: ['lookups', 'districts'],
    queryFn: async ({ signal }) =>
      (await apiClient.get<DistrictList>('/communes/districts', { signal })).items.map((d) => d.name),
    staleTime: LOOKUP_STALE_MS,
  });
}

export function useDistricts() {
  return useQuery(districtsQueryOptions());
}

/** The communes a unit is assigned to on a date (`YYYY-MM-DD`). */
export function assignedCommunesQueryOptions(unitId: number, activeOn: string) {
  return queryOptions({
    queryKey: ['lookups', 'assigned-communes', unitId, activeOn],
    queryFn: ({ signal }) => getAll<Commune>('/communes', { sort: 'name', unitId, activeOn }, signal),
    staleTime: LOOKUP_STALE_MS,
  });
}

export function useAssignedCommunes(unitId: number | null, activeOn: string | null) {
  return useQuery({
    ...assignedCommunesQueryOptions(unitId ?? 0, activeOn ?? ''),
    enabled: unitId !== null && activeOn !== null,
  });
}

/** Records by id, for showing records that hold only ids. */
export function byId<T extends { id: number }>(items: readonly T[] | undefined): Map<number, T> {
  return new Map((items ?? []).map((item) => [item.id, item]));
}
