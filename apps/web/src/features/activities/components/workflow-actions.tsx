import { type Activity, ReturnInputSchema } from '@danvan/domain';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { AppModal } from '@/components/ui/app-modal';
import { activitiesMessages } from '@/config/messages/activities';
import { paths } from '@/config/paths';
import type { ActivityPermissions } from '@/features/activities/activity-permissions';
import { useWorkflowAction, type WorkflowAction } from '@/features/activities/api/activity-workflow';
import { activityQueryOptions } from '@/features/activities/api/get-activity';
import { WriteErrorAlert } from '@/features/activities/components/write-error-alert';

const text = activitiesMessages.actions;

export interface WorkflowActionsProps {
  activity: Activity;
  permissions: ActivityPermissions;
  /** Called with the step once it is done, so the page can say so. */
  onDone: (action: WorkflowAction) => void;
}

/** The buttons of the review workflow that the user may press now, each sending the version it was shown. */
export function WorkflowActions({ activity, permissions, onDone }: WorkflowActionsProps) {
  const queryClient = useQueryClient();
  const mutation = useWorkflowAction();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [returning, setReturning] = useState(false);
  const [reloading, setReloading] = useState(false);

  const run = (action: WorkflowAction, comment?: string) => {
    mutation.mutate(
      { action, id: activity.id, version: activity.version, ...(comment === undefined ? {} : { comment }) },
      {
        onSuccess: () => {
          setConfirmingDelete(false);
          setReturning(false);
          onDone(action);
        },
        onError: () => {
          setConfirmingDelete(false);
          setReturning(false);
        },
      },
    );
  };

  async function reload() {
    setReloading(true);
    try {
      await queryClient.refetchQueries({ queryKey: activityQueryOptions(activity.id).queryKey });
      mutation.reset();
    } finally {
      setReloading(false);
    }
  }

  const pending = (action: WorkflowAction) => mutation.isPending && mutation.variables?.action === action;
  const any = Object.values(permissions).some(Boolean);
  if (!any && !mutation.isError) return null;

  return (
    <Stack gap="sm">
      <Group gap="sm" wrap="wrap" data-testid="workflow-actions">
        {permissions.edit ? (
          <Button component={Link} to={paths.editActivity(activity.id)} variant="default" size="md">
            {text.edit}
          </Button>
        ) : null}
        {permissions.submit ? (
          <Button size="md" onClick={() => run('submit')} loading={pending('submit')}>
            {text.submit}
          </Button>
        ) : null}
        {permissions.approve ? (
          <Button size="md" color="#237032" onClick={() => run('approve')} loading={pending('approve')}>
            {text.approve}
          </Button>
        ) : null}
        {permissions.return ? (
          <Button size="md" variant="outline" onClick={() => setReturning(true)}>
            {text.return}
          </Button>
        ) : null}
        {permissions.restore ? (
          <Button size="md" variant="default" onClick={() => run('restore')} loading={pending('restore')}>
            {text.restore}
          </Button>
        ) : null}
        {permissions.delete ? (
          <Button size="md" variant="subtle" color="nationalRed" onClick={() => setConfirmingDelete(true)}>
            {text.delete}
          </Button>
        ) : null}
      </Group>
      {mutation.isError ? <WriteErrorAlert error={mutation.error} onReload={reload} reloading={reloading} /> : null}

      <AppModal opened={confirmingDelete} onClose={() => setConfirmingDelete(false)} title={text.deleteTitle}>
        <Text>{text.deleteBody}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setConfirmingDelete(false)}>
            {text.cancel}
          </Button>
          <Button color="nationalRed" onClick={() => run('delete')} loading={pending('delete')}>
            {text.deleteConfirm}
          </Button>
        </Group>
      </AppModal>

      <ReturnModal
        opened={returning}
        onClose={() => setReturning(false)}
        onConfirm={(comment) => run('return', comment)}
        loading={pending('return')}
      />
    </Stack>
  );
}

interface ReturnModalProps {
  opened: boolean;
  onClose: () => void;
  onConfirm: (comment: string) => void;
  loading: boolean;
}

/** Returning needs a reason: the unit reads it, fixes the activity and sends it again. */
function ReturnModal({ opened, onClose, onConfirm, loading }: ReturnModalProps) {
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | undefined>();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ReturnInputSchema.safeParse({ comment });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    onConfirm(parsed.data.comment);
  }

  return (
    <AppModal opened={opened} onClose={onClose} title={text.returnTitle}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm">{text.returnBody}</Text>
          <Textarea
            label={text.returnComment}
            placeholder={text.returnCommentPlaceholder}
            required
            autosize
            minRows={3}
            maxLength={2000}
            value={comment}
            onChange={(event) => {
              setComment(event.currentTarget.value);
              setError(undefined);
            }}
            error={error}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {text.cancel}
            </Button>
            <Button type="submit" loading={loading}>
              {text.returnConfirm}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
