import { type Assignment, formatDate } from '@danvan/domain';
import { registriesMessages } from '@/config/messages/registries';
import { type AssignmentStatus, assignmentStatus } from './assignment-status';
import { StatusText } from './status-text';

const text = registriesMessages.common;

const STATUS_LABEL: Record<AssignmentStatus, string> = {
  current: text.current,
  ended: text.ended,
  notYet: text.notYet,
};

const STATUS_COLOR: Record<AssignmentStatus, string> = {
  current: 'green',
  ended: 'gray',
  notYet: 'blue',
};

/** "10/09/2021 – nay", "10/09/2021 – 31/12/2021". */
export function assignmentPeriod(assignment: Pick<Assignment, 'validFrom' | 'validTo'>): string {
  return text.dateRange(
    formatDate(assignment.validFrom),
    assignment.validTo ? formatDate(assignment.validTo) : text.open,
  );
}

export function AssignmentStatusText({
  assignment,
  today,
}: {
  assignment: Pick<Assignment, 'validFrom' | 'validTo'>;
  today: string;
}) {
  const status = assignmentStatus(assignment, today);
  return <StatusText color={STATUS_COLOR[status]}>{STATUS_LABEL[status]}</StatusText>;
}
