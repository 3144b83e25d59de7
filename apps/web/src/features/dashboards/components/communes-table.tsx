import type { CommuneStatsRow } from '@danvan/domain';
import { formatDate, formatInteger, ntmCriterionLabel } from '@danvan/domain';
import { Anchor, NativeSelect, Stack, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { ErrorState } from '@/components/ui/error-state';
import { messages } from '@/config/messages';
import { dashboardsMessages } from '@/config/messages/dashboards';
import {
  COMMUNE_DEFAULT_SORT,
  COMMUNE_PAGE_SIZE,
  COMMUNE_SORTS,
  type ReachedFilter,
  useCommuneStats,
} from '@/features/dashboards/api/get-commune-stats';
import { COMMUNE_TABLE, REACHED_PARAM, type StatsFilterQuery } from '@/features/dashboards/dashboard-filters';
import { activitiesHref } from '@/features/dashboards/drill-down';
import { useTableParams } from '@/features/dashboards/use-dashboard-filters';
import classes from './dashboards.module.css';

const text = dashboardsMessages.coverage.communes;
const drill = dashboardsMessages.drill;
const ALL = 'all';
const REACHED_OPTIONS = [
  { value: ALL, label: text.reachedOptions.all },
  { value: 'false', label: text.reachedOptions.false },
  { value: 'true', label: text.reachedOptions.true },
];

function readReached(params: URLSearchParams): ReachedFilter | undefined {
  const value = params.get(REACHED_PARAM);
  return value === 'true' || value === 'false' ? value : undefined;
}

/**
 * Every commune in scope with its lượt, approved activities, last activity, days since it (to the end of the
 * period) and the new-rural criteria its activities served; each figure opens the activities behind it.
 */
export function CommunesTable({ query }: { query: StatsFilterQuery }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const reached = readReached(searchParams);
  const table = useTableParams(COMMUNE_TABLE, COMMUNE_SORTS, COMMUNE_DEFAULT_SORT);
  const result = useCommuneStats(query, {
    sort: table.sort,
    page: table.page,
    limit: COMMUNE_PAGE_SIZE,
    reached,
  });

  const setReached = (value: string) =>
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value === 'true' || value === 'false') next.set(REACHED_PARAM, value);
        else next.delete(REACHED_PARAM);
        next.delete(COMMUNE_TABLE.page);
        return next;
      },
      { preventScrollReset: true },
    );

  const columns: DataTableColumn<CommuneStatsRow>[] = [
    {
      key: 'name',
      header: text.commune,
      sortField: 'name',
      rowHeader: true,
      render: (c) => (
        <>
          {c.name}
          {c.remote ? (
            <Text component="span" size="xs" c="dimmed" display="block">
              {text.remote}
            </Text>
          ) : null}
        </>
      ),
    },
    { key: 'district', header: text.district, sortField: 'district', nowrap: true, render: (c) => c.district },
    { key: 'units', header: text.unitsAssigned, align: 'end', render: (c) => formatInteger(c.unitsAssigned) },
    { key: 'visits', header: text.visits, sortField: 'visits', align: 'end', render: (c) => formatInteger(c.visits) },
    {
      key: 'activities',
      header: text.activities,
      align: 'end',
      render: (c) =>
        c.activities > 0 ? (
          <Anchor
            component={Link}
            to={activitiesHref(query, { communeId: c.communeId })}
            aria-label={drill.activities(drill.activityCount(formatInteger(c.activities)), drill.atCommune(c.name))}
            className={classes.figureLink}
          >
            {formatInteger(c.activities)}
          </Anchor>
        ) : (
          formatInteger(c.activities)
        ),
    },
    {
      key: 'last',
      header: text.lastActivity,
      sortField: 'lastActivityDate',
      nowrap: true,
      render: (c) => (c.lastActivityDate ? formatDate(c.lastActivityDate) : text.never),
    },
    {
      key: 'days',
      header: text.daysSinceLast,
      sortField: 'daysSinceLast',
      align: 'end',
      nowrap: true,
      render: (c) => (c.daysSinceLast === null ? messages.common.noValue : text.days(formatInteger(c.daysSinceLast))),
    },
    {
      key: 'ntm',
      header: text.ntm,
      render: (c) =>
        c.ntmCriteria.length === 0 ? (
          text.noNtm
        ) : (
          <ul className={classes.criteria}>
            {c.ntmCriteria.map((n) => {
              const label = ntmCriterionLabel({ set: n.criteriaSet, number: n.criterion });
              return (
                <li key={`${n.criteriaSet}:${n.criterion}`}>
                  <Anchor
                    component={Link}
                    to={activitiesHref(query, { communeId: c.communeId, ntm: `${n.criteriaSet}:${n.criterion}` })}
                    aria-label={drill.activities(label, drill.forCriterion(label, c.name))}
                    size="sm"
                  >
                    {label}
                  </Anchor>
                </li>
              );
            })}
          </ul>
        ),
    },
  ];

  return (
    <Stack gap="sm">
      <NativeSelect
        label={text.reached}
        data={REACHED_OPTIONS}
        value={reached ?? ALL}
        onChange={(event) => setReached(event.currentTarget.value)}
        size="md"
        maw={360}
        className={classes.noPrint}
        data-testid="reached-filter"
      />
      {result.isError ? (
        <ErrorState
          title={text.loadError}
          error={result.error}
          onRetry={() => result.refetch()}
          retrying={result.isFetching}
        />
      ) : (
        <DataTable
          caption={text.caption}
          columns={columns}
          rows={result.data?.items}
          rowKey={(c) => c.communeId}
          sort={table.sort}
          onSortChange={table.setSort}
          minWidth={900}
          loading={result.isPending}
          updating={result.isPlaceholderData}
          empty={<Text>{text.empty}</Text>}
          testId="communes-table"
          pagination={
            result.data
              ? {
                  page: result.data.page,
                  pages: result.data.pages,
                  total: result.data.total,
                  limit: result.data.limit,
                  label: text.pagination,
                  onPageChange: table.setPage,
                }
              : undefined
          }
        />
      )}
    </Stack>
  );
}
