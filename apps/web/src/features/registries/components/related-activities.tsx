import { type Activity, ActivityStatus, formatDate } from '@danvan/domain';
import { Anchor, Group, Stack } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { CsvDownloadButton } from '@/components/ui/csv-download-button';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { ErrorState } from '@/components/ui/error-state';
import { ListEmpty, ListSummary } from '@/components/ui/list-filters';
import { registriesMessages } from '@/config/messages/registries';
import { paths } from '@/config/paths';
import {
  type CommuneLookup,
  type UnitLookup,
  useCommuneLookup,
  useUnitLookup,
} from '@/features/registries/api/lookups';
import {
  type ActivityOwner,
  relatedActivitiesQuery,
  useRelatedActivities,
} from '@/features/registries/api/related-activities';
import { pageParam } from '@/lib/page-param';
import { communeName, unitName } from './registry-names';
import { StatusText } from './status-text';

const text = registriesMessages.activities;

/** The page of this list lives in the URL too, apart from the page's other lists. */
const ACTIVITIES_PAGE_PARAM = 'activitiesPage';

const STATUS_COLOR: Record<Activity['status'], string> = {
  draft: 'gray',
  submitted: 'blue',
  approved: 'green',
  returned: 'orange',
};

function columnsFor(
  owner: ActivityOwner,
  units: UnitLookup | undefined,
  communes: CommuneLookup | undefined,
): DataTableColumn<Activity>[] {
  return [
    { key: 'date', header: text.date, nowrap: true, render: (a) => formatDate(a.startDate) },
    {
      key: 'title',
      header: text.title,
      rowHeader: true,
      render: (a) => (
        <Anchor component={Link} to={paths.activity(a.id)} fw={600}>
          {a.title}
        </Anchor>
      ),
    },
    'unitId' in owner
      ? { key: 'commune', header: text.commune, render: (a) => communeName(communes, a.communeId) }
      : { key: 'units', header: text.units, render: (a) => a.unitIds.map((id) => unitName(units, id)).join('; ') },
    {
      key: 'status',
      header: text.status,
      nowrap: true,
      render: (a) => <StatusText color={STATUS_COLOR[a.status]}>{ActivityStatus.labels[a.status]}</StatusText>,
    },
  ];
}

/** The activities of a unit or at a commune, newest first, ten at a time, with a CSV of all of them. */
export function RelatedActivities({ owner, caption }: { owner: ActivityOwner; caption: string }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const page = pageParam(searchParams, ACTIVITIES_PAGE_PARAM);
  const activities = useRelatedActivities(owner, page);
  const units = useUnitLookup();
  const communes = useCommuneLookup();

  function setPage(next: number) {
    setSearchParams(
      (previous) => {
        const params = new URLSearchParams(previous);
        if (next <= 1) params.delete(ACTIVITIES_PAGE_PARAM);
        else params.set(ACTIVITIES_PAGE_PARAM, String(next));
        return params;
      },
      { preventScrollReset: true },
    );
  }

  if (activities.isError) {
    return (
      <ErrorState
        title={text.loadError}
        error={activities.error}
        onRetry={() => activities.refetch()}
        retrying={activities.isFetching}
      />
    );
  }
  const { page: _page, limit: _limit, ...csvQuery } = relatedActivitiesQuery(owner, page);
  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="sm">
        <ListSummary
          total={activities.data?.total}
          noun={text.title.toLowerCase()}
          updating={activities.isPlaceholderData}
        />
        {activities.data && activities.data.total > 0 ? (
          <CsvDownloadButton
            path="/activities"
            query={csvQuery}
            label={text.downloadCsv}
            xlsxLabel={text.downloadXlsx}
          />
        ) : null}
      </Group>
      <DataTable
        caption={caption}
        columns={columnsFor(owner, units.data, communes.data)}
        rows={activities.data?.items}
        rowKey={(a) => a.id}
        loading={activities.isPending}
        updating={activities.isPlaceholderData}
        minWidth={640}
        empty={<ListEmpty message={text.empty} />}
        pagination={activities.data ? { ...activities.data, onPageChange: setPage } : undefined}
        testId="related-activities"
      />
    </Stack>
  );
}
