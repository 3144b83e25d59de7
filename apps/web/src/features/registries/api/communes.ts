import type { Commune, CommuneInput } from '@danvan/domain';
import { useQuery } from '@tanstack/react-query';
import type { QueryParams } from '@/lib/api-client';
import { registryResource } from './registry-resource';

/** `/communes`: communes, wards and townships (xã, phường, thị trấn). */
export const communesResource = registryResource<Commune, CommuneInput, Partial<CommuneInput>>('communes');

export function useCommunes(query: QueryParams) {
  return useQuery(communesResource.listQueryOptions(query));
}

export function useCommune(id: number) {
  return useQuery(communesResource.detailQueryOptions(id));
}
