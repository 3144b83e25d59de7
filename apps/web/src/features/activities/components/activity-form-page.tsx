import type { Activity } from '@danvan/domain';
import { Alert, Button, Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { type ReactNode, useRef } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { activitiesMessages } from '@/config/messages/activities';
import { paths } from '@/config/paths';
import { whyNotEditable } from '@/features/activities/activity-permissions';
import { useActivity } from '@/features/activities/api/get-activity';
import { ActivityForm } from '@/features/activities/components/activity-form';
import { emptyActivityValues, valuesFromActivity } from '@/features/activities/form/form-values';
import { activityIdParam } from '@/features/activities/route-params';
import { useSession } from '@/features/auth/use-session';
import { ApiError } from '@/lib/api-client';
import { useCommuneLookup, useUnitLookup } from '@/lib/lookups';
import classes from './activities.module.css';

const text = activitiesMessages.form;

/** The draft of a new activity: one per browser tab, whoever's form it is (drafts are claimed per account). */
export const NEW_ACTIVITY_DRAFT = 'activity:new';

export function activityDraftKey(id: number): string {
  return `activity:${id}`;
}

function FormLoading() {
  return (
    <Stack gap="md" aria-busy="true" data-testid="activity-form-loading">
      <VisuallyHidden role="status">{text.loading}</VisuallyHidden>
      <Skeleton height={44} />
      <Skeleton height={44} />
      <Skeleton height={200} />
    </Stack>
  );
}

function Notice({
  children,
  backTo,
  title = text.notEditableTitle,
}: {
  children: ReactNode;
  backTo: string;
  title?: string;
}) {
  return (
    <Stack gap="md" align="flex-start">
      <Alert color="yellow" variant="light" classNames={{ title: classes.noticeTitle }} title={title} w="100%">
        {children}
      </Alert>
      <Button component={Link} to={backTo} variant="default">
        {activitiesMessages.common.backToList}
      </Button>
    </Stack>
  );
}

const crumbs = [{ label: activitiesMessages.list.title, to: paths.activities }];

/** `/hoat-dong/moi`: an officer records for their own unit; an admin chooses the unit. */
export function NewActivityPage() {
  const { user, can } = useSession();
  const units = useUnitLookup();
  const communes = useCommuneLookup();

  let body: ReactNode;
  if (!user || !can('write')) {
    body = (
      <Notice backTo={paths.activities} title={text.cannotRecordTitle}>
        {text.notEditable.readOnly}
      </Notice>
    );
  } else if (units.isPending || communes.isPending) body = <FormLoading />;
  else if (units.isError || communes.isError) {
    const failed = units.isError ? units : communes;
    body = (
      <ErrorState
        title={text.loadError}
        error={failed.error}
        onRetry={() => failed.refetch()}
        retrying={failed.isFetching}
      />
    );
  } else {
    const officer = user.role === 'unit_officer';
    body = (
      <ActivityForm
        draftKey={NEW_ACTIVITY_DRAFT}
        initialValues={emptyActivityValues(officer ? user.unitId : null)}
        lockedUnit={officer}
        units={units.data}
        communes={communes.data}
        mode="new"
      />
    );
  }
  return (
    <Stack gap="lg">
      <PageHeader title={text.newTitle} crumbs={crumbs} />
      {body}
    </Stack>
  );
}

export interface EditActivityPageProps {
  id: number;
}

/** `/hoat-dong/:id/sua`: only while the user may still change the activity (decision 0006). */
export function EditActivityPage({ id }: EditActivityPageProps) {
  const { user } = useSession();
  const activity = useActivity(id);
  const units = useUnitLookup();
  const communes = useCommuneLookup();
  // The record as the form opened it: refreshes while saving (say, to "submitted") must not swap the form out.
  const opened = useRef<Activity | null>(null);
  if (activity.data && opened.current === null) opened.current = activity.data;
  const record = opened.current;

  let body: ReactNode;
  if (record === null) {
    if (activity.isError) {
      const notFound = activity.error instanceof ApiError && activity.error.status === 404;
      body = notFound ? (
        <Notice backTo={paths.activities}>{activitiesMessages.common.notFound}</Notice>
      ) : (
        <ErrorState
          title={text.loadError}
          error={activity.error}
          onRetry={() => activity.refetch()}
          retrying={activity.isFetching}
        />
      );
    } else body = <FormLoading />;
  } else {
    const reason = whyNotEditable(record, user);
    if (reason) body = <Notice backTo={paths.activity(id)}>{text.notEditable[reason]}</Notice>;
    else if (units.isPending || communes.isPending) body = <FormLoading />;
    else if (units.isError || communes.isError) {
      const failed = units.isError ? units : communes;
      body = (
        <ErrorState
          title={text.loadError}
          error={failed.error}
          onRetry={() => failed.refetch()}
          retrying={failed.isFetching}
        />
      );
    } else {
      body = (
        <ActivityForm
          key={record.id}
          draftKey={activityDraftKey(record.id)}
          initialValues={valuesFromActivity(record)}
          lockedUnit={user?.role === 'unit_officer'}
          units={units.data}
          communes={communes.data}
          mode="edit"
        />
      );
    }
  }

  // A long title ends in "…" within the width of the page (PageHeader).
  const editCrumbs = record ? [...crumbs, { label: record.title, to: paths.activity(record.id) }] : crumbs;
  return (
    <Stack gap="lg">
      <PageHeader title={text.editTitle} crumbs={editCrumbs} />
      {body}
    </Stack>
  );
}

/** Route element of `/hoat-dong/:id/sua`. */
export function EditActivityRoute() {
  const id = activityIdParam(useParams().id);
  if (id === null) return <Notice backTo={paths.activities}>{activitiesMessages.common.notFound}</Notice>;
  return <EditActivityPage id={id} />;
}
