import { type CoverageStats, formatInteger, formatMonth, formatPercent } from '@danvan/domain';
import { Table, Text } from '@mantine/core';
import { messages } from '@/config/messages';
import classes from './overview.module.css';

const text = messages.overview.months;

/** Unit compliance month by month: units with an approved activity ÷ units with an active assignment. */
export function MonthlyComplianceTable({ months }: { months: CoverageStats['months'] }) {
  if (months.length === 0) return <Text c="dimmed">{text.empty}</Text>;
  return (
    <Table captionSide="top" striped withTableBorder verticalSpacing="xs" className={classes.table}>
      <Table.Caption className={classes.caption}>{text.caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{text.month}</Table.Th>
          <Table.Th scope="col" className={classes.number}>
            {text.assignedUnits}
          </Table.Th>
          <Table.Th scope="col" className={classes.number}>
            {text.activeUnits}
          </Table.Th>
          <Table.Th scope="col" className={classes.number}>
            {text.rate}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {months.map((m) => (
          <Table.Tr key={m.month}>
            <Table.Th scope="row" fw={500}>
              {formatMonth(m.month)}
            </Table.Th>
            <Table.Td className={classes.number}>{formatInteger(m.assignedUnits)}</Table.Td>
            <Table.Td className={classes.number}>{formatInteger(m.activeUnits)}</Table.Td>
            <Table.Td className={classes.number}>
              {m.complianceRate === null ? messages.common.noValue : formatPercent(m.complianceRate)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
