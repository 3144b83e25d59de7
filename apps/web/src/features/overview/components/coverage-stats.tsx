import { type CoverageStats, formatInteger, formatPercent } from '@danvan/domain';
import { SimpleGrid, Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { StatCard, StatCardSkeleton } from '@/components/ui/stat-card';
import { messages } from '@/config/messages';
import { paths } from '@/config/paths';

const text = messages.overview.stats;
const STAT_GRID_COLS = { base: 1, xs: 2, lg: 4 };

function outOf(part: number, whole: number): string {
  return messages.common.outOf(formatInteger(part), formatInteger(whole));
}

function rateText(rate: number | null): string | undefined {
  return rate === null ? undefined : messages.common.rate(formatPercent(rate));
}

function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** The coverage dashboard over the same period, where each figure breaks down further. */
function dashboardLink(stats: CoverageStats): string {
  return `${paths.coverage}?${new URLSearchParams({ from: stats.period.from, to: stats.period.to }).toString()}`;
}

/** The four headline figures of the coverage measures; each opens the coverage dashboard of the period. */
export function CoverageStatCards({ stats }: { stats: CoverageStats }) {
  const { units, communes } = stats;
  const to = dashboardLink(stats);
  const linkLabel = (value: string) => text.openDashboard(value);
  return (
    <SimpleGrid cols={STAT_GRID_COLS} spacing="md">
      <StatCard
        testId="stat-visits"
        to={to}
        linkLabel={linkLabel(formatInteger(stats.visits))}
        label={text.visits.label}
        value={formatInteger(stats.visits)}
        caption={text.visits.caption}
      />
      <StatCard
        testId="stat-units"
        to={to}
        linkLabel={linkLabel(outOf(units.active, units.assigned))}
        label={text.units.label}
        value={outOf(units.active, units.assigned)}
        caption={text.units.caption}
        detail={rateText(ratio(units.active, units.assigned))}
      />
      <StatCard
        testId="stat-communes"
        to={to}
        linkLabel={linkLabel(outOf(communes.reached, communes.assigned))}
        label={text.communes.label}
        value={outOf(communes.reached, communes.assigned)}
        caption={text.communes.caption}
        detail={rateText(communes.coverageRate)}
      />
      <StatCard
        testId="stat-on-norm"
        to={to}
        linkLabel={linkLabel(outOf(units.onNorm, units.assigned))}
        label={text.onNorm.label}
        value={outOf(units.onNorm, units.assigned)}
        caption={text.onNorm.caption}
        detail={rateText(ratio(units.onNorm, units.assigned))}
      />
    </SimpleGrid>
  );
}

/** Loading placeholder for the whole coverage section; announces itself once and marks the region busy. */
export function CoverageSkeleton() {
  return (
    <Stack gap="lg" aria-busy="true" data-testid="overview-loading">
      <VisuallyHidden role="status">{messages.overview.loadingStats}</VisuallyHidden>
      <SimpleGrid cols={STAT_GRID_COLS} spacing="md">
        <StatCardSkeleton />
        <StatCardSkeleton />
        <StatCardSkeleton />
        <StatCardSkeleton />
      </SimpleGrid>
      <Skeleton height={240} radius="md" />
    </Stack>
  );
}
