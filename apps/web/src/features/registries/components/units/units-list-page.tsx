import { formatInteger, type Unit, UnitGroup, UnitKind } from '@danvan/domain';
import { Anchor, Button, MultiSelect, Select, Stack } from '@mantine/core';
import type { QueryClient } from '@tanstack/react-query';
import { Link, type LoaderFunction } from 'react-router';
import { CsvDownloadButton } from '@/components/ui/csv-download-button';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { ErrorState } from '@/components/ui/error-state';
import { ListEmpty, ListFilters, ListSummary } from '@/components/ui/list-filters';
import { ListSearchInput } from '@/components/ui/list-search-input';
import { PageHeader } from '@/components/ui/page-header';
import { messages } from '@/config/messages';
import { registriesMessages } from '@/config/messages/registries';
import { paths } from '@/config/paths';
import { Can } from '@/features/auth/components/can';
import { unitsResource, useUnits } from '@/features/registries/api/units';
import { UNIT_LIST } from '@/features/registries/components/list-configs';
import { enumOptions } from '@/features/registries/components/options';
import { SavedNotice } from '@/features/registries/components/registry-page-parts';
import { listApiQuery, readListState, useListParams } from '@/hooks/use-list-params';

const text = registriesMessages.units;

/** Starts the list's query while the page's code is still arriving. */
export function unitsListLoader(queryClient: QueryClient): LoaderFunction {
  return ({ request }) => {
    const state = readListState(new URL(request.url).searchParams, UNIT_LIST);
    void queryClient.prefetchQuery(unitsResource.listQueryOptions(listApiQuery(state)));
    return null;
  };
}

const COLUMNS: DataTableColumn<Unit>[] = [
  {
    key: 'name',
    header: text.fields.name,
    sortField: 'name',
    rowHeader: true,
    render: (unit) => (
      <Anchor component={Link} to={paths.unit(unit.id)} fw={600}>
        {unit.name}
      </Anchor>
    ),
  },
  { key: 'code', header: text.fields.code, sortField: 'code', render: (unit) => unit.code },
  { key: 'group', header: text.fields.group, sortField: 'group', render: (unit) => UnitGroup.labels[unit.group] },
  { key: 'kind', header: text.fields.kind, render: (unit) => UnitKind.labels[unit.kind] },
  {
    key: 'partyMembers',
    header: text.fields.partyMembers,
    sortField: 'partyMembers',
    align: 'end',
    render: (unit) => formatInteger(unit.partyMembers),
  },
  {
    key: 'staff',
    header: text.fields.staff,
    sortField: 'staff',
    align: 'end',
    render: (unit) => formatInteger(unit.staff),
  },
];

export function UnitsListPage() {
  const list = useListParams(UNIT_LIST);
  const units = useUnits(list.apiQuery);

  return (
    <Stack gap="lg">
      <PageHeader
        title={text.title}
        description={text.description}
        actions={
          <>
            <Can access="admin">
              <Button component={Link} to={paths.newUnit}>
                {text.add}
              </Button>
            </Can>
            <CsvDownloadButton path={unitsResource.path} query={list.csvQuery} />
          </>
        }
      />
      <SavedNotice />
      <ListFilters activeCount={list.activeCount} onClear={list.clearAll}>
        <ListSearchInput value={list.q} onSearch={list.setSearch} placeholder={text.searchPlaceholder} />
        <MultiSelect
          label={text.filters.group}
          data={enumOptions(UnitGroup)}
          value={list.filterValues('group')}
          onChange={(value) => list.setFilter('group', value)}
          placeholder={messages.list.all}
          clearable
        />
        <Select
          label={text.filters.kind}
          data={enumOptions(UnitKind)}
          value={list.filters.kind ?? null}
          onChange={(value) => list.setFilter('kind', value)}
          placeholder={messages.list.all}
          clearable
        />
      </ListFilters>
      {units.isError ? (
        <ErrorState
          title={registriesMessages.common.loadError(text.noun)}
          error={units.error}
          onRetry={() => units.refetch()}
          retrying={units.isFetching}
        />
      ) : (
        <>
          <ListSummary total={units.data?.total} noun={text.noun} updating={units.isPlaceholderData} />
          <DataTable
            caption={text.caption}
            columns={COLUMNS}
            rows={units.data?.items}
            rowKey={(unit) => unit.id}
            sort={list.sort}
            onSortChange={list.setSort}
            loading={units.isPending}
            updating={units.isPlaceholderData}
            minWidth={760}
            empty={<ListEmpty message={text.empty} onClear={list.activeCount > 0 ? list.clearAll : undefined} />}
            pagination={units.data ? { ...units.data, onPageChange: list.setPage } : undefined}
            testId="units-table"
          />
        </>
      )}
    </Stack>
  );
}
