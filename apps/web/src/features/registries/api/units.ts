import type { Unit, UnitInput } from '@danvan/domain';
import { useQuery } from '@tanstack/react-query';
import type { QueryParams } from '@/lib/api-client';
import { registryResource } from './registry-resource';

/** `/units`: the party units (chi, đảng bộ cơ sở). */
export const unitsResource = registryResource<Unit, UnitInput, Partial<UnitInput>>('units');

export function useUnits(query: QueryParams) {
  return useQuery(unitsResource.listQueryOptions(query));
}

export function useUnit(id: number) {
  return useQuery(unitsResource.detailQueryOptions(id));
}
