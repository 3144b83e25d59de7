import { Anchor, Table } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';
import classes from './dashboards.module.css';

export interface FigureColumn<T> {
  key: string;
  header: string;
  /** The cell as text (already formatted the Vietnamese way). */
  value: (row: T) => string;
  /** The records behind the figure; the cell becomes a link when there are any. */
  href?: (row: T) => string | null;
  /** The link's accessible name; it starts with the value so speech and sight agree. */
  linkLabel?: (row: T) => string;
  align?: 'end';
  /** The cell that names the row. */
  rowHeader?: boolean;
}

export interface FigureTableProps<T> {
  caption: string;
  columns: readonly FigureColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string | number;
  /** Off for the copy read by screen readers behind a chart: its links would be focusable yet unseen. */
  withLinks?: boolean;
  /** Below this width the table scrolls sideways in its own focusable box. */
  minWidth?: number;
  testId?: string;
}

/** A small table of figures with a caption; each figure links to the approved records behind it. */
export function FigureTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  withLinks = true,
  minWidth = 480,
  testId,
}: FigureTableProps<T>) {
  const captionId = useId();
  const table = (
    <Table
      captionSide="top"
      striped
      withTableBorder
      verticalSpacing="xs"
      className={classes.table}
      data-testid={testId}
    >
      <Table.Caption id={captionId} className={classes.caption}>
        <span className={classes.captionText}>{caption}</span>
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          {columns.map((column) => (
            <Table.Th key={column.key} scope="col" className={column.align === 'end' ? classes.number : undefined}>
              {column.header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={rowKey(row)}>
            {columns.map((column) =>
              column.rowHeader ? (
                <Table.Th key={column.key} scope="row" fw={500} className={classes.rowHead}>
                  <FigureCell column={column} row={row} withLinks={withLinks} />
                </Table.Th>
              ) : (
                <Table.Td key={column.key} className={column.align === 'end' ? classes.number : undefined}>
                  <FigureCell column={column} row={row} withLinks={withLinks} />
                </Table.Td>
              ),
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  if (!withLinks) return table;
  return (
    <Table.ScrollContainer
      minWidth={minWidth}
      scrollAreaProps={{
        viewportProps: { tabIndex: 0, role: 'region', 'aria-labelledby': captionId, className: classes.viewport },
      }}
    >
      {table}
    </Table.ScrollContainer>
  );
}

function FigureCell<T>({ column, row, withLinks }: { column: FigureColumn<T>; row: T; withLinks: boolean }) {
  const text = column.value(row);
  const href = withLinks ? column.href?.(row) : null;
  if (!href) return <>{text}</>;
  return (
    <Anchor component={Link} to={href} aria-label={column.linkLabel?.(row)} className={classes.figureLink}>
      {text}
    </Anchor>
  );
}
