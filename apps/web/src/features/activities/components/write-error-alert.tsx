import { Alert, Button, Group, Text } from '@mantine/core';
import { activitiesMessages } from '@/config/messages/activities';
import { ApiError } from '@/lib/api-client';
import { describeError } from '@/lib/describe-error';
import classes from './activities.module.css';

const text = activitiesMessages;

export interface WriteErrorAlertProps {
  error: unknown;
  /** Offered when someone else changed the record (412): read it again. */
  onReload: () => void;
  /** The form says that reloading replaces what is being edited; the detail page need not. */
  inForm?: boolean;
  reloading?: boolean;
  /** Said after the reason, e.g. that what was typed is kept. */
  footnote?: string;
}

/**
 * Why a write was refused: someone else changed the record (412, with a way to reload), a rule of the
 * workflow or a locked month (409, in the API's own words), or anything else in plain Vietnamese.
 */
export function WriteErrorAlert({
  error,
  onReload,
  inForm = false,
  reloading = false,
  footnote,
}: WriteErrorAlertProps) {
  const status = error instanceof ApiError && error.kind === 'http' ? error.status : undefined;
  if (status === 412) {
    return (
      <Alert
        color="yellow"
        variant="light"
        classNames={{ title: classes.noticeTitle }}
        title={text.conflict.staleTitle}
        role="alert"
        data-testid="write-error"
      >
        <Text size="sm">{inForm ? text.conflict.staleFormBody : text.conflict.staleBody}</Text>
        <Group mt="sm">
          <Button onClick={onReload} loading={reloading} variant="filled" color="dark">
            {text.conflict.reload}
          </Button>
        </Group>
      </Alert>
    );
  }
  const { message, detail } = describeError(error);
  // A 409 is a rule (approved, locked month…): the API's sentence says which, the generic one would mislead.
  const title = status === 409 ? text.conflict.refusedTitle : text.actions.failedTitle;
  const body = status === 409 && detail ? detail : message;
  return (
    <Alert color="nationalRed" variant="light" title={title} role="alert" data-testid="write-error">
      <Text size="sm">{body}</Text>
      {detail && body !== detail ? (
        <Text size="sm" mt={4}>
          {detail}
        </Text>
      ) : null}
      {footnote ? (
        <Text size="sm" mt={4}>
          {footnote}
        </Text>
      ) : null}
    </Alert>
  );
}
