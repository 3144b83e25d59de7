import { type Difficulty, DifficultyKind, DifficultyStatus, formatDate } from '@danvan/domain';
import { Alert, Button, MultiSelect, Select, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { readableAlertTitle } from '@/components/ui/alert-styles';
import { CsvDownloadButton } from '@/components/ui/csv-download-button';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { DateField } from '@/components/ui/date-field';
import { ErrorState } from '@/components/ui/error-state';
import { ListEmpty, ListFilters, ListSummary } from '@/components/ui/list-filters';
import { ListSearchInput } from '@/components/ui/list-search-input';
import { PageHeader } from '@/components/ui/page-header';
import { messages } from '@/config/messages';
import { plansMessages } from '@/config/messages/plans';
import { paths } from '@/config/paths';
import { useSession } from '@/features/auth/use-session';
import { useDifficulties } from '@/features/plans/api/get-difficulties';
import { changeDifficultyStatus, useUpdateDifficulty } from '@/features/plans/api/save-difficulty';
import { DIFFICULTY_LIST, nextStatus } from '@/features/plans/difficulty-list';
import { isConflict } from '@/features/plans/form-errors';
import { useListParams } from '@/hooks/use-list-params';
import { describeError } from '@/lib/describe-error';
import { byId, useCommuneLookup, useUnitLookup } from '@/lib/lookups';
import classes from './difficulties.module.css';

const text = plansMessages.difficulties;

const kindOptions = DifficultyKind.codes.map((code) => ({ value: code, label: DifficultyKind.labels[code] }));
const statusOptions = DifficultyStatus.codes.map((code) => ({ value: code, label: DifficultyStatus.labels[code] }));

type Notice = { ok: boolean; message: string; detail?: string | undefined };

/** Difficulties and recommendations, filtered from the URL, with their status moved on from the list. */
export function DifficultiesPage() {
  const list = useListParams(DIFFICULTY_LIST);
  const { user, can } = useSession();
  const location = useLocation();
  const unitFixed = user?.role === 'unit_officer';
  const units = useUnitLookup();
  const communes = useCommuneLookup();
  const unitsById = useMemo(() => byId(units.data), [units.data]);
  const communesById = useMemo(() => byId(communes.data), [communes.data]);
  const update = useUpdateDifficulty();
  const [notice, setNotice] = useState<Notice | null>(null);

  // A period that ends before it starts would be refused by the API: its end is left out, and said so.
  const { from, to } = list.filters;
  const reversed = from !== undefined && to !== undefined && from > to;
  const { to: _to, ...withoutTo } = list.apiQuery;
  const apiQuery = reversed ? withoutTo : list.apiQuery;
  const { to: _csvTo, ...csvWithoutTo } = list.csvQuery;
  const csvQuery = reversed ? csvWithoutTo : list.csvQuery;
  const difficulties = useDifficulties(apiQuery);

  const mayChange = (d: Difficulty) =>
    user?.role === 'admin' || (can('write') && d.unitId !== null && d.unitId === user?.unitId);
  const back = { from: `${location.pathname}${location.search}` };

  function advance(difficulty: Difficulty, status: DifficultyStatus) {
    setNotice(null);
    update.mutate(changeDifficultyStatus(difficulty, status), {
      onSuccess: () => setNotice({ ok: true, message: text.statusChanged(DifficultyStatus.labels[status]) }),
      onError: (error) => {
        const described = describeError(error);
        setNotice(
          isConflict(error)
            ? { ok: false, message: text.changedByOthers }
            : { ok: false, message: described.message, detail: described.detail },
        );
      },
    });
  }

  const columns: DataTableColumn<Difficulty>[] = [
    {
      key: 'text',
      header: text.columns.text,
      rowHeader: true,
      render: (d) => (
        <>
          <Text size="sm" fw={500}>
            {d.text}
          </Text>
          {d.recommendation ? (
            <Text size="sm" mt={4}>
              <Text component="span" size="sm" fw={700}>
                {`${text.recommendation}: `}
              </Text>
              {d.recommendation}
            </Text>
          ) : null}
        </>
      ),
    },
    { key: 'kind', header: text.columns.kind, render: (d) => DifficultyKind.labels[d.kind] },
    {
      key: 'where',
      header: text.columns.where,
      render: (d) => (
        <>
          {d.unitId !== null ? <Text size="sm">{unitsById.get(d.unitId)?.name ?? `#${d.unitId}`}</Text> : null}
          {d.communeId !== null ? (
            <Text size="sm" c="dimmed">
              {communesById.get(d.communeId)?.name ?? `#${d.communeId}`}
            </Text>
          ) : null}
        </>
      ),
    },
    {
      key: 'period',
      header: text.columns.period,
      sortField: 'periodFrom',
      render: (d) => text.period(formatDate(d.periodFrom), formatDate(d.periodTo)),
    },
    {
      key: 'status',
      header: text.columns.status,
      sortField: 'status',
      render: (d) => (
        <span className={`${classes.status} ${classes[d.status]}`}>{DifficultyStatus.labels[d.status]}</span>
      ),
    },
    {
      key: 'actions',
      header: text.columns.actions,
      render: (d) => {
        if (!mayChange(d)) return messages.common.noValue;
        const next = nextStatus(d.status);
        return (
          <Stack gap={6} align="stretch" className={classes.actions}>
            {next ? (
              <Button
                size="xs"
                variant="default"
                classNames={{ root: classes.wrapButton, label: classes.wrapLabel }}
                onClick={() => advance(d, next)}
                loading={update.isPending && update.variables?.id === d.id}
                disabled={update.isPending && update.variables?.id !== d.id}
                aria-label={text.advanceOne(text.advance[next as 'dang_xu_ly' | 'da_giai_quyet'], d.text)}
              >
                {text.advance[next as 'dang_xu_ly' | 'da_giai_quyet']}
              </Button>
            ) : null}
            <Button
              component={Link}
              to={paths.editDifficulty(d.id)}
              state={back}
              size="xs"
              variant="default"
              aria-label={text.editOne(d.text)}
            >
              {text.edit}
            </Button>
          </Stack>
        );
      },
    },
  ];

  return (
    <Stack gap="lg">
      <PageHeader
        title={text.title}
        description={text.intro}
        actions={
          <>
            {can('write') ? (
              <Button component={Link} to={paths.newDifficulty} state={back}>
                {text.add}
              </Button>
            ) : null}
            <CsvDownloadButton path="/difficulties" query={csvQuery} />
          </>
        }
      />
      {noticeFrom(location.state) ? (
        <Alert styles={readableAlertTitle} color="teal" variant="light" role="status">
          {noticeFrom(location.state)}
        </Alert>
      ) : null}
      <ListFilters activeCount={list.activeCount} onClear={list.clearAll}>
        <ListSearchInput value={list.q} onSearch={list.setSearch} placeholder={text.filters.searchPlaceholder} />
        <MultiSelect
          label={text.filters.kind}
          placeholder={list.filterValues('kind').length === 0 ? text.filters.allKinds : undefined}
          data={kindOptions}
          value={list.filterValues('kind')}
          onChange={(value) => list.setFilter('kind', value)}
          clearable
          comboboxProps={{ withinPortal: true }}
        />
        <MultiSelect
          label={text.filters.status}
          placeholder={list.filterValues('status').length === 0 ? text.filters.allStatuses : undefined}
          data={statusOptions}
          value={list.filterValues('status')}
          onChange={(value) => list.setFilter('status', value)}
          clearable
          comboboxProps={{ withinPortal: true }}
        />
        {unitFixed ? null : (
          <Select
            label={text.filters.unit}
            placeholder={text.filters.allUnits}
            data={(units.data ?? []).map((u) => ({ value: String(u.id), label: u.name }))}
            value={list.filters.unitId ?? null}
            onChange={(value) => list.setFilter('unitId', value)}
            searchable
            openOnFocus={false}
            clearable
            nothingFoundMessage={messages.common.noValue}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        <DateField label={text.filters.from} value={from ?? null} onChange={(value) => list.setFilter('from', value)} />
        <DateField label={text.filters.to} value={to ?? null} onChange={(value) => list.setFilter('to', value)} />
      </ListFilters>
      {reversed ? (
        <Alert styles={readableAlertTitle} color="yellow" variant="light" role="status">
          {plansMessages.period.invalidRange}
        </Alert>
      ) : null}
      {notice ? (
        <Alert
          styles={readableAlertTitle}
          color={notice.ok ? 'teal' : 'nationalRed'}
          variant="light"
          role={notice.ok ? 'status' : 'alert'}
          title={notice.ok ? undefined : text.statusFailed}
          withCloseButton
          closeButtonLabel={plansMessages.closeNotice}
          onClose={() => setNotice(null)}
          data-testid="difficulty-notice"
        >
          {notice.message}
          {notice.detail && notice.detail !== notice.message ? <Text size="sm">{notice.detail}</Text> : null}
        </Alert>
      ) : null}
      {difficulties.isError ? (
        <ErrorState
          title={text.loadError}
          error={difficulties.error}
          onRetry={() => difficulties.refetch()}
          retrying={difficulties.isFetching}
        />
      ) : (
        <Stack gap="sm">
          <ListSummary total={difficulties.data?.total} noun={text.noun} updating={difficulties.isPlaceholderData} />
          <DataTable
            caption={text.caption}
            columns={columns}
            rows={difficulties.data?.items}
            rowKey={(d) => d.id}
            sort={list.sort}
            onSortChange={list.setSort}
            loading={difficulties.isPending}
            updating={difficulties.isPlaceholderData}
            minWidth={860}
            testId="difficulties-list"
            empty={
              <ListEmpty
                message={list.activeCount > 0 ? text.emptyFiltered : text.empty}
                onClear={list.activeCount > 0 ? list.clearAll : undefined}
              />
            }
            pagination={
              difficulties.data
                ? {
                    page: list.page,
                    pages: difficulties.data.pages,
                    total: difficulties.data.total,
                    limit: difficulties.data.limit,
                    onPageChange: list.setPage,
                  }
                : undefined
            }
          />
        </Stack>
      )}
    </Stack>
  );
}

function noticeFrom(state: unknown): string | null {
  const notice = (state as { notice?: unknown } | null)?.notice;
  return typeof notice === 'string' ? notice : null;
}
