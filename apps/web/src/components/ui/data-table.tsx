import { formatInteger } from '@danvan/domain';
import {
  Group,
  NativeSelect,
  Pagination,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  UnstyledButton,
  useMatches,
  VisuallyHidden,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type ReactNode, useId, useRef } from 'react';
import { messages } from '@/config/messages';
import { useInitialPhone } from '@/lib/initial-viewport';
import classes from './data-table.module.css';

const text = messages.list;

export type SortDirection = 'ascending' | 'descending';

/** `-name` → `{ field: 'name', direction: 'descending' }`. */
export function parseSort(sort: string): { field: string; direction: SortDirection } {
  return sort.startsWith('-')
    ? { field: sort.slice(1), direction: 'descending' }
    : { field: sort, direction: 'ascending' };
}

/** A click on a column's header: ascending first, then the other way round. */
export function nextSort(current: string, field: string): string {
  const { field: currentField, direction } = parseSort(current);
  return currentField === field && direction === 'ascending' ? `-${field}` : field;
}

export interface DataTableColumn<T> {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
  /** The API's sort field for this column; the header becomes a button when set. */
  sortField?: string;
  /** Numbers line up on the right. */
  align?: 'start' | 'end';
  /** The cell that names the row (`<th scope="row">`), so screen readers read it with every other cell. */
  rowHeader?: boolean;
  /** Short values that read badly when broken (dates, codes, badges, actions). */
  nowrap?: boolean;
}

export interface DataTablePagination {
  page: number;
  pages: number;
  total: number;
  limit: number;
  onPageChange: (page: number) => void;
  /** Names the page buttons' navigation landmark when a page has more than one paginated list. */
  label?: string | undefined;
}

export interface DataTableProps<T> {
  /** Says what the table holds; shown above it and read as the table's name. */
  caption: string;
  columns: readonly DataTableColumn<T>[];
  rows: readonly T[] | undefined;
  rowKey: (row: T) => string | number;
  /** The current sort (`name`, `-name`) and what to do when a header is clicked. */
  sort?: string;
  onSortChange?: (sort: string) => void;
  /** Below this width the table scrolls sideways inside its own box instead of widening the page. */
  minWidth?: number;
  /** First load: skeleton rows in place of data. */
  loading?: boolean;
  /** Newer rows are on their way (a new page or sort); the old ones stay visible meanwhile. */
  updating?: boolean;
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode;
  pagination?: DataTablePagination;
  testId?: string;
}

const SKELETON_ROWS = 5;
/** Below Mantine's `sm` breakpoint (48em) rows become stacked cards: a 360 px screen cannot show a table well. */
const PHONE_QUERY = '(max-width: 47.99em)';

