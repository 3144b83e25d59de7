import type { Assignment } from '@danvan/domain';

export type AssignmentStatus = 'current' | 'ended' | 'notYet';

/** Whether an assignment holds on `today` (a calendar date in Vietnam), is over, or has yet to start. */
export function assignmentStatus(
  assignment: Pick<Assignment, 'validFrom' | 'validTo'>,
  today: string,
): AssignmentStatus {
  if (assignment.validFrom > today) return 'notYet';
  if (assignment.validTo !== null && assignment.validTo < today) return 'ended';
  return 'current';
}
