import { type CoverageStats, formatDate, type Period } from '@danvan/domain';
import { Alert, EmptyState, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { CsvDownloadButton } from '@/components/ui/csv-download-button';
import { ErrorState } from '@/components/ui/error-state';
import { messages } from '@/config/messages';
import { useCoverage } from '@/features/overview/api/get-coverage';
import { CoverageSkeleton, CoverageStatCards } from '@/features/overview/components/coverage-stats';
import { MonthlyComplianceTable } from '@/features/overview/components/monthly-compliance-table';
import { NeverReachedCommunes } from '@/features/overview/components/never-reached-communes';

const text = messages.overview;

export interface OverviewPageProps {
  period: Period;
  /** The URL asked for a period that could not be used; the default is shown instead. */
  invalidPeriod?: boolean;
}

/** The home page: who covers which commune, and how often, over one period. */
export function OverviewPage({ period, invalidPeriod = false }: OverviewPageProps) {
  return (
    <Stack gap="lg">
      <title>{messages.app.pageTitle(text.title)}</title>
      <div>
        <Title order={1}>{text.title}</Title>
        <Text size="lg" c="dimmed" data-testid="overview-period">
          {text.period(formatDate(period.from), formatDate(period.to))}
        </Text>
      </div>
      {invalidPeriod ? (
        <Alert color="yellow" variant="light" role="status">
          {text.invalidPeriod}
        </Alert>
      ) : null}
      <CoverageSection period={period} />
    </Stack>
  );
}

function CoverageSection({ period }: { period: Period }) {
  const coverage = useCoverage(period);

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
  if (isEmpty(coverage.data)) {
    return (
      <EmptyState data-testid="overview-empty">
        <EmptyState.Title order={2}>{text.empty.title}</EmptyState.Title>
        <EmptyState.Description>{text.empty.description}</EmptyState.Description>
      </EmptyState>
    );
  }
  return <CoverageReport stats={coverage.data} period={period} />;
}

/** Nothing assigned and nothing done: zeros would say less than a plain sentence. */
function isEmpty(stats: CoverageStats): boolean {
  return stats.visits === 0 && stats.units.assigned === 0 && stats.communes.assigned === 0;
}

/**
 * The home page's two tables as whole Excel and CSV files, from the dashboards' downloads: the months, and the
 * communes not reached in the period (the API confines a unit officer to their own unit, as for the figures).
 */
const MONTHS_EXPORT = '/stats/exports/months';
const COMMUNES_EXPORT = '/stats/exports/communes';

function CoverageReport({ stats, period }: { stats: CoverageStats; period: Period }) {
  const statsHeadingId = useId();
  const monthsHeadingId = useId();
  const communesHeadingId = useId();
  return (
    <Stack gap="xl">
      <section aria-labelledby={statsHeadingId}>
        <VisuallyHidden>
          <h2 id={statsHeadingId}>{text.statsHeading}</h2>
        </VisuallyHidden>
        <CoverageStatCards stats={stats} />
      </section>
      <section aria-labelledby={monthsHeadingId}>
        <Title order={2} id={monthsHeadingId} mb="sm">
          {text.months.heading}
        </Title>
        <Stack gap="sm">
          <CsvDownloadButton
            path={MONTHS_EXPORT}
            query={{ from: period.from, to: period.to }}
            groupLabel={messages.list.tableDownloads(text.months.heading)}
          />
          <MonthlyComplianceTable months={stats.months} />
        </Stack>
      </section>
      <section aria-labelledby={communesHeadingId}>
        <Title order={2} id={communesHeadingId} mb="sm">
          {text.neverReached.heading}
        </Title>
        <Stack gap="sm">
          {stats.communes.neverReached.length > 0 && (
            <CsvDownloadButton
              path={COMMUNES_EXPORT}
              query={{ from: period.from, to: period.to, reached: 'false' }}
              groupLabel={messages.list.tableDownloads(text.neverReached.heading)}
            />
          )}
          <NeverReachedCommunes communes={stats.communes.neverReached} />
        </Stack>
      </section>
    </Stack>
  );
}
