import { type Assignment, AssignmentRole, DirectiveKind, formatDate, todayInVietnam } from '@danvan/domain';
import { Anchor, Button, Select, Stack } from '@mantine/core';
import type { QueryClient } from '@tanstack/react-query';
import { Link, type LoaderFunction } from 'react-router';
import { CsvDownloadButton } from '@/components/ui/csv-download-button';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { DateField } from '@/components/ui/date-field';
import { ErrorState } from '@/components/ui/error-state';
import { ListEmpty, ListFilters, ListSummary } from '@/components/ui/list-filters';
import { ListSearchInput } from '@/components/ui/list-search-input';
import { PageHeader } from '@/components/ui/page-header';
import { vietnameseOptionsFilter } from '@/components/ui/vietnamese-options-filter';
import { messages } from '@/config/messages';
import { registriesMessages } from '@/config/messages/registries';
import { paths } from '@/config/paths';
import { Can } from '@/features/auth/components/can';
import { useSession } from '@/features/auth/use-session';
import { assignmentsResource, useAssignments } from '@/features/registries/api/assignments';
import {
  type CommuneLookup,
  type UnitLookup,
  useCommuneLookup,
  useDirectiveLookup,
  useUnitLookup,
} from '@/features/registries/api/lookups';
import { AssignmentActions } from '@/features/registries/components/assignment-history';
import { AssignmentStatusText } from '@/features/registries/components/assignment-parts';
import { ASSIGNMENT_LIST } from '@/features/registries/components/list-configs';
import { enumOptions, recordOptions } from '@/features/registries/components/options';
import { communeName, unitName } from '@/features/registries/components/registry-names';
import { SavedNotice } from '@/features/registries/components/registry-page-parts';
import { listApiQuery, readListState, useListParams } from '@/hooks/use-list-params';

const text = registriesMessages.assignments;

export function assignmentsListLoader(queryClient: QueryClient): LoaderFunction {
  return ({ request }) => {
    const state = readListState(new URL(request.url).searchParams, ASSIGNMENT_LIST);
    void queryClient.prefetchQuery(assignmentsResource.listQueryOptions(listApiQuery(state)));
    return null;
  };
}

interface Lookups {
  units: UnitLookup | undefined;
  communes: CommuneLookup | undefined;
  today: string;
  isAdmin: boolean;
}

function columnsWith(ctx: Lookups): DataTableColumn<Assignment>[] {
  const columns: DataTableColumn<Assignment>[] = [
    {
      key: 'unit',
      header: text.fields.unitId,
      sortField: 'unit',
      rowHeader: true,
      render: (a) => (
        <Anchor component={Link} to={paths.unit(a.unitId)} fw={600}>
          {unitName(ctx.units, a.unitId)}
        </Anchor>
      ),
    },
    {
      key: 'commune',
      header: text.fields.communeId,
      sortField: 'commune',
      render: (a) => (
        <Anchor component={Link} to={paths.commune(a.communeId)}>
          {communeName(ctx.communes, a.communeId)}
        </Anchor>
      ),
    },
    { key: 'role', header: text.fields.role, render: (a) => AssignmentRole.labels[a.role] },
    {
      key: 'validFrom',
      header: text.fields.validFrom,
      sortField: 'validFrom',
      nowrap: true,
      render: (a) => formatDate(a.validFrom),
    },
    {
      key: 'validTo',
      header: text.fields.validTo,
      sortField: 'validTo',
      nowrap: true,
      render: (a) => (a.validTo ? formatDate(a.validTo) : registriesMessages.common.open),
    },
    {
      key: 'status',
      header: text.columns.status,
      nowrap: true,
      render: (a) => <AssignmentStatusText assignment={a} today={ctx.today} />,
    },
  ];
  if (ctx.isAdmin) {
    columns.push({
      key: 'actions',
      header: text.columns.actions,
      nowrap: true,
      render: (a) => <AssignmentActions assignment={a} units={ctx.units} communes={ctx.communes} today={ctx.today} />,
    });
  }
  return columns;
}

export function AssignmentsListPage() {
  const list = useListParams(ASSIGNMENT_LIST);
  const assignments = useAssignments(list.apiQuery);
  const units = useUnitLookup();
  const communes = useCommuneLookup();
  const directives = useDirectiveLookup();
  const { can } = useSession();
  const columns = columnsWith({
    units: units.data,
    communes: communes.data,
    today: todayInVietnam(),
    isAdmin: can('admin'),
  });

  return (
    <Stack gap="lg">
      <PageHeader
        title={text.title}
        description={text.description}
        actions={
          <>
            <Can access="admin">
              <Button component={Link} to={paths.newAssignment}>
                {text.add}
              </Button>
            </Can>
            <CsvDownloadButton path={assignmentsResource.path} query={list.csvQuery} />
          </>
        }
      />
      <SavedNotice />
      <ListFilters activeCount={list.activeCount} onClear={list.clearAll}>
        <ListSearchInput value={list.q} onSearch={list.setSearch} placeholder={text.searchPlaceholder} />
        <Select
          label={text.filters.unitId}
          data={recordOptions(units.data?.items, (u) => u.name)}
          value={list.filters.unitId ?? null}
          onChange={(value) => list.setFilter('unitId', value)}
          placeholder={messages.list.all}
          searchable
          filter={vietnameseOptionsFilter}
          clearable
          nothingFoundMessage={registriesMessages.units.empty}
        />
        <Select
          label={text.filters.communeId}
          data={recordOptions(communes.data?.items, (c) => `${c.name} (${c.district})`)}
          value={list.filters.communeId ?? null}
          onChange={(value) => list.setFilter('communeId', value)}
          placeholder={messages.list.all}
          searchable
          filter={vietnameseOptionsFilter}
          clearable
          nothingFoundMessage={registriesMessages.communes.empty}
        />
        <Select
          label={text.filters.role}
          data={enumOptions(AssignmentRole)}
          value={list.filters.role ?? null}
          onChange={(value) => list.setFilter('role', value)}
          placeholder={messages.list.all}
          clearable
        />
        <DateField
          label={text.filters.activeOn}
          value={list.filters.activeOn ?? null}
          onChange={(value) => list.setFilter('activeOn', value)}
        />
        <Select
          label={text.filters.directiveId}
          data={recordOptions(directives.data?.items, (d) => `${DirectiveKind.labels[d.kind]} ${d.code}`)}
          value={list.filters.directiveId ?? null}
          onChange={(value) => list.setFilter('directiveId', value)}
          placeholder={messages.list.all}
          clearable
        />
      </ListFilters>
      {assignments.isError ? (
        <ErrorState
          title={registriesMessages.common.loadError(text.noun)}
          error={assignments.error}
          onRetry={() => assignments.refetch()}
          retrying={assignments.isFetching}
        />
      ) : (
        <>
          <ListSummary total={assignments.data?.total} noun={text.noun} updating={assignments.isPlaceholderData} />
          <DataTable
            caption={text.caption}
            columns={columns}
            rows={assignments.data?.items}
            rowKey={(a) => a.id}
            sort={list.sort}
            onSortChange={list.setSort}
            loading={assignments.isPending}
            updating={assignments.isPlaceholderData}
            minWidth={900}
            empty={<ListEmpty message={text.empty} onClear={list.activeCount > 0 ? list.clearAll : undefined} />}
            pagination={assignments.data ? { ...assignments.data, onPageChange: list.setPage } : undefined}
            testId="assignments-table"
          />
        </>
      )}
    </Stack>
  );
}
