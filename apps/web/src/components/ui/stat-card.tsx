import { Anchor, Paper, Skeleton, Text } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { Link } from 'react-router';
import classes from './stat-card.module.css';

export interface StatCardProps {
  /** Also the prefix of the value's test id (`<testId>-value`), so end-to-end tests can read the figure. */
  testId: string;
  label: string;
  value: string;
  caption?: string;
  detail?: string;
  /** Where the figure drills down to (the records behind it); the value becomes a link. */
  to?: string;
  /** The link's accessible name when the value alone would not say where it goes; it starts with the value. */
  linkLabel?: string;
  /** More lines under the figure, e.g. the change against the previous period. */
  children?: ReactNode;
}

/** One headline figure: a labelled group, so "Lượt hoạt động: 115" is one thing to assistive technology. */
export function StatCard({ testId, label, value, caption, detail, to, linkLabel, children }: StatCardProps) {
  const labelId = useId();
  return (
    <Paper withBorder p="md" radius="md" role="group" aria-labelledby={labelId} data-testid={testId}>
      <Text component="h3" id={labelId} fw={600} size="sm" className={classes.label}>
        {label}
      </Text>
      {to ? (
        <Anchor
          component={Link}
          to={to}
          aria-label={linkLabel}
          data-testid={`${testId}-value`}
          className={`${classes.value} ${classes.link}`}
        >
          {value}
        </Anchor>
      ) : (
        <Text data-testid={`${testId}-value`} className={classes.value}>
          {value}
        </Text>
      )}
      {caption ? (
        <Text size="sm" c="dimmed">
          {caption}
        </Text>
      ) : null}
      {detail ? (
        <Text size="sm" mt={4} fw={500}>
          {detail}
        </Text>
      ) : null}
      {children}
    </Paper>
  );
}

/** Placeholder with the same footprint as a StatCard, so the page does not jump when figures arrive. */
export function StatCardSkeleton() {
  return (
    <Paper withBorder p="md" radius="md">
      <Skeleton height={16} width="60%" />
      <Skeleton height={36} width="40%" mt="sm" />
      <Skeleton height={14} width="70%" mt="sm" />
    </Paper>
  );
}
