import { type CommuneReachRow, formatDate, formatInteger } from '@danvan/domain';
import { Table, Text } from '@mantine/core';
import { messages } from '@/config/messages';
import classes from './overview.module.css';

const text = messages.overview.neverReached;

function lastActivityText(commune: CommuneReachRow): string {
  if (commune.lastActivityDate === null || commune.daysSinceLast === null) return text.never;
  return text.daysSince(formatInteger(commune.daysSinceLast), formatDate(commune.lastActivityDate));
}

/** Communes in scope that no approved activity reached in the period: the ones the committee must follow up. */
export function NeverReachedCommunes({ communes }: { communes: CommuneReachRow[] }) {
  if (communes.length === 0) return <Text>{text.none}</Text>;
  return (
    <Table
      captionSide="top"
      striped
      withTableBorder
      verticalSpacing="xs"
      className={classes.table}
      data-testid="never-reached"
    >
      <Table.Caption className={classes.caption}>{text.caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{text.commune}</Table.Th>
          <Table.Th scope="col">{text.district}</Table.Th>
          <Table.Th scope="col">{text.lastActivity}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {communes.map((commune) => (
          <Table.Tr key={commune.communeId}>
            <Table.Th scope="row" fw={500}>
              {commune.name}
              {commune.remote ? (
                <Text component="span" size="xs" c="dimmed" display="block">
                  {text.remote}
                </Text>
              ) : null}
            </Table.Th>
            <Table.Td>{commune.district}</Table.Td>
            <Table.Td>{lastActivityText(commune)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
