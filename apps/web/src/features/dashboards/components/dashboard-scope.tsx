import { formatDate, UnitGroup } from '@danvan/domain';
import { Alert, Stack, Text } from '@mantine/core';
import { dashboardsMessages } from '@/config/messages/dashboards';
import { type DashboardFilters, periodLabel } from '@/features/dashboards/dashboard-filters';

const text = dashboardsMessages.filters;

export interface DashboardScopeProps {
  filters: DashboardFilters;
  ownUnitOnly: boolean;
  ownUnitName: string | null;
  invalid: boolean;
}

/** What the figures are of: the period in words and dates, the scope, and an officer's own unit. Printed too. */
export function DashboardScope({ filters, ownUnitOnly, ownUnitName, invalid }: DashboardScopeProps) {
  const { period, kind } = filters;
  const [from, to] = [formatDate(period.from), formatDate(period.to)];
  const shown =
    kind === 'custom'
      ? dashboardsMessages.period.range(from, to)
      : dashboardsMessages.period.labelledRange(periodLabel(filters), from, to);
  const scope = [
    filters.district ? text.scope.district(filters.district) : null,
    filters.unitGroup && !ownUnitOnly ? text.scope.unitGroup(UnitGroup.labels[filters.unitGroup]) : null,
    filters.remote ? text.scope.remote[filters.remote] : null,
  ].filter((part): part is string => part !== null);
  return (
    <Stack gap={4}>
      <Text size="lg" fw={600} data-testid="dashboard-period">
        {shown}
      </Text>
      {ownUnitOnly ? (
        <Text data-testid="dashboard-own-unit">{ownUnitName ? text.ownUnit(ownUnitName) : text.ownUnitUnnamed}</Text>
      ) : null}
      {scope.length > 0 ? <Text c="dimmed">{text.scope.joined(scope.join(', '))}</Text> : null}
      {invalid ? (
        <Alert color="yellow" variant="light" role="status" mt="xs">
          {text.invalid}
        </Alert>
      ) : null}
    </Stack>
  );
}
