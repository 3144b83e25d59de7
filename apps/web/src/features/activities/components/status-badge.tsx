import { ActivityStatus } from '@danvan/domain';
import { Badge, type MantineColor } from '@mantine/core';
import { activitiesMessages } from '@/config/messages/activities';
import { SUCCESS_GREEN } from '@/config/theme';

/** Filled badges in dark shades: white text on them stays above 4.5:1. */
const COLORS: Record<ActivityStatus, MantineColor> = {
  draft: 'gray.7',
  submitted: 'blue.9',
  approved: SUCCESS_GREEN,
  returned: 'nationalRed.8',
};

export function StatusBadge({ status }: { status: ActivityStatus }) {
  return (
    <Badge color={COLORS[status]} variant="filled" size="lg" radius="sm" tt="none" data-testid="activity-status">
      {ActivityStatus.labels[status]}
    </Badge>
  );
}

export function DeletedBadge() {
  return (
    <Badge color="dark.6" variant="outline" size="lg" radius="sm" tt="none">
      {activitiesMessages.common.deleted}
    </Badge>
  );
}
