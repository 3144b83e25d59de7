import { Alert, Anchor, List, Text } from '@mantine/core';
import type { Ref } from 'react';
import { Link } from 'react-router';
import { readableAlertTitle } from '@/components/ui/alert-styles';
import { reviewMessages } from '@/config/messages/review';
import { paths } from '@/config/paths';
import { countText } from '@/features/review/activity-summary';
import type { ReviewAction } from '@/features/review/api/review-activities';

const text = reviewMessages.results;

export interface ReviewResultEntry {
  id: number;
  title: string;
  action: ReviewAction;
  ok: boolean;
  error?: string | undefined;
}

export interface ReviewResultsProps {
  entries: readonly ReviewResultEntry[];
  onClose: () => void;
  ref?: Ref<HTMLDivElement>;
}

/**
 * What the last action did, activity by activity: a mark and a word for each outcome (never colour alone),
 * and the API's reason for each refusal. Focused when it appears, so keyboard and screen-reader users hear it.
 */
export function ReviewResults({ entries, onClose, ref }: ReviewResultsProps) {
  const done = entries.filter((e) => e.ok).length;
  return (
    <Alert
      styles={readableAlertTitle}
      ref={ref}
      tabIndex={-1}
      color={done === entries.length ? 'teal' : 'nationalRed'}
      variant="light"
      data-testid="review-results"
      title={`${text.title}: ${text.summary(countText(done), countText(entries.length))}`}
      withCloseButton
      closeButtonLabel={text.close}
      onClose={onClose}
    >
      <List spacing="xs" listStyleType="none" aria-label={text.listLabel}>
        {entries.map((entry) => (
          <List.Item key={entry.id} data-testid={`review-result-${entry.id}`} data-ok={entry.ok}>
            <Text size="sm" component="span" fw={700}>
              <span aria-hidden="true">{entry.ok ? '✓ ' : '✗ '}</span>
              {entry.ok ? (entry.action === 'approve' ? text.approved : text.returned) : text.failed}
              {': '}
            </Text>
            <Text size="sm" component="span">
              <Anchor component={Link} to={paths.activity(entry.id)}>
                {entry.title}
              </Anchor>
            </Text>
            {entry.ok || !entry.error ? null : (
              <Text size="sm" mt={2}>
                {entry.error}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
