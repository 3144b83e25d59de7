import {
  formatDate,
  formatInteger,
  type ImportPreview,
  type ImportRow,
  type ImportRowStatus,
  ImportRowStatusCodes,
} from '@danvan/domain';
import {
  Alert,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
  useMatches,
  VisuallyHidden,
} from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { ErrorState } from '@/components/ui/error-state';
import { messages } from '@/config/messages';
import { importsMessages } from '@/config/messages/imports';
import { PREVIEW_PAGE_SIZE, useImportPreview } from '@/features/imports/api/imports';
import classes from './imports.module.css';

const text = importsMessages.preview;
const labels = importsMessages;

type Filter = 'all' | ImportRowStatus;

/** The value shown in a cell: what the import recognised, or what the file said when it has an error there. */
function Cell({ row, column, children }: { row: ImportRow; column: string; children: ReactNode }) {
  const wrong = row.errors.some((e) => e.column === column);
  if (!wrong) return <>{children}</>;
  return (
    <span className={classes.cellError}>
      {row.cells[column] ?? messages.common.noValue}
      <VisuallyHidden>{` (${text.cellError})`}</VisuallyHidden>
    </span>
  );
}

const columns: DataTableColumn<ImportRow>[] = [
  { key: 'line', header: text.columns.line, nowrap: true, render: (r) => text.lines(r.line, r.lastLine) },
  {
    key: 'status',
    header: text.columns.status,
    nowrap: true,
    render: (r) => (
      <span className={`${classes.status} ${classes[r.status]}`}>
        {labels.status[r.status]}
        {r.status === 'ok' ? <span className={classes.action}>{labels.action[r.action]}</span> : null}
      </span>
    ),
  },
  {
    key: 'title',
    header: text.columns.title,
    rowHeader: true,
    render: (r) => (
      <Cell row={r} column="title">
        {r.title || messages.common.noValue}
      </Cell>
    ),
  },
  {
    key: 'units',
    header: text.columns.units,
    render: (r) => (
      <Cell row={r} column="units">
        {r.units || messages.common.noValue}
      </Cell>
    ),
  },
  {
    key: 'commune',
    header: text.columns.commune,
    render: (r) => (
      <Cell row={r} column="commune">
        {r.commune || messages.common.noValue}
      </Cell>
    ),
  },
  {
    key: 'startDate',
    header: text.columns.startDate,
    nowrap: true,
    render: (r) => (
      <Cell row={r} column="startDate">
        {r.startDate ? formatDate(r.startDate) : messages.common.noValue}
      </Cell>
    ),
  },
  {
    key: 'contributions',
    header: text.columns.contributions,
    render: (r) => text.contributions(r.contributions.total, r.contributions.new),
  },
  {
    key: 'problems',
    header: text.columns.problems,
    render: (r) =>
      r.errors.length + r.notes.length === 0 ? (
        messages.common.noValue
      ) : (
        <ul className={classes.problems}>
          {r.errors.map((e) => (
            <li key={`${e.line}-${e.column}-${e.message}`} className={classes.problem}>
              {text.issue(e.line, e.columnLabel, e.message)}
            </li>
          ))}
          {r.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ),
  },
];

function countOf(totals: ImportPreview['totals'], filter: Filter): number {
  return filter === 'all' ? totals.activities : totals[filter];
}

/** What the check found: totals, file-wide warnings, and the activities page by page, errors cell by cell. */
export function ImportPreviewSection({ first }: { first: ImportPreview }) {
  const [filter, setFilter] = useState<Filter>('all');
  const [page, setPage] = useState(1);
  const preview = useImportPreview(first.id, { page, ...(filter === 'all' ? {} : { status: filter }) });
  const data = preview.data ?? first;
  const { totals } = first;
  const filters: Filter[] = ['all', ...ImportRowStatusCodes.filter((s) => s !== 'ok'), 'ok'];
  // Four choices do not fit side by side on a phone: they stack there.
  const orientation = useMatches<'vertical' | 'horizontal'>({ base: 'vertical', sm: 'horizontal' });

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="import-preview">
      <Stack gap="md">
        <Title order={2} size="h3" id="import-preview">
          {text.heading}
        </Title>
        <Text size="sm">
          {text.file(first.fileName, first.sheet)}.{' '}
          {text.summary(formatInteger(totals.activities), formatInteger(totals.lines))}
        </Text>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          <Total label={text.totals.ok} value={totals.ok} tone="ok" />
          <Total label={text.totals.error} value={totals.error} tone="error" />
          <Total label={text.totals.duplicate} value={totals.duplicate} tone="duplicate" />
          <Total label={text.totals.contributions} value={totals.newContributions} tone="ok" />
        </SimpleGrid>
        {first.warnings.map((warning) => (
          <Alert key={warning} color="yellow" variant="light" role="status">
            {warning}
          </Alert>
        ))}
        {totals.activities === 0 ? (
          <Text size="sm">{text.noRows}</Text>
        ) : (
          <>
            <SegmentedControl
              aria-label={text.filter}
              orientation={orientation}
              value={filter}
              onChange={(value) => {
                setFilter(value as Filter);
                setPage(1);
              }}
              data={filters.map((f) => ({
                value: f,
                label: `${text.filters[f]} (${formatInteger(countOf(totals, f))})`,
              }))}
              className={classes.filter}
            />
            {preview.isError ? (
              <ErrorState
                title={text.loadError}
                error={preview.error}
                onRetry={() => preview.refetch()}
                retrying={preview.isFetching}
              />
            ) : (
              <DataTable
                caption={text.caption}
                columns={columns}
                rows={data.rows}
                rowKey={(r) => r.line}
                minWidth={900}
                updating={preview.isPlaceholderData}
                empty={<Text size="sm">{text.empty}</Text>}
                pagination={{
                  page: data.page,
                  pages: data.pages,
                  total: data.total,
                  limit: PREVIEW_PAGE_SIZE,
                  onPageChange: setPage,
                }}
                testId="import-preview"
              />
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** One count, read as "label: value" by assistive technology (a group, like StatCard). */
function Total({ label, value, tone }: { label: string; value: number; tone: ImportRowStatus }) {
  return (
    <Paper
      className={`${classes.total} ${classes[tone]}`}
      role="group"
      aria-label={`${label}: ${formatInteger(value)}`}
    >
      <Text className={classes.totalValue} aria-hidden="true">
        {formatInteger(value)}
      </Text>
      <Text size="sm" aria-hidden="true">
        {label}
      </Text>
    </Paper>
  );
}
