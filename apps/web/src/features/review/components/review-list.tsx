import { type Activity, ActivityCategory } from '@danvan/domain';
import { Anchor, Button, Checkbox, Group, Paper, Stack } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';
import { messages } from '@/config/messages';
import { reviewMessages } from '@/config/messages/review';
import { paths } from '@/config/paths';
import {
  communeOf,
  dateRangeOf,
  formatDateTime,
  moneyLinesOf,
  type Named,
  unitNamesOf,
} from '@/features/review/activity-summary';
import classes from './review-list.module.css';

const text = reviewMessages;

export interface ReviewListProps {
  activities: readonly Activity[];
  units: ReadonlyMap<number, Named>;
  communes: ReadonlyMap<number, Named & { district: string }>;
  selected: ReadonlySet<number>;
  onToggle: (id: number, checked: boolean) => void;
  onToggleAll: (checked: boolean) => void;
  onApprove: (activity: Activity) => void;
  onReturn: (activity: Activity) => void;
  /** The activity whose own action is on its way, if any. */
  pendingId?: number | undefined;
  /** Another action is on its way: no new one until it is done. */
  busy: boolean;
}

/** The activities of one page as cards (readable on a phone), each with its checkbox and its own actions. */
export function ReviewList({
  activities,
  units,
  communes,
  selected,
  onToggle,
  onToggleAll,
  onApprove,
  onReturn,
  pendingId,
  busy,
}: ReviewListProps) {
  const count = activities.filter((a) => selected.has(a.id)).length;
  return (
    <Stack gap="sm">
      <Checkbox
        label={text.selectAll}
        checked={count > 0 && count === activities.length}
        indeterminate={count > 0 && count < activities.length}
        onChange={(event) => onToggleAll(event.currentTarget.checked)}
      />
      <ul className={classes.list} aria-label={text.listLabel}>
        {activities.map((activity) => (
          <ReviewItem
            key={activity.id}
            activity={activity}
            unitNames={unitNamesOf(activity, units)}
            commune={communeOf(activity, communes)}
            checked={selected.has(activity.id)}
            onToggle={(checked) => onToggle(activity.id, checked)}
            onApprove={() => onApprove(activity)}
            onReturn={() => onReturn(activity)}
            pending={pendingId === activity.id}
            busy={busy}
          />
        ))}
      </ul>
    </Stack>
  );
}

interface ReviewItemProps {
  activity: Activity;
  unitNames: string[];
  commune: string;
  checked: boolean;
  onToggle: (checked: boolean) => void;
  onApprove: () => void;
  onReturn: () => void;
  pending: boolean;
  busy: boolean;
}

function ReviewItem({
  activity,
  unitNames,
  commune,
  checked,
  onToggle,
  onApprove,
  onReturn,
  pending,
  busy,
}: ReviewItemProps) {
  const titleId = useId();
  const facts: [string, string[]][] = [
    [text.fields.units, unitNames],
    [text.fields.commune, [commune]],
    [text.fields.dates, [dateRangeOf(activity)]],
    [text.fields.categories, activity.categories.map((c) => ActivityCategory.labels[c])],
    [text.fields.money, moneyLinesOf(activity)],
    [
      text.fields.submittedAt,
      activity.submittedAt ? [formatDateTime(activity.submittedAt)] : [messages.common.noValue],
    ],
  ];
  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p="md"
      aria-labelledby={titleId}
      data-testid={`review-item-${activity.id}`}
    >
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <Checkbox
          mt={4}
          aria-label={text.select(activity.title)}
          checked={checked}
          onChange={(event) => onToggle(event.currentTarget.checked)}
        />
        <Stack gap="sm" miw={0} style={{ flex: 1 }}>
          <Anchor component={Link} to={paths.activity(activity.id)} id={titleId} className={classes.title}>
            {activity.title}
          </Anchor>
          <dl className={classes.facts}>
            {facts.map(([label, lines]) => (
              <div key={label}>
                <dt>{label}</dt>
                {lines.map((line) => (
                  <dd key={line}>{line}</dd>
                ))}
              </div>
            ))}
          </dl>
          <Group gap="sm">
            <Button
              size="sm"
              onClick={onApprove}
              loading={pending}
              disabled={busy && !pending}
              aria-label={text.approveOne(activity.title)}
            >
              {text.approve}
            </Button>
            <Button
              size="sm"
              variant="default"
              onClick={onReturn}
              disabled={busy}
              aria-label={text.returnOne(activity.title)}
            >
              {text.return}
            </Button>
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}
