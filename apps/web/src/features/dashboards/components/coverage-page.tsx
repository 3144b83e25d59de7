import type { CoverageStats } from '@danvan/domain';
import { formatInteger } from '@danvan/domain';
import { EmptyState, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { dashboardsMessages } from '@/config/messages/dashboards';
import { useCoverageStats } from '@/features/dashboards/api/get-coverage-stats';
import { previousStatsQuery, type StatsFilterQuery } from '@/features/dashboards/dashboard-filters';
import { COVERAGE_SECTIONS } from '@/features/dashboards/drill-down';
import { useDashboardFilters } from '@/features/dashboards/use-dashboard-filters';
import { CommunesTable } from './communes-table';
import { ComplianceMatrix } from './compliance-matrix';
import { CoverageKpis } from './coverage-kpis';
import { MonthlyComplianceChart, RemoteComparison } from './coverage-sections';
import { DashboardFiltersBar } from './dashboard-filters-bar';
import { DashboardScope } from './dashboard-scope';
import { DashboardSkeleton, Section } from './dashboard-section';
import classes from './dashboards.module.css';
import { useScrollToHash } from './use-scroll-to-hash';

const text = dashboardsMessages.coverage;

/** Who covers which commune, how often: the coverage dashboard, over the period and scope in the URL. */
export function CoveragePage() {
  const { filters, invalid, query, ownUnitOnly, ownUnitName, setFilters } = useDashboardFilters();
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <PageHeader title={text.title} />
        <DashboardScope filters={filters} ownUnitOnly={ownUnitOnly} ownUnitName={ownUnitName} invalid={invalid} />
      </Stack>
      <Text className={classes.noPrint}>{text.intro}</Text>
      <DashboardFiltersBar filters={filters} onChange={setFilters} ownUnitOnly={ownUnitOnly} />
      <CoverageBody query={query} />
    </Stack>
  );
}

function CoverageBody({ query }: { query: StatsFilterQuery }) {
  const coverage = useCoverageStats(query);
  const previous = useCoverageStats(useMemo(() => previousStatsQuery(query), [query]));
  useScrollToHash(coverage.isSuccess);

  if (coverage.isPending) return <CoverageSkeleton />;
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
  if (isEmpty(stats)) {
    return (
      <EmptyState data-testid="coverage-empty">
        <EmptyState.Title order={2}>{text.empty.title}</EmptyState.Title>
        <EmptyState.Description>{text.empty.description}</EmptyState.Description>
      </EmptyState>
    );
  }
  const neverReached = stats.communes.assigned - stats.communes.reached;
  return (
    <Stack gap="xl" aria-busy={coverage.isPlaceholderData || undefined}>
      <Section id="so-lieu-chinh" title={text.kpiHeading} hiddenTitle>
        <CoverageKpis stats={stats} previous={previous} query={query} />
      </Section>
      <Section id={COVERAGE_SECTIONS.months} title={text.months.heading} download={{ table: 'months', query }}>
        <MonthlyComplianceChart stats={stats} query={query} />
      </Section>
      <Section id={COVERAGE_SECTIONS.matrix} title={text.matrix.heading} download={{ table: 'unit-months', query }}>
        <ComplianceMatrix query={query} />
      </Section>
      <Section id={COVERAGE_SECTIONS.communes} title={text.communes.heading} download={{ table: 'communes', query }}>
        <Text mb="sm" fw={500} data-testid="never-reached-count">
          {neverReached > 0 ? text.communes.neverReached(formatInteger(neverReached)) : text.communes.allReached}
        </Text>
        <CommunesTable query={query} />
      </Section>
      <Section id={COVERAGE_SECTIONS.remote} title={text.remote.heading} download={{ table: 'remote', query }}>
        <RemoteComparison rows={stats.byRemote} query={query} />
      </Section>
    </Stack>
  );
}

/** Nothing assigned and nothing done: zeros would say less than a plain sentence. */
function isEmpty(stats: CoverageStats): boolean {
  return stats.visits === 0 && stats.units.assigned === 0 && stats.communes.assigned === 0;
}

function CoverageSkeleton() {
  return <DashboardSkeleton label={text.loading} testId="coverage-loading" />;
}
