import type { ComplianceStats, ComplianceUnit } from '@danvan/domain';
import { formatInteger, formatMonth, formatMonthShort, formatPercent, UnitGroup } from '@danvan/domain';
import { Anchor, NativeSelect, Skeleton, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useId, useRef } from 'react';
import { Link } from 'react-router';
import { nextSort, parseSort, SortButton, TablePagination } from '@/components/ui/data-table';
import { ErrorState } from '@/components/ui/error-state';
import { messages } from '@/config/messages';
import { dashboardsMessages } from '@/config/messages/dashboards';
import { SUCCESS_GREEN } from '@/config/theme';
import {
  COMPLIANCE_DEFAULT_SORT,
  COMPLIANCE_PAGE_SIZE,
  COMPLIANCE_SORTS,
  useCompliance,
} from '@/features/dashboards/api/get-compliance';
import { MATRIX_TABLE, type StatsFilterQuery } from '@/features/dashboards/dashboard-filters';
import { activitiesHref, monthWindow } from '@/features/dashboards/drill-down';
import { useTableParams } from '@/features/dashboards/use-dashboard-filters';
import classes from './dashboards.module.css';

const text = dashboardsMessages.coverage.matrix;

const SORT_OPTIONS = COMPLIANCE_SORTS.flatMap((field) => [
  { value: field, label: messages.list.sortOption(text.sorts[field], false) },
  { value: `-${field}`, label: messages.list.sortOption(text.sorts[field], true) },
]);

/**
 * The units × months matrix: lượt of each unit in each month, the months below the norm marked with a sign
 * and a tint (never by colour alone), sorted and paged by the server. The unit's name stays in view while
 * the months scroll sideways on a narrow screen; each figure opens the activities it counts.
 */
export function ComplianceMatrix({ query }: { query: StatsFilterQuery }) {
  const table = useTableParams(MATRIX_TABLE, COMPLIANCE_SORTS, COMPLIANCE_DEFAULT_SORT);
  const result = useCompliance(query, { sort: table.sort, page: table.page, limit: COMPLIANCE_PAGE_SIZE });
  const regionRef = useRef<HTMLDivElement>(null);

  if (result.isPending) {
    return (
      <Stack gap="xs" aria-busy="true">
        <VisuallyHidden role="status">{text.loading}</VisuallyHidden>
        <Skeleton height={28} width="60%" />
        <Skeleton height={320} radius="md" />
      </Stack>
    );
  }
  if (result.isError) {
    return (
      <ErrorState
        title={text.loadError}
        error={result.error}
        onRetry={() => result.refetch()}
        retrying={result.isFetching}
      />
    );
  }
  const data = result.data;
  if (data.total === 0) return <Text>{text.empty}</Text>;

  return (
    <Stack gap="sm">
      <Text size="sm">{text.explanation(formatInteger(data.norm))}</Text>
      <Legend />
      <NativeSelect
        label={text.sortBy}
        data={SORT_OPTIONS}
        value={table.sort}
        onChange={(event) => table.setSort(event.currentTarget.value)}
        size="md"
        maw={360}
        className={classes.noPrint}
      />
      <MatrixTable
        data={data}
        query={query}
        sort={table.sort}
        onSortChange={table.setSort}
        updating={result.isPlaceholderData}
        regionRef={regionRef}
      />
      <div className={classes.noPrint}>
        <TablePagination
          page={data.page}
          pages={data.pages}
          total={data.total}
          limit={data.limit}
          label={text.pagination}
          onPageChange={(page) => {
            table.setPage(page);
            regionRef.current?.focus({ preventScroll: true });
            regionRef.current?.scrollIntoView?.({ block: 'nearest' });
          }}
        />
      </div>
    </Stack>
  );
}

function Legend() {
  return (
    <div className={classes.legend} aria-hidden="true">
      <span>
        <span className={`${classes.legendSwatch} ${classes.below}`}>0 ✕</span>
        {text.legendBelow}
      </span>
      <span>
        <span className={`${classes.legendSwatch} ${classes.notAssigned}`}>—</span>
        {text.legendNotAssigned}
      </span>
    </div>
  );
}

interface MatrixTableProps {
  data: ComplianceStats;
  query: StatsFilterQuery;
  sort: string;
  onSortChange: (sort: string) => void;
  updating: boolean;
  regionRef: React.RefObject<HTMLDivElement | null>;
}

