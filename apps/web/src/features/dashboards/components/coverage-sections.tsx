import type { CoverageStats, RemoteCoverage } from '@danvan/domain';
import { formatInteger, formatMonth, formatMonthShort, formatNumber, formatPercent } from '@danvan/domain';
import { Text } from '@mantine/core';
import { messages } from '@/config/messages';
import { dashboardsMessages } from '@/config/messages/dashboards';
import type { StatsFilterQuery } from '@/features/dashboards/dashboard-filters';
import { activitiesHref, monthWindow } from '@/features/dashboards/drill-down';
import { ChartPanel } from './chart-panel';
import { type FigureColumn, FigureTable } from './figure-table';

const text = dashboardsMessages.coverage;
const drill = dashboardsMessages.drill;
type MonthRow = CoverageStats['months'][number];

const percentAxis = (value: number) => formatPercent(value / 100);

/** Unit compliance month by month, as columns; each column (and each row of its table) opens that month's activities. */
export function MonthlyComplianceChart({ stats, query }: { stats: CoverageStats; query: StatsFilterQuery }) {
  const months = stats.months;
  if (months.length === 0) return <Text c="dimmed">{text.months.empty}</Text>;
  const hrefOf = (m: MonthRow) => activitiesHref(query, { period: monthWindow(m.month, query) });
  const inMonth = (m: MonthRow) => drill.inMonth(formatMonth(m.month));
  const columns: FigureColumn<MonthRow>[] = [
    { key: 'month', header: text.months.month, rowHeader: true, value: (m) => formatMonth(m.month) },
    { key: 'assigned', header: text.months.assignedUnits, align: 'end', value: (m) => formatInteger(m.assignedUnits) },
    {
      key: 'active',
      header: text.months.activeUnits,
      align: 'end',
      value: (m) => formatInteger(m.activeUnits),
      href: (m) => (m.activeUnits > 0 ? hrefOf(m) : null),
      linkLabel: (m) => drill.activities(formatInteger(m.activeUnits), inMonth(m)),
    },
    {
      key: 'rate',
      header: text.months.rate,
      align: 'end',
      value: (m) => (m.complianceRate === null ? messages.common.noValue : formatPercent(m.complianceRate)),
    },
  ];
  return (
    <ChartPanel
      testId="months-chart"
      chart={{
        data: months.map((m) => ({
          month: formatMonthShort(m.month),
          rate: m.complianceRate === null ? 0 : Math.round(m.complianceRate * 1000) / 10,
        })),
        dataKey: 'month',
        series: [{ name: 'rate', label: text.months.rateSeries, color: 'nationalRed.7' }],
        valueFormatter: percentAxis,
        max: 100,
        hrefOf: (index) => {
          const m = months[index];
          return m ? hrefOf(m) : null;
        },
      }}
      table={(withLinks) => (
        <FigureTable
          caption={text.months.caption}
          columns={columns}
          rows={months}
          rowKey={(m) => m.month}
          withLinks={withLinks}
          testId={withLinks ? 'months-table' : undefined}
        />
      )}
    />
  );
}

/** Reach and lượt of remote communes against the rest; each count opens the activities behind it. */
export function RemoteComparison({ rows, query }: { rows: RemoteCoverage[] | undefined; query: StatsFilterQuery }) {
  if (!rows || rows.every((r) => r.communesAssigned === 0)) return <Text>{text.remote.empty}</Text>;
  const group = (r: RemoteCoverage) => (r.remote ? text.remote.groups.true : text.remote.groups.false);
  const href = (r: RemoteCoverage) => activitiesHref(query, { remote: r.remote ? 'true' : 'false' });
  const columns: FigureColumn<RemoteCoverage>[] = [
    { key: 'group', header: text.remote.group, rowHeader: true, value: group },
    {
      key: 'assigned',
      header: text.remote.communesAssigned,
      align: 'end',
      value: (r) => formatInteger(r.communesAssigned),
    },
    {
      key: 'reached',
      header: text.remote.communesReached,
      align: 'end',
      value: (r) => formatInteger(r.communesReached),
    },
    {
      key: 'coverage',
      header: text.remote.coverage,
      align: 'end',
      value: (r) =>
        r.communesAssigned > 0 ? formatPercent(r.communesReached / r.communesAssigned) : messages.common.noValue,
    },
    {
      key: 'visits',
      header: text.remote.visits,
      align: 'end',
      value: (r) => formatInteger(r.visits),
      href: (r) => (r.visits > 0 ? href(r) : null),
      linkLabel: (r) => drill.activities(drill.visits(formatInteger(r.visits)), drill.remote(r.remote)),
    },
    {
      key: 'perCommune',
      header: text.remote.visitsPerCommune,
      align: 'end',
      value: (r) => (r.visitsPerCommune === null ? messages.common.noValue : formatNumber(r.visitsPerCommune)),
    },
  ];
  return (
    <FigureTable
      caption={text.remote.caption}
      columns={columns}
      rows={rows}
      rowKey={(r) => String(r.remote)}
      minWidth={640}
      testId="remote-table"
    />
  );
}
