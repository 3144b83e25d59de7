import type { CoverageStats } from '@danvan/domain';
import { formatInteger, formatPercent } from '@danvan/domain';
import { SimpleGrid } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { StatCard } from '@/components/ui/stat-card';
import { messages } from '@/config/messages';
import { dashboardsMessages } from '@/config/messages/dashboards';
import type { StatsFilterQuery } from '@/features/dashboards/dashboard-filters';
import { activitiesHref, COVERAGE_SECTIONS, sectionHref } from '@/features/dashboards/drill-down';
import { ChangeLine, type PreviousFigure } from './change-line';
import { KPI_GRID_COLS } from './dashboard-section';

const text = dashboardsMessages.coverage.kpi;
const drill = dashboardsMessages.drill;

function outOf(part: number, whole: number): string {
  return messages.common.outOf(formatInteger(part), formatInteger(whole));
}

function rateText(part: number, whole: number): string | undefined {
  return whole > 0 ? messages.common.rate(formatPercent(part / whole)) : undefined;
}

export interface CoverageKpisProps {
  stats: CoverageStats;
  previous: UseQueryResult<CoverageStats>;
  query: StatsFilterQuery;
}

/**
 * The four headline figures, each with its change against the period of the same length just before, and
 * each a link: lượt to the approved activities counted, the others to the table that breaks them down.
 */
export function CoverageKpis({ stats, previous, query }: CoverageKpisProps) {
  const [searchParams] = useSearchParams();
  const { units, communes } = stats;
  const before = (pick: (s: CoverageStats) => number, show: (s: CoverageStats) => string) =>
    previousFigure(previous, pick, show);
  const visitsText = formatInteger(stats.visits);

  return (
    <SimpleGrid cols={KPI_GRID_COLS} spacing="md">
      <StatCard
        testId="kpi-visits"
        label={text.visits.label}
        value={visitsText}
        caption={text.visits.caption}
        to={activitiesHref(query)}
        linkLabel={drill.activities(`${visitsText} ${text.visits.label.toLocaleLowerCase('vi')}`, drill.inPeriod)}
      >
        <ChangeLine
          current={stats.visits}
          previous={before(
            (s) => s.visits,
            (s) => formatInteger(s.visits),
          )}
        />
      </StatCard>
      <StatCard
        testId="kpi-units"
        label={text.units.label}
        value={outOf(units.active, units.assigned)}
        caption={text.units.caption}
        detail={rateText(units.active, units.assigned)}
        to={sectionHref(searchParams, { unitSort: '-visits', unitPage: null }, COVERAGE_SECTIONS.matrix)}
        linkLabel={`${outOf(units.active, units.assigned)} — ${drill.toMatrix}`}
      >
        <ChangeLine
          current={units.active}
          previous={before(
            (s) => s.units.active,
            (s) => outOf(s.units.active, s.units.assigned),
          )}
        />
      </StatCard>
      <StatCard
        testId="kpi-on-norm"
        label={text.onNorm.label}
        value={outOf(units.onNorm, units.assigned)}
        caption={text.onNorm.caption}
        detail={rateText(units.onNorm, units.assigned)}
        to={sectionHref(searchParams, { unitSort: '-rate', unitPage: null }, COVERAGE_SECTIONS.matrix)}
        linkLabel={`${outOf(units.onNorm, units.assigned)} — ${drill.toMatrix}`}
      >
        <ChangeLine
          current={units.onNorm}
          previous={before(
            (s) => s.units.onNorm,
            (s) => outOf(s.units.onNorm, s.units.assigned),
          )}
        />
      </StatCard>
      <StatCard
        testId="kpi-communes"
        label={text.communes.label}
        value={outOf(communes.reached, communes.assigned)}
        caption={text.communes.caption}
        detail={rateText(communes.reached, communes.assigned)}
        to={sectionHref(searchParams, { reached: 'true', communePage: null }, COVERAGE_SECTIONS.communes)}
        linkLabel={`${outOf(communes.reached, communes.assigned)} — ${drill.toCommunes}`}
      >
        <ChangeLine
          current={communes.reached}
          previous={before(
            (s) => s.communes.reached,
            (s) => outOf(s.communes.reached, s.communes.assigned),
          )}
        />
      </StatCard>
    </SimpleGrid>
  );
}

function previousFigure(
  previous: UseQueryResult<CoverageStats>,
  pick: (s: CoverageStats) => number,
  show: (s: CoverageStats) => string,
): PreviousFigure {
  if (previous.data && !previous.isPlaceholderData) {
    return { state: 'ready', value: pick(previous.data), shown: show(previous.data) };
  }
  return previous.isError ? { state: 'error' } : { state: 'loading' };
}
