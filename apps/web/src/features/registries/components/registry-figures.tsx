import { type CoverageStats, formatInteger, formatMonth, type Period } from '@danvan/domain';
import { SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { ErrorState } from '@/components/ui/error-state';
import { StatCard, StatCardSkeleton } from '@/components/ui/stat-card';
import { messages } from '@/config/messages';
import { registriesMessages } from '@/config/messages/registries';
import { type CoverageScope, useRegistryCoverage } from '@/features/registries/api/registry-coverage';
import classes from './registry.module.css';

const text = registriesMessages.figures;
const GRID = { base: 1, xs: 2, md: 3 };

function outOf(part: number, whole: number): string {
  return messages.common.outOf(formatInteger(part), formatInteger(whole));
}

/** A unit's or a commune's share of the coverage measures over the period, month by month. */
export function RegistryFigures({ scope, period }: { scope: CoverageScope; period: Period }) {
  const coverage = useRegistryCoverage(scope, period);
  if (coverage.isPending) {
    return (
      <SimpleGrid cols={GRID} spacing="md" aria-busy="true">
        <StatCardSkeleton />
        <StatCardSkeleton />
        <StatCardSkeleton />
      </SimpleGrid>
    );
  }
  if (coverage.isError) {
    return (
      <ErrorState
        title={text.loadError}
        error={coverage.error}
        onRetry={() => coverage.refetch()}
        retrying={coverage.isFetching}
      />
    );
  }
  const stats = coverage.data;
  const assignedMonths = stats.months.filter((m) => m.assignedUnits > 0);
  return (
    <Stack gap="md" data-testid="registry-figures">
      <SimpleGrid cols={GRID} spacing="md">
        <StatCard
          testId="figure-visits"
          label={text.visits.label}
          value={formatInteger(stats.visits)}
          caption={text.visits.caption}
        />
        {'unitId' in scope ? (
          <StatCard
            testId="figure-months"
            label={text.monthsOnNorm.label}
            value={outOf(assignedMonths.filter((m) => m.activeUnits > 0).length, assignedMonths.length)}
            caption={text.monthsOnNorm.caption}
          />
        ) : (
          <StatCard
            testId="figure-units"
            label={text.unitsActive.label}
            value={outOf(stats.units.active, stats.units.assigned)}
            caption={text.unitsActive.caption}
          />
        )}
        {'unitId' in scope ? (
          <StatCard
            testId="figure-communes"
            label={text.communesReached.label}
            value={outOf(stats.communes.reached, stats.communes.assigned)}
            caption={text.communesReached.caption}
          />
        ) : (
          <StatCard
            testId="figure-participants"
            label={text.participants.label}
            value={formatInteger(stats.participants.total)}
            caption={text.participants.caption}
          />
        )}
      </SimpleGrid>
      <MonthsTable months={stats.months} unit={'unitId' in scope} />
    </Stack>
  );
}

function MonthsTable({ months, unit }: { months: CoverageStats['months']; unit: boolean }) {
  if (months.length === 0) return <Text c="dimmed">{text.noMonths}</Text>;
  return (
    <Table.ScrollContainer minWidth={280}>
      <Table captionSide="top" striped withTableBorder verticalSpacing="xs" className={classes.table}>
        <Table.Caption className={classes.caption}>{text.monthsCaption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{text.month}</Table.Th>
            <Table.Th scope="col" className={classes.number}>
              {unit ? text.active : messages.overview.months.assignedUnits}
            </Table.Th>
            {unit ? null : (
              <Table.Th scope="col" className={classes.number}>
                {messages.overview.months.activeUnits}
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {months.map((m) => (
            <Table.Tr key={m.month}>
              <Table.Th scope="row" fw={500}>
                {formatMonth(m.month)}
              </Table.Th>
              {unit ? (
                <Table.Td className={classes.number}>
                  {m.assignedUnits === 0 ? messages.common.noValue : m.activeUnits > 0 ? text.onNormYes : text.onNormNo}
                </Table.Td>
              ) : (
                <>
                  <Table.Td className={classes.number}>{formatInteger(m.assignedUnits)}</Table.Td>
                  <Table.Td className={classes.number}>{formatInteger(m.activeUnits)}</Table.Td>
                </>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