/**
 * A sortable, paginated table on Mantine's Table and Pagination: a caption as its accessible name,
 * `aria-sort` on the sorted column, header buttons to change the sort, row headers, and a horizontally
 * scrolling, keyboard-focusable box on narrow screens so the page itself never overflows.
 */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  sort,
  onSortChange,
  minWidth = 640,
  loading = false,
  updating = false,
  empty,
  pagination,
  testId,
}: DataTableProps<T>) {
  const captionId = useId();
  const regionRef = useRef<HTMLDivElement>(null);
  const current = sort ? parseSort(sort) : null;
  // The screen is read at once, except when taking over a server-rendered page: then first as the server drew it.
  const initialPhone = useInitialPhone();
  const phone =
    useMediaQuery(PHONE_QUERY, initialPhone ?? false, { getInitialValueInEffect: initialPhone !== undefined }) ?? false;

  if (!loading && rows && rows.length === 0 && empty) return <>{empty}</>;

  function changePage(page: number) {
    pagination?.onPageChange(page);
    // The next rows replace these ones: bring the reader (and the keyboard focus) back to the table's top.
    regionRef.current?.focus({ preventScroll: true });
    regionRef.current?.scrollIntoView?.({ block: 'nearest' });
  }

  if (phone) {
    return (
      <Stack gap="sm" data-testid={testId}>
        <DataCards
          caption={caption}
          captionId={captionId}
          columns={columns}
          rows={loading ? undefined : rows}
          rowKey={rowKey}
          sort={sort}
          onSortChange={onSortChange}
          busy={loading || updating}
          listRef={regionRef}
        />
        {loading ? <VisuallyHidden role="status">{text.loadingRows}</VisuallyHidden> : null}
        {pagination && !loading ? <TablePagination {...pagination} onPageChange={changePage} /> : null}
      </Stack>
    );
  }

  return (
    <Stack gap="sm" data-testid={testId}>
      <Table.ScrollContainer
        minWidth={minWidth}
        scrollAreaProps={{
          viewportRef: regionRef,
          viewportProps: {
            tabIndex: 0,
            role: 'region',
            'aria-labelledby': captionId,
            className: classes.viewport,
          },
        }}
      >
        <Table
          captionSide="top"
          striped
          highlightOnHover
          withTableBorder
          verticalSpacing="sm"
          className={classes.table}
          aria-busy={loading || updating || undefined}
        >
          <Table.Caption id={captionId} className={classes.caption}>
            {caption}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => {
                const active = current !== null && column.sortField === current.field;
                return (
                  <Table.Th
                    key={column.key}
                    scope="col"
                    className={`${classes.th} ${column.align === 'end' ? classes.end : ''}`}
                    aria-sort={active ? current.direction : undefined}
                  >
                    {column.sortField && onSortChange && sort !== undefined ? (
                      <SortButton
                        label={column.header}
                        direction={active ? current.direction : null}
                        onClick={() => onSortChange(nextSort(sort, column.sortField as string))}
                      />
                    ) : (
                      column.header
                    )}
                  </Table.Th>
                );
              })}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {loading || !rows
              ? Array.from({ length: SKELETON_ROWS }, (_, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity
                  <Table.Tr key={i}>
                    {columns.map((column) => (
                      <Table.Td key={column.key}>
                        <Skeleton height={14} width="80%" />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))
              : rows.map((row) => (
                  <Table.Tr key={rowKey(row)}>
                    {columns.map((column) =>
                      column.rowHeader ? (
                        <Table.Th
                          key={column.key}
                          scope="row"
                          className={`${classes.rowHeader} ${column.nowrap ? classes.nowrap : ''}`}
                        >
                          {column.render(row)}
                        </Table.Th>
                      ) : (
                        <Table.Td key={column.key} className={cellClass(column)}>
                          {column.render(row)}
                        </Table.Td>
                      ),
                    )}
                  </Table.Tr>
                ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {loading ? <VisuallyHidden role="status">{text.loadingRows}</VisuallyHidden> : null}
      {pagination && !loading ? <TablePagination {...pagination} onPageChange={changePage} /> : null}
    </Stack>
  );
}

interface DataCardsProps<T> {
  caption: string;
  captionId: string;
  columns: readonly DataTableColumn<T>[];
  rows: readonly T[] | undefined;
  rowKey: (row: T) => string | number;
  sort: string | undefined;
  onSortChange: ((sort: string) => void) | undefined;
  busy: boolean;
  listRef: React.RefObject<HTMLElement | null>;
}

/**
 * The same rows as a list of cards, for phones: the row's name on top, then each column as "label: value".
 * Sorting moves from the headers to a select above the list.
 */
function DataCards<T>({
  caption,
  captionId,
  columns,
  rows,
  rowKey,
  sort,
  onSortChange,
  busy,
  listRef,
}: DataCardsProps<T>) {
  const titleColumn = columns.find((column) => column.rowHeader) ?? columns[0];
  const otherColumns = columns.filter((column) => column !== titleColumn);
  const sortOptions = columns
    .filter((column) => column.sortField)
    .flatMap((column) => [
      { value: column.sortField as string, label: text.sortOption(column.header, false) },
      { value: `-${column.sortField}`, label: text.sortOption(column.header, true) },
    ]);
  return (
    <Stack gap="sm">
      <Text id={captionId} className={classes.caption}>
        {caption}
      </Text>
      {sort !== undefined && onSortChange && sortOptions.length > 0 ? (
        <NativeSelect
          label={text.sortBy}
          data={sortOptions}
          value={sort}
          onChange={(event) => onSortChange(event.currentTarget.value)}
        />
      ) : null}
      <section
        ref={listRef}
        tabIndex={-1}
        aria-labelledby={captionId}
        aria-busy={busy || undefined}
        className={classes.viewport}
      >
        <Stack component="ul" gap="sm" className={classes.cards}>
          {rows
            ? rows.map((row) => (
                <Paper component="li" key={rowKey(row)} withBorder p="sm" radius="md" className={classes.card}>
                  {titleColumn ? <div className={classes.cardTitle}>{titleColumn.render(row)}</div> : null}
                  <dl className={classes.cardFields}>
                    {otherColumns.map((column) => (
                      <div key={column.key} className={classes.cardField}>
                        <dt>{column.header}</dt>
                        <dd>{column.render(row)}</dd>
                      </div>
                    ))}
                  </dl>
                </Paper>
              ))
            : Array.from({ length: SKELETON_ROWS }, (_, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: placeholder cards have no identity
                <Paper component="li" key={i} withBorder p="sm" radius="md" className={classes.card}>
                  <Skeleton height={16} width="70%" />
                  <Skeleton height={12} width="50%" mt="sm" />
                  <Skeleton height={12} width="60%" mt="xs" />
                </Paper>
              ))}
        </Stack>
      </section>
    </Stack>
  );
}

function cellClass(column: Pick<DataTableColumn<never>, 'align' | 'nowrap'>): string | undefined {
  const names = [column.align === 'end' ? classes.end : '', column.nowrap ? classes.nowrap : ''].filter(Boolean);
  return names.length > 0 ? names.join(' ') : undefined;
}

export function SortButton({
  label,
  direction,
  onClick,
}: {
  label: string;
  direction: SortDirection | null;
  onClick: () => void;
}) {
  return (
    <UnstyledButton className={classes.sortButton} onClick={onClick}>
      <span>{label}</span>
      <SortIcon direction={direction} />
    </UnstyledButton>
  );
}

function SortIcon({ direction }: { direction: SortDirection | null }) {
  const className = `${classes.sortIcon} ${direction ? classes.sortIconActive : ''}`;
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false" className={className}>
      {direction !== 'descending' ? <path d="M7 2 11 6H3z" fill="currentColor" /> : null}
      {direction !== 'ascending' ? <path d="M7 12 3 8h8z" fill="currentColor" /> : null}
    </svg>
  );
}

const CONTROL_LABELS = {
  first: text.pagination.first,
  previous: text.pagination.previous,
  next: text.pagination.next,
  last: text.pagination.last,
} as const;

/** Which rows are shown and the page buttons, in a navigation landmark with Vietnamese labels. */
export function TablePagination({ page, pages, total, limit, onPageChange, label }: DataTablePagination) {
  const first = total === 0 ? 0 : (page - 1) * limit + 1;
  const last = Math.min(total, page * limit);
  // On a phone, fewer page buttons so the row fits in 360 px; first and last stay reachable.
  const siblings = useMatches({ base: 0, sm: 1 });
  return (
    <Group justify="space-between" gap="sm" wrap="wrap">
      <Text size="sm" c="dimmed">
        {text.range(formatInteger(first), formatInteger(last), formatInteger(total))}
      </Text>
      {pages > 1 ? (
        <nav aria-label={label ?? text.pagination.label}>
          <Pagination
            total={pages}
            value={Math.min(page, pages)}
            onChange={onPageChange}
            size="md"
            gap={6}
            siblings={siblings}
            boundaries={1}
            getItemProps={(p) => ({ 'aria-label': text.pagination.page(p) })}
            getControlProps={(control) => ({ 'aria-label': CONTROL_LABELS[control] })}
          />
        </nav>
      ) : null}
    </Group>
  );
}
