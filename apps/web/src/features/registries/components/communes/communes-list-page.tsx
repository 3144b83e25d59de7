import { AreaClass, type Commune, formatInteger, formatNumber, NtmStatus } from '@danvan/domain';
import { Anchor, Button, MultiSelect, Select, Stack } from '@mantine/core';
import type { QueryClient } from '@tanstack/react-query';
import { Link, type LoaderFunction } from 'react-router';
import { CsvDownloadButton } from '@/components/ui/csv-download-button';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { ErrorState } from '@/components/ui/error-state';
import { ListEmpty, ListFilters, ListSummary } from '@/components/ui/list-filters';
import { ListSearchInput } from '@/components/ui/list-search-input';
import { PageHeader } from '@/components/ui/page-header';
import { vietnameseOptionsFilter } from '@/components/ui/vietnamese-options-filter';
import { messages } from '@/config/messages';
import { registriesMessages } from '@/config/messages/registries';
import { paths } from '@/config/paths';
import { Can } from '@/features/auth/components/can';
import { communesResource, useCommunes } from '@/features/registries/api/communes';
import { COMMUNE_LIST } from '@/features/registries/components/list-configs';
import { enumOptions } from '@/features/registries/components/options';
import { SavedNotice } from '@/features/registries/components/registry-page-parts';
import { listApiQuery, readListState, useListParams } from '@/hooks/use-list-params';
import { useDistricts } from '@/lib/lookups';

const text = registriesMessages.communes;
const common = registriesMessages.common;

export function communesListLoader(queryClient: QueryClient): LoaderFunction {
  return ({ request }) => {
    const state = readListState(new URL(request.url).searchParams, COMMUNE_LIST);
    void queryClient.prefetchQuery(communesResource.listQueryOptions(listApiQuery(state)));
    return null;
  };
}

const COLUMNS: DataTableColumn<Commune>[] = [
  {
    key: 'name',
    header: text.fields.name,
    sortField: 'name',
    rowHeader: true,
    render: (commune) => (
      <Anchor component={Link} to={paths.commune(commune.id)} fw={600}>
        {commune.name}
      </Anchor>
    ),
  },
  { key: 'code', header: text.fields.code, sortField: 'code', render: (c) => c.code },
  { key: 'district', header: text.fields.district, sortField: 'district', render: (c) => c.district },
  { key: 'areaClass', header: text.fields.areaClass, render: (c) => AreaClass.labels[c.areaClass] },
  { key: 'remote', header: text.fields.remote, render: (c) => (c.remote ? common.yes : common.no) },
  { key: 'ntmStatus', header: text.fields.ntmStatus, render: (c) => NtmStatus.labels[c.ntmStatus] },
  {
    key: 'distanceKm',
    header: text.columns.distance,
    sortField: 'distanceKm',
    align: 'end',
    render: (c) => text.km(formatNumber(c.distanceKm)),
  },
  {
    key: 'population',
    header: text.columns.population,
    sortField: 'population',
    align: 'end',
    render: (c) => formatInteger(c.population),
  },
];

const REMOTE_OPTIONS = [
  { value: 'true', label: text.filters.remoteOnly },
  { value: 'false', label: text.filters.notRemote },
];

export function CommunesListPage() {
  const list = useListParams(COMMUNE_LIST);
  const communes = useCommunes(list.apiQuery);
  const districts = useDistricts().data ?? [];
  // A district typed into the URL by hand still shows as chosen.
  const districtOptions =
    list.filters.district && !districts.includes(list.filters.district)
      ? [list.filters.district, ...districts]
      : districts;

  return (
    <Stack gap="lg">
      <PageHeader
        title={text.title}
        description={text.description}
        actions={
          <>
            <Can access="admin">
              <Button component={Link} to={paths.newCommune}>
                {text.add}
              </Button>
            </Can>
            <CsvDownloadButton path={communesResource.path} query={list.csvQuery} />
          </>
        }
      />
      <SavedNotice />
      <ListFilters activeCount={list.activeCount} onClear={list.clearAll}>
        <ListSearchInput value={list.q} onSearch={list.setSearch} placeholder={text.searchPlaceholder} />
        <Select
          label={text.filters.district}
          data={districtOptions}
          value={list.filters.district ?? null}
          onChange={(value) => list.setFilter('district', value)}
          placeholder={messages.list.all}
          searchable
          filter={vietnameseOptionsFilter}
          clearable
          nothingFoundMessage={text.empty}
        />
        <MultiSelect
          label={text.filters.areaClass}
          data={enumOptions(AreaClass)}
          value={list.filterValues('areaClass')}
          onChange={(value) => list.setFilter('areaClass', value)}
          placeholder={messages.list.all}
          clearable
        />
        <Select
          label={text.filters.remote}
          data={REMOTE_OPTIONS}
          value={list.filters.remote ?? null}
          onChange={(value) => list.setFilter('remote', value)}
          placeholder={messages.list.all}
          clearable
        />
        <MultiSelect
          label={text.filters.ntmStatus}
          data={enumOptions(NtmStatus)}
          value={list.filterValues('ntmStatus')}
          onChange={(value) => list.setFilter('ntmStatus', value)}
          placeholder={messages.list.all}
          clearable
        />
      </ListFilters>
      {communes.isError ? (
        <ErrorState
          title={common.loadError(text.noun)}
          error={communes.error}
          onRetry={() => communes.refetch()}
          retrying={communes.isFetching}
        />
      ) : (
        <>
          <ListSummary total={communes.data?.total} noun={text.noun} updating={communes.isPlaceholderData} />
          <DataTable
            caption={text.caption}
            columns={COLUMNS}
            rows={communes.data?.items}
            rowKey={(commune) => commune.id}
            sort={list.sort}
            onSortChange={list.setSort}
            loading={communes.isPending}
            updating={communes.isPlaceholderData}
            minWidth={980}
            empty={<ListEmpty message={text.empty} onClear={list.activeCount > 0 ? list.clearAll : undefined} />}
            pagination={communes.data ? { ...communes.data, onPageChange: list.setPage } : undefined}
            testId="communes-table"
          />
        </>
      )}
    </Stack>
  );
}
