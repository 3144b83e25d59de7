import type { Directive, DirectiveInput } from '@danvan/domain';
import { useQuery } from '@tanstack/react-query';
import type { QueryParams } from '@/lib/api-client';
import { registryResource } from './registry-resource';

/** `/directives`: the documents (văn bản chỉ đạo) with their norms and the document each implements. */
export const directivesResource = registryResource<Directive, DirectiveInput, Partial<DirectiveInput>>('directives');

export function useDirectives(query: QueryParams, { enabled = true } = {}) {
  return useQuery({ ...directivesResource.listQueryOptions(query), enabled });
}

export function useDirective(id: number) {
  return useQuery(directivesResource.detailQueryOptions(id));
}
