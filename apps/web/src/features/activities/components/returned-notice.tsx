import { Alert, Text } from '@mantine/core';
import { activitiesMessages } from '@/config/messages/activities';

const text = activitiesMessages.common;

/** The reviewer's reason for returning an activity, where the officer cannot miss it. */
export function ReturnedNotice({ comment, compact = false }: { comment: string | null; compact?: boolean }) {
  if (!comment) return null;
  return (
    <Alert
      color="nationalRed"
      variant="light"
      title={compact ? undefined : text.returnedTitle}
      data-testid="returned-comment"
      py={compact ? 'xs' : undefined}
    >
      <Text size="sm" fw={compact ? 500 : undefined} c="gray.9">
        {text.returned(comment)}
      </Text>
    </Alert>
  );
}
