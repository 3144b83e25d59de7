import { type Commune, type Directive, MAX_PAGE_SIZE, type Unit } from '@danvan/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { communeLookupQueryOptions, unitLookupQueryOptions } from '@/lib/lookups';
import { directivesResource } from './directives';

/**
 * Every record of a registry, by id: names for tables of assignments and the options of the pickers.
 * Units and communes come from the app-wide lookups (`lib/lookups`), so other pages share the same cache.
 */
export interface Lookup<T extends { id: number }> {
  items: T[];
  byId: Map<number, T>;
}

export type UnitLookup = Lookup<Unit>;
export type CommuneLookup = Lookup<Commune>;
export type DirectiveLookup = Lookup<Directive>;

function toLookup<T extends { id: number }>(items: T[]): Lookup<T> {
  return { items, byId: new Map(items.map((item) => [item.id, item])) };
}

export function useUnitLookup() {
  return useQuery({ ...unitLookupQueryOptions(), select: toLookup<Unit> });
}

export function useCommuneLookup() {
  return useQuery({ ...communeLookupQueryOptions(), select: toLookup<Commune> });
}

/** Directives are few (a handful a year): one page holds them all. */
export function directiveLookupQueryOptions() {
  return queryOptions({
    queryKey: ['lookups', 'directives'],
    queryFn: async ({ signal }) =>
      (await directivesResource.list({ sort: '-issuedOn', limit: MAX_PAGE_SIZE }, signal)).items,
    staleTime: 10 * 60_000,
  });
}

export function useDirectiveLookup() {
  return useQuery({ ...directiveLookupQueryOptions(), select: toLookup<Directive> });
}
