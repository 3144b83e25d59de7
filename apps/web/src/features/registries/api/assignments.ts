import type { Assignment, AssignmentInput } from '@danvan/domain';
import { useQuery } from '@tanstack/react-query';
import type { QueryParams } from '@/lib/api-client';
import { registryResource } from './registry-resource';

/** `/assignments`: which unit covers which commune, from when to when (dated, never rewritten). */
export const assignmentsResource = registryResource<Assignment, AssignmentInput, Partial<AssignmentInput>>(
  'assignments',
);

export function useAssignments(query: QueryParams) {
  return useQuery(assignmentsResource.listQueryOptions(query));
}

export function useAssignment(id: number) {
  return useQuery(assignmentsResource.detailQueryOptions(id));
}
