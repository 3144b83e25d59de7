import { ReviewInputSchema } from '@danvan/domain';
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { readableAlertTitle } from '@/components/ui/alert-styles';
import { AppModal } from '@/components/ui/app-modal';
import { reviewMessages } from '@/config/messages/review';
import { countText } from '@/features/review/activity-summary';
import { useDraft } from '@/hooks/use-draft';

const text = reviewMessages.returnModal;

export interface ReturnDialogProps {
  /** The activities to return; the dialog is open while there are some. */
  ids: readonly number[];
  /** Their titles, to say which activity is meant when there is one. */
  title?: string | undefined;
  pending: boolean;
  /** Why the last try failed as a whole (network, server); the dialog stays open with the reason typed. */
  failure?: string | undefined;
  onCancel: () => void;
  /** Called with the reason; `saved` forgets the stored draft once the return went through. */
  onConfirm: (comment: string, saved: () => void) => void;
}

/** Asks for the reason, which the API requires and the unit reads; an empty reason is refused here first. */
export function ReturnDialog({ ids, title, pending, failure, onCancel, onConfirm }: ReturnDialogProps) {
  return (
    <AppModal
      opened={ids.length > 0}
      onClose={onCancel}
      title={ids.length === 1 ? text.titleOne : text.titleMany(countText(ids.length))}
      size="lg"
      centered
    >
      {ids.length > 0 ? (
        <ReturnForm
          ids={ids}
          title={title}
          pending={pending}
          failure={failure}
          onCancel={onCancel}
          onConfirm={onConfirm}
        />
      ) : null}
    </AppModal>
  );
}

function ReturnForm({ ids, title, pending, failure, onCancel, onConfirm }: ReturnDialogProps) {
  // The reason survives a reload or an expired session, like any form's text.
  const draft = useDraft(`review:return:${[...ids].sort((a, b) => a - b).join(',')}`, { comment: '' });
  const [error, setError] = useState<string | undefined>();
  const field = useRef<HTMLTextAreaElement>(null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ReviewInputSchema.safeParse({ ids, action: 'return', comment: draft.values.comment });
    if (!parsed.success) {
      setError(parsed.error.issues.find((i) => i.path[0] === 'comment')?.message ?? parsed.error.issues[0]?.message);
      field.current?.focus();
      return;
    }
    onConfirm(parsed.data.comment ?? '', draft.clear);
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        {title ? <Text fw={600}>{title}</Text> : null}
        <Text size="sm">{text.intro}</Text>
        {draft.restored ? (
          <Text size="sm" c="dimmed">
            {text.restored}
          </Text>
        ) : null}
        <Textarea
          ref={field}
          label={text.comment}
          description={text.commentHint}
          required
          rows={4}
          resize="vertical"
          data-autofocus
          value={draft.values.comment}
          onChange={(event) => {
            draft.setField('comment', event.currentTarget.value);
            if (error) setError(undefined);
          }}
          error={error}
        />
        {failure ? (
          <Alert
            styles={readableAlertTitle}
            color="nationalRed"
            variant="light"
            role="alert"
            title={reviewMessages.actionError}
          >
            {failure}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {text.cancel}
          </Button>
          <Button type="submit" loading={pending}>
            {text.confirm}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
