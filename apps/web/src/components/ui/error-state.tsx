import { Alert, Button, Group, Text } from '@mantine/core';
import { messages } from '@/config/messages';
import { describeError } from '@/lib/describe-error';

export interface ErrorStateProps {
  title: string;
  error: unknown;
  onRetry: () => void;
  retrying?: boolean;
}

/** A failed fetch: what failed, why in plain Vietnamese, and a way to try again without reloading the page. */
export function ErrorState({ title, error, onRetry, retrying = false }: ErrorStateProps) {
  const { message, detail } = describeError(error);
  return (
    <Alert color="nationalRed" variant="light" title={title} role="alert">
      <Text size="sm">{message}</Text>
      {detail && detail !== message ? (
        <Text size="sm" mt={4}>
          {detail}
        </Text>
      ) : null}
      <Group mt="sm">
        <Button variant="filled" size="sm" onClick={onRetry} loading={retrying}>
          {messages.common.retry}
        </Button>
      </Group>
    </Alert>
  );
}
