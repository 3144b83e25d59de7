import { Alert, Button, Group, Paper, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { type ReactNode, useId, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { activitiesMessages } from '@/config/messages/activities';
import { paths } from '@/config/paths';
import { activityPermissions } from '@/features/activities/activity-permissions';
import type { WorkflowAction } from '@/features/activities/api/activity-workflow';
import { useActivity } from '@/features/activities/api/get-activity';
import { ActivityHistory } from '@/features/activities/components/activity-history';
import { ActivitySummary } from '@/features/activities/components/activity-summary';
import { ContributionsTable } from '@/features/activities/components/contributions-table';
import { PhotoGallery } from '@/features/activities/components/photo-gallery';
import { ReturnedNotice } from '@/features/activities/components/returned-notice';
import { DeletedBadge, StatusBadge } from '@/features/activities/components/status-badge';
import { WorkflowActions } from '@/features/activities/components/workflow-actions';
import type { SavedNotice } from '@/features/activities/route-params';
import { activityIdParam, savedNoticeOf } from '@/features/activities/route-params';
import { useSession } from '@/features/auth/use-session';
import { ApiError } from '@/lib/api-client';
import { byId, useCommuneLookup, useUnitLookup } from '@/lib/lookups';

const text = activitiesMessages;

/** Route element of `/hoat-dong/:id`; the form's "saved" notice comes in the navigation state. */
export function ActivityDetailRoute() {
  const id = activityIdParam(useParams().id);
  const location = useLocation();
  if (id === null) {
    return (
      <Stack gap="md">
        <PageHeader title={text.detail.loadError} crumbs={crumbs} />
        <Alert color="gray" variant="light" role="alert">
          {text.common.notFound}
        </Alert>
      </Stack>
    );
  }
  return <ActivityDetailPage key={id} id={id} savedNotice={savedNoticeOf(location.state)} />;
}

export interface ActivityDetailPageProps {
  id: number;
  savedNotice?: SavedNotice | undefined;
}

const crumbs = [{ label: text.list.title, to: paths.activities }];

export function ActivityDetailPage({ id, savedNotice }: ActivityDetailPageProps) {
  const activity = useActivity(id);
  const { user, isAdmin } = useSession();
  const units = useUnitLookup();
  const communes = useCommuneLookup();
  const [done, setDone] = useState<WorkflowAction | null>(null);

  if (activity.isPending) {
    return (
      <Stack gap="md" aria-busy="true" data-testid="activity-loading">
        <VisuallyHidden role="status">{text.detail.loading}</VisuallyHidden>
        <Skeleton height={36} width="70%" />
        <Skeleton height={200} />
      </Stack>
    );
  }
  if (activity.isError) {
    const notFound = activity.error instanceof ApiError && activity.error.status === 404;
    return (
      <Stack gap="md">
        <PageHeader title={text.detail.loadError} crumbs={crumbs} />
        {notFound ? (
          <Alert color="gray" variant="light" role="alert">
            {text.common.notFound}
          </Alert>
        ) : (
          <ErrorState
            title={text.detail.loadError}
            error={activity.error}
            onRetry={() => activity.refetch()}
            retrying={activity.isFetching}
          />
        )}
        <Group>
          <Button component={Link} to={paths.activities} variant="default">
            {text.common.backToList}
          </Button>
        </Group>
      </Stack>
    );
  }

  const record = activity.data;
  const permissions = activityPermissions(record, user);
  const notice = done ? text.actions.done[done] : savedNotice ? text.detail.saved[savedNotice] : null;

  return (
    <Stack gap="lg">
      <PageHeader title={record.title} crumbs={crumbs} />
      <Group gap="xs" mt={-8}>
        <Text fw={600}>{text.detail.status}:</Text>
        <StatusBadge status={record.status} />
        {record.deletedAt ? <DeletedBadge /> : null}
      </Group>
      {notice ? (
        <Alert color="green" variant="light" role="status" data-testid="activity-notice">
          <Text size="sm" c="gray.9">
            {notice}
          </Text>
        </Alert>
      ) : null}
      {record.deletedAt ? (
        <Alert color="gray" variant="light">
          {text.detail.deletedNotice}
        </Alert>
      ) : null}
      {record.status === 'returned' ? <ReturnedNotice comment={record.reviewComment} /> : null}
      <WorkflowActions activity={record} permissions={permissions} onDone={setDone} />

      <Section title={text.detail.general}>
        <ActivitySummary activity={record} units={byId(units.data)} communes={byId(communes.data)} />
      </Section>
      <Section title={text.detail.contributions.heading}>
        <ContributionsTable contributions={record.contributions} units={byId(units.data)} />
      </Section>
      <Section title={text.detail.photos.heading}>
        <PhotoGallery activityId={record.id} />
      </Section>
      {isAdmin ? (
        <Section title={text.detail.history.heading}>
          <ActivityHistory activityId={record.id} />
        </Section>
      ) : null}
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder radius="md" p={{ base: 'sm', sm: 'lg' }}>
      <Title order={2} id={headingId} mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
