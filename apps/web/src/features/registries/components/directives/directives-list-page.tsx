import { type Directive, DirectiveKind, formatDate } from '@danvan/domain';
import { Anchor, Button, MultiSelect, Stack, Text } from '@mantine/core';
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
import { directivesResource, useDirectives } from '@/features/registries/api/directives';
import { type DirectiveLookup, useDirectiveLookup } from '@/features/registries/api/lookups';
import { DIRECTIVE_LIST } from '@/features/registries/components/list-configs';
import { enumOptions } from '@/features/registries/components/options';
import { directiveCode } from '@/features/registries/components/registry-names';
import { SavedNotice } from '@/features/registries/components/registry-page-parts';
import { listApiQuery, readListState, useListParams } from '@/hooks/use-list-params';

const text = registriesMessages.directives;

export function directivesListLoader(queryClient: QueryClient): LoaderFunction {
  return ({ request }) => {
    const state = readListState(new URL(request.url).searchParams, DIRECTIVE_LIST);
    void queryClient.prefetchQuery(directivesResource.listQueryOptions(listApiQuery(state)));
    return null;
  };
}

function columnsWith(lookup: DirectiveLookup | undefined): DataTableColumn<Directive>[] {
  return [
    {
      key: 'code',
      header: text.fields.code,
      sortField: 'code',
      rowHeader: true,
      nowrap: true,
      render: (d) => (
        <Anchor component={Link} to={paths.directive(d.id)} fw={600}>
          {d.code}
        </Anchor>
      ),
    },
    { key: 'kind', header: text.fields.kind, nowrap: true, render: (d) => DirectiveKind.labels[d.kind] },
    {
      key: 'title',
      header: text.fields.title,
      sortField: 'title',
      render: (d) => (
        <Text size="sm" lineClamp={3}>
          {d.title}
        </Text>
      ),
    },
    { key: 'issuer', header: text.fields.issuer, render: (d) => d.issuer },
    {
      key: 'issuedOn',
      header: text.fields.issuedOn,
      sortField: 'issuedOn',
      nowrap: true,
      render: (d) => formatDate(d.issuedOn),
    },
    {
      key: 'parent',
      header: text.columns.parent,
      nowrap: true,
      render: (d) =>
        d.parentId ? (
          <Anchor component={Link} to={paths.directive(d.parentId)}>
            {directiveCode(lookup, d.parentId)}
          </Anchor>
        ) : (
          messages.common.noValue
        ),
    },
  ];
}

export function DirectivesListPage() {
  const list = useListParams(DIRECTIVE_LIST);
  const directives = useDirectives(list.apiQuery);
  const lookup = useDirectiveLookup();

  return (
    <Stack gap="lg">
      <PageHeader
        title={text.title}
        description={text.description}
        actions={
          <>
            <Can access="admin">
              <Button component={Link} to={paths.newDirective}>
                {text.add}
              </Button>
            </Can>
            <CsvDownloadButton path={directivesResource.path} query={list.csvQuery} />
          </>
        }
      />
      <SavedNotice />
      <ListFilters activeCount={list.activeCount} onClear={list.clearAll}>
        <ListSearchInput value={list.q} onSearch={list.setSearch} placeholder={text.searchPlaceholder} />
        <MultiSelect
          label={text.filters.kind}
          data={enumOptions(DirectiveKind)}
          value={list.filterValues('kind')}
          onChange={(value) => list.setFilter('kind', value)}
          placeholder={messages.list.all}
          clearable
        />
      </ListFilters>
      {directives.isError ? (
        <ErrorState
          title={registriesMessages.common.loadError(text.noun)}
          error={directives.error}
          onRetry={() => directives.refetch()}
          retrying={directives.isFetching}
        />
      ) : (
        <>
          <ListSummary total={directives.data?.total} noun={text.noun} updating={directives.isPlaceholderData} />
          <DataTable
            caption={text.caption}
            columns={columnsWith(lookup.data)}
            rows={directives.data?.items}
            rowKey={(d) => d.id}
            sort={list.sort}
            onSortChange={list.setSort}
            loading={directives.isPending}
            updating={directives.isPlaceholderData}
            minWidth={900}
            empty={<ListEmpty message={text.empty} onClear={list.activeCount > 0 ? list.clearAll : undefined} />}
            pagination={directives.data ? { ...directives.data, onPageChange: list.setPage } : undefined}
            testId="directives-table"
          />
        </>
      )}
    </Stack>
  );
}