function MatrixTable({ data, query, sort, onSortChange, updating, regionRef }: MatrixTableProps) {
  const captionId = useId();
  const current = parseSort(sort);
  const header = (field: (typeof COMPLIANCE_SORTS)[number], label: string, className?: string) => {
    const active = current.field === field;
    return (
      <Table.Th scope="col" className={className} aria-sort={active ? current.direction : undefined}>
        <SortButton
          label={label}
          direction={active ? current.direction : null}
          onClick={() => onSortChange(nextSort(sort, field))}
        />
      </Table.Th>
    );
  };
  return (
    <>
      <Text aria-hidden="true" className={classes.caption}>
        {text.caption}
      </Text>
      <Table.ScrollContainer
        minWidth={560 + data.months.length * 64}
        scrollAreaProps={{
          viewportRef: regionRef,
          viewportProps: { tabIndex: 0, role: 'region', 'aria-labelledby': captionId, className: classes.viewport },
        }}
      >
        <Table
          captionSide="top"
          className={classes.matrix}
          verticalSpacing="xs"
          highlightOnHover
          aria-busy={updating || undefined}
          data-testid="compliance-matrix"
        >
          {/* The name of the table for screen readers; the same words are shown above its scroll box. */}
          <Table.Caption id={captionId} className={classes.srOnly}>
            {text.caption}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {header('name', text.unit, classes.stickyCol)}
              {data.months.map((month) => (
                <Table.Th key={month} scope="col" className={classes.monthHead}>
                  <span aria-hidden="true">{formatMonthShort(month)}</span>
                  <VisuallyHidden>{formatMonth(month)}</VisuallyHidden>
                </Table.Th>
              ))}
              {header('visits', text.visits, classes.number)}
              <Table.Th scope="col" className={classes.number}>
                {text.monthsOnNorm}
              </Table.Th>
              {header('rate', text.rate, classes.number)}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.units.map((row) => (
              <MatrixRow key={row.unitId} row={row} query={query} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}

function MatrixRow({ row, query }: { row: ComplianceUnit; query: StatsFilterQuery }) {
  const rate = row.rate === null ? messages.common.noValue : formatPercent(row.rate);
  return (
    <Table.Tr>
      <Table.Th scope="row" className={classes.stickyCol}>
        {row.name}
        <Text component="span" size="xs" c="dimmed" display="block">
          {UnitGroup.labels[row.group]}
        </Text>
      </Table.Th>
      {row.cells.map((cell) => {
        const below = cell.assigned && !cell.onNorm;
        const state = below ? text.belowNorm : cell.assigned ? '' : text.notAssigned;
        const visits = formatInteger(cell.visits);
        const label = text.cellLabel(row.name, formatMonth(cell.month), visits, state);
        const className = `${classes.cell} ${below ? classes.below : ''} ${cell.assigned ? '' : classes.notAssigned}`;
        return (
          <Table.Td key={cell.month} className={className} data-month={cell.month}>
            {cell.visits > 0 ? (
              <Anchor
                component={Link}
                to={activitiesHref(query, { unitId: row.unitId, period: monthWindow(cell.month, query) })}
                aria-label={label}
                className={classes.figureLink}
                c="inherit"
              >
                {visits}
              </Anchor>
            ) : cell.assigned ? (
              visits
            ) : (
              <span aria-hidden="true">—</span>
            )}
            {below ? (
              <span className={classes.mark} aria-hidden="true">
                ✕
              </span>
            ) : null}
            {cell.visits === 0 && state ? <VisuallyHidden>{state}</VisuallyHidden> : null}
          </Table.Td>
        );
      })}
      <Table.Td className={classes.number}>
        {row.visits > 0 ? (
          <Anchor
            component={Link}
            to={activitiesHref(query, { unitId: row.unitId })}
            aria-label={dashboardsMessages.drill.activities(
              dashboardsMessages.drill.visits(formatInteger(row.visits)),
              dashboardsMessages.drill.ofUnit(row.name),
            )}
            className={classes.figureLink}
          >
            {formatInteger(row.visits)}
          </Anchor>
        ) : (
          formatInteger(row.visits)
        )}
      </Table.Td>
      <Table.Td className={classes.number}>
        {text.monthsOf(formatInteger(row.monthsOnNorm), formatInteger(row.monthsAssigned))}
      </Table.Td>
      <Table.Td className={classes.number}>
        {rate}
        {row.onNorm ? (
          <Text component="span" ml={6} fw={700} c={SUCCESS_GREEN} className={classes.onNorm}>
            <span aria-hidden="true">✓ </span>
            {text.onNormBadge}
          </Text>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}
