import {
  formatInteger,
  formatMonth,
  formatMonthShort,
  type PlanActual,
  type PlanActualRow,
  PlanActualStatus,
} from '@danvan/domain';
import { Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { messages } from '@/config/messages';
import { plansMessages } from '@/config/messages/plans';
import classes from './plan-actual.module.css';

const text = plansMessages.planActual;

interface PlaceRow {
  key: string;
  unitName: string;
  communeName: string;
  district: string;
  cells: Map<string, PlanActualRow>;
}

/** One table row per (unit, commune), in the API's order (unit name, commune name). */
function placesOf(rows: readonly PlanActualRow[]): PlaceRow[] {
  const places = new Map<string, PlaceRow>();
  for (const row of rows) {
    const key = `${row.unitId}|${row.communeId}`;
    let place = places.get(key);
    if (!place) {
      place = { key, unitName: row.unitName, communeName: row.communeName, district: row.district, cells: new Map() };
      places.set(key, place);
    }
    place.cells.set(row.month, row);
  }
  return [...places.values()];
}

export interface PlanActualTableProps {
  data: PlanActual;
  /** Name the unit in each row (when every unit is shown). */
  showUnit: boolean;
}

/**
 * Months across, places down; each cell says in words and with a mark whether the plan was met (never by
 * colour alone). Scrolls sideways inside its own box on a phone.
 */
export function PlanActualTable({ data, showUnit }: PlanActualTableProps) {
  const captionId = useId();
  const places = placesOf(data.rows);
  if (places.length === 0) return <Text data-testid="plan-actual-empty">{text.empty}</Text>;
  // The caption sits above the scrolling box, so a phone shows it whole while the months scroll.
  return (
    <Stack gap="xs">
      <Text id={captionId} size="sm" className={classes.caption}>
        {text.caption}
      </Text>
      {data.months.length > 1 ? (
        // A phone shows a month or two at a time; on a wide screen only a long range scrolls.
        <Text size="sm" className={classes.scrollHint} hiddenFrom={data.months.length > 6 ? undefined : 'sm'}>
          {text.scrollHint}
        </Text>
      ) : null}
      <Table.ScrollContainer
        minWidth={200 + data.months.length * 120}
        scrollAreaProps={{
          viewportProps: { tabIndex: 0, role: 'region', 'aria-labelledby': captionId, className: classes.viewport },
        }}
      >
        <Table
          withTableBorder
          withColumnBorders
          className={classes.table}
          aria-labelledby={captionId}
          data-testid="plan-actual"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" className={classes.sticky}>
                {showUnit ? text.unitAndCommune : text.commune}
              </Table.Th>
              {data.months.map((month) => (
                <Table.Th key={month} scope="col" className={classes.monthHeader}>
                  <span aria-hidden="true">{formatMonthShort(month)}</span>
                  <VisuallyHidden>{formatMonth(month)}</VisuallyHidden>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {places.map((place) => (
              <Table.Tr key={place.key}>
                <Table.Th scope="row" className={`${classes.rowHeader} ${classes.sticky}`}>
                  {showUnit ? <span className={classes.place}>{place.unitName}</span> : null}
                  <span className={showUnit ? classes.sub : classes.place}>{place.communeName}</span>
                  <span className={classes.sub}>{place.district}</span>
                </Table.Th>
                {data.months.map((month) => (
                  <PlanActualCell key={month} row={place.cells.get(month)} />
                ))}
              </Table.Tr>
            ))}
            <Table.Tr className={classes.totalRow}>
              <Table.Th scope="row" className={classes.sticky}>
                {text.total}
              </Table.Th>
              {data.byMonth.map((m) => (
                <Table.Td key={m.month} className={classes.cell}>
                  <span className={classes.figure} aria-hidden="true">
                    {text.cell(formatInteger(m.actual), formatInteger(m.planned))}
                  </span>
                  <VisuallyHidden>{text.cellLabel(formatInteger(m.planned), formatInteger(m.actual))}</VisuallyHidden>
                  {m.submitted > 0 ? (
                    <span className={classes.waiting}>{text.waiting(formatInteger(m.submitted))}</span>
                  ) : null}
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function PlanActualCell({ row }: { row: PlanActualRow | undefined }) {
  if (!row) {
    return (
      <Table.Td className={classes.cell}>
        <span aria-hidden="true">{messages.common.noValue}</span>
        <VisuallyHidden>{text.nothing}</VisuallyHidden>
      </Table.Td>
    );
  }
  return (
    <Table.Td className={`${classes.cell} ${classes[row.status]}`} data-status={row.status}>
      <span className={classes.status}>
        <span aria-hidden="true">{text.marks[row.status]} </span>
        {PlanActualStatus.labels[row.status]}
      </span>
      <span className={classes.figure} aria-hidden="true">
        {text.cell(formatInteger(row.actual), formatInteger(row.planned))}
      </span>
      <VisuallyHidden>{text.cellLabel(formatInteger(row.planned), formatInteger(row.actual))}</VisuallyHidden>
      {row.submitted > 0 ? (
        <span className={classes.waiting}>
          <span aria-hidden="true">{text.waiting(formatInteger(row.submitted))}</span>
          <VisuallyHidden>{text.waitingLabel(formatInteger(row.submitted))}</VisuallyHidden>
        </span>
      ) : null}
    </Table.Td>
  );
}
