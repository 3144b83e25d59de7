import {
  type Activity,
  ActivityCategory,
  type Commune,
  formatInteger,
  NtmCriteriaSets,
  ntmCriterionLabel,
  ParticipantGroup,
  type Unit,
} from '@danvan/domain';
import { DataList, List, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { messages } from '@/config/messages';
import { activitiesMessages } from '@/config/messages/activities';
import { communeLabel, dateRange, unitName } from '@/features/activities/components/activity-card';
import { formatTimestamp } from '@/features/activities/format';

const text = activitiesMessages.detail;

export interface ActivitySummaryProps {
  activity: Activity;
  units: ReadonlyMap<number, Unit>;
  communes: ReadonlyMap<number, Commune>;
}

/** Everything recorded about the activity but its money and photos, as label and value pairs. */
export function ActivitySummary({ activity, units, communes }: ActivitySummaryProps) {
  const [lead, ...joint] = activity.unitIds;
  const participantsTotal = activity.participants.reduce((sum, p) => sum + p.count, 0);
  return (
    <DataList orientation="vertical" gap="md" withDivider size="md" data-testid="activity-summary">
      <Item label={text.leadUnit}>{lead === undefined ? messages.common.noValue : unitName(units, lead)}</Item>
      {joint.length > 0 ? (
        <Item label={text.jointUnits}>{joint.map((id) => unitName(units, id)).join('; ')}</Item>
      ) : null}
      <Item label={text.commune}>{communeLabel(communes, activity.communeId)}</Item>
      <Item label={text.dates}>{dateRange(activity)}</Item>
      <Item label={text.categories}>{activity.categories.map((c) => ActivityCategory.labels[c]).join('; ')}</Item>
      <Item label={text.ntmCriteria}>
        {activity.ntmCriteria.length === 0 ? (
          text.noNtm
        ) : (
          <List size="md" spacing={2}>
            {activity.ntmCriteria.map((c) => (
              <List.Item key={`${c.set}:${c.number}`}>
                {ntmCriterionLabel(c)}{' '}
                <Text span size="sm" c="dimmed">
                  ({NtmCriteriaSets[c.set].label})
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Item>
      <Item label={text.participants}>
        {activity.participants.length === 0 ? (
          text.noParticipants
        ) : (
          <>
            <List size="md" spacing={2}>
              {activity.participants.map((p) => (
                <List.Item key={p.group}>
                  {ParticipantGroup.labels[p.group]}: {formatInteger(p.count)}
                </List.Item>
              ))}
            </List>
            <Text size="sm" fw={600} mt={4}>
              {text.participantsTotal(formatInteger(participantsTotal))}
            </Text>
          </>
        )}
      </Item>
      <Item label={text.beneficiaries}>{formatInteger(activity.beneficiaries)}</Item>
      <Item label={text.description}>
        <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
          {activity.description || text.noDescription}
        </Text>
      </Item>
      <Item label={text.recorded}>{formatTimestamp(activity.createdAt)}</Item>
      {activity.submittedAt ? <Item label={text.submittedAt}>{formatTimestamp(activity.submittedAt)}</Item> : null}
      {activity.approvedAt ? <Item label={text.approvedAt}>{formatTimestamp(activity.approvedAt)}</Item> : null}
      {activity.deletedAt ? <Item label={text.deletedAt}>{formatTimestamp(activity.deletedAt)}</Item> : null}
    </DataList>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel fw={600}>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}
