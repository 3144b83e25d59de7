import { Button, Paper, Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { useRef } from 'react';
import { Link } from 'react-router';
import { CsvDownloadButton } from '@/components/ui/csv-download-button';
import { TablePagination } from '@/components/ui/data-table';
import { ErrorState } from '@/components/ui/error-state';
import { ListEmpty, ListSummary } from '@/components/ui/list-filters';
import { PageHeader } from '@/components/ui/page-header';
import { activitiesMessages } from '@/config/messages/activities';
import { paths } from '@/config/paths';
import { ACTIVITY_LIST, periodInOrder } from '@/features/activities/activity-list-params';
import { useActivities } from '@/features/activities/api/get-activities';
import { ActivityCard } from '@/features/activities/components/activity-card';
import { ActivityFilters } from '@/features/activities/components/activity-filters';
import { Can } from '@/features/auth/components/can';
import { useSession } from '@/features/auth/use-session';
import { useListParams } from '@/hooks/use-list-params';
import { byId, useCommuneLookup, useUnitLookup } from '@/lib/lookups';

const text = activitiesMessages.list;

/** The activities the reader may see (an officer: their unit's, which the API confines), filtered from the URL. */
export function ActivitiesPage() {
  const list = useListParams(ACTIVITY_LIST);
  const { user, isAdmin } = useSession();
  const periodError = periodInOrder(list.filters) ? undefined : text.badPeriod;
  const activities = useActivities(list.apiQuery, { enabled: periodError === undefined });
  const units = useUnitLookup();
  const communes = useCommuneLookup();
  const unitsById = byId(units.data);
  const communesById = byId(communes.data);
  const listTop = useRef<HTMLDivElement>(null);

  const description = user?.role === 'unit_officer' && user.unitName ? text.introOfficer(user.unitName) : text.intro;

  return (
    <Stack gap="lg">
      <PageHeader
        title={text.title}
        description={description}
        actions={
          <>
            <Can access="write">
              <Button component={Link} to={paths.newActivity} size="md">
                {text.record}
              </Button>
            </Can>
            <CsvDownloadButton path="/activities" query={list.csvQuery} />
          </>
        }
      />
      <ActivityFilters
        list={list}
        communes={communes.data ?? []}
        units={units.data ?? []}
        isAdmin={isAdmin}
        periodError={periodError}
      />
      <div ref={listTop} tabIndex={-1}>
        {activities.isPending && periodError === undefined ? (
          <ListSkeleton />
        ) : activities.isError ? (
          <ErrorState
            title={text.loadError}
            error={activities.error}
            onRetry={() => activities.refetch()}
            retrying={activities.isFetching}
          />
        ) : activities.data && activities.data.items.length > 0 ? (
          <Stack gap="md" aria-busy={activities.isPlaceholderData || undefined}>
            <ListSummary total={activities.data.total} noun={text.noun} updating={activities.isPlaceholderData} />
            <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
              {activities.data.items.map((activity) => (
                <ActivityCard key={activity.id} activity={activity} units={unitsById} communes={communesById} />
              ))}
            </Stack>
            <TablePagination
              page={activities.data.page}
              pages={activities.data.pages}
              total={activities.data.total}
              limit={activities.data.limit}
              onPageChange={(page) => {
                list.setPage(page);
                listTop.current?.focus({ preventScroll: true });
                listTop.current?.scrollIntoView?.({ block: 'start' });
              }}
            />
          </Stack>
        ) : periodError ? null : (
          <ListEmpty
            message={list.activeCount > 0 ? text.emptyFiltered : text.emptyAll}
            onClear={list.activeCount > 0 ? list.clearAll : undefined}
          />
        )}
      </div>
    </Stack>
  );
}

function ListSkeleton() {
  return (
    <Stack gap="sm" aria-busy="true" data-testid="activities-loading">
      <VisuallyHidden role="status">{text.loading}</VisuallyHidden>
      {[0, 1, 2].map((i) => (
        <Paper key={i} withBorder radius="md" p="md">
          <Skeleton height={22} width={90} />
          <Skeleton height={20} width="80%" mt="sm" />
          <Skeleton height={14} width="60%" mt="sm" />
        </Paper>
      ))}
    </Stack>
  );
}
