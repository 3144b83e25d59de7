import { type Activity, ActivityCategory, type Commune, formatDate, type Unit } from '@danvan/domain';
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { activitiesMessages } from '@/config/messages/activities';
import { paths } from '@/config/paths';
import { ReturnedNotice } from '@/features/activities/components/returned-notice';
import { DeletedBadge, StatusBadge } from '@/features/activities/components/status-badge';

const text = activitiesMessages;

export function unitName(units: ReadonlyMap<number, Unit>, id: number): string {
  return units.get(id)?.name ?? text.common.unknownUnit(id);
}

export function communeLabel(communes: ReadonlyMap<number, Commune>, id: number): string {
  const commune = communes.get(id);
  return commune ? text.form.communeOption(commune.name, commune.district) : text.common.unknownCommune(id);
}

export function dateRange(activity: Pick<Activity, 'startDate' | 'endDate'>): string {
  return text.common.dateRange(formatDate(activity.startDate), formatDate(activity.endDate));
}

export interface ActivityCardProps {
  activity: Activity;
  units: ReadonlyMap<number, Unit>;
  communes: ReadonlyMap<number, Commune>;
}

/** One activity in the list: what, where, when, who, its status, and why it was returned. */
export function ActivityCard({ activity, units, communes }: ActivityCardProps) {
  return (
    <Paper component="li" withBorder radius="md" p="md" data-testid="activity-card">
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <StatusBadge status={activity.status} />
          {activity.deletedAt ? <DeletedBadge /> : null}
        </Group>
        <Title order={2} size="h4" style={{ overflowWrap: 'anywhere' }}>
          <Anchor component={Link} to={paths.activity(activity.id)} inherit>
            {activity.title}
          </Anchor>
        </Title>
        <Text size="sm">
          {dateRange(activity)} · {communeLabel(communes, activity.communeId)}
        </Text>
        <Text size="sm" c="dimmed">
          {activity.unitIds.map((id) => unitName(units, id)).join('; ')}
        </Text>
        <Text size="sm" c="dimmed">
          {activity.categories.map((c) => ActivityCategory.labels[c]).join('; ')}
        </Text>
        {activity.status === 'returned' ? <ReturnedNotice comment={activity.reviewComment} compact /> : null}
      </Stack>
    </Paper>
  );
}
