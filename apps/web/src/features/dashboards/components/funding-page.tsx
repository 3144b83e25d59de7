import type { FundingStats } from '@danvan/domain';
import {
  ActivityCategory,
  FundingSource,
  formatInteger,
  formatMonth,
  formatMonthShort,
  formatNumber,
  formatPercent,
  formatVnd,
  formatVndShort,
} from '@danvan/domain';
import { Anchor, Button, EmptyState, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { StatCard } from '@/components/ui/stat-card';
import { messages } from '@/config/messages';
import { dashboardsMessages } from '@/config/messages/dashboards';
import { ALL_ROWS_PARAM, FUNDING_ALL, FUNDING_TOP, useFunding } from '@/features/dashboards/api/get-funding';
import {
  activitiesHref,
  CASH,
  type FundingDrill,
  type FundingScope,
  fundingHref,
  IN_KIND,
  LABOUR,
  MONEY,
  monthWindow,
} from '@/features/dashboards/drill-down';
import { useDashboardFilters } from '@/features/dashboards/use-dashboard-filters';
import { ChartPanel } from './chart-panel';
import { DashboardFiltersBar } from './dashboard-filters-bar';
import { DashboardScope } from './dashboard-scope';
import { DashboardSkeleton, KPI_GRID_COLS, Section } from './dashboard-section';
import classes from './dashboards.module.css';
import { type FigureColumn, FigureTable } from './figure-table';

const text = dashboardsMessages.funding;
const drill = dashboardsMessages.drill;
const STAFF_SOURCE = 'can_bo_dong_gop' satisfies FundingSource;

type Totals = { cash: number; inKindValue: number; labourDays: number };
const money = (t: Totals) => t.cash + t.inKindValue;
const axisMillions = (value: number) => text.axisMillions(formatNumber(value / 1_000_000));

/** Cash, goods in kind and labour days given in approved activities, over the period and scope in the URL. */
export function FundingPage() {
  const { filters, invalid, query, ownUnitOnly, ownUnitId, ownUnitName, setFilters } = useDashboardFilters();
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <PageHeader title={text.title} />
        <DashboardScope filters={filters} ownUnitOnly={ownUnitOnly} ownUnitName={ownUnitName} invalid={invalid} />
      </Stack>
      <Text className={classes.noPrint}>{text.intro}</Text>
      <DashboardFiltersBar filters={filters} onChange={setFilters} ownUnitOnly={ownUnitOnly} />
      <FundingBody scope={{ query, ownUnitId }} />
    </Stack>
  );
}

function FundingBody({ scope }: { scope: FundingScope }) {
  const { query } = scope;
  const [searchParams, setSearchParams] = useSearchParams();
  const all = searchParams.get(ALL_ROWS_PARAM) === '1';
  const funding = useFunding(query, all ? FUNDING_ALL : FUNDING_TOP);
  const setAll = (value: boolean) =>
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(ALL_ROWS_PARAM, '1');
        else next.delete(ALL_ROWS_PARAM);
        return next;
      },
      { preventScrollReset: true },
    );

  if (funding.isPending) return <DashboardSkeleton label={text.loading} testId="funding-loading" />;
  if (funding.isError) {
    return (
      <ErrorState
        title={text.loadError}
        error={funding.error}
        onRetry={() => funding.refetch()}
        retrying={funding.isFetching}
      />
    );
  }
  const stats = funding.data;
  if (money(stats.total) === 0 && stats.total.labourDays === 0) {
    return (
      <EmptyState data-testid="funding-empty">
        <EmptyState.Title order={2}>{text.empty.title}</EmptyState.Title>
        <EmptyState.Description>{text.empty.description}</EmptyState.Description>
      </EmptyState>
    );
  }
  return (
    <Stack gap="xl" aria-busy={funding.isPlaceholderData || undefined}>
      <Section id="so-lieu-chinh" title={text.kpiHeading} hiddenTitle>
        <FundingKpis stats={stats} scope={scope} />
      </Section>
      <Section id="theo-nguon" title={text.bySource.heading} download={{ table: 'funding-sources', query }}>
        <BySource stats={stats} scope={scope} />
      </Section>
      <Section id="theo-loai" title={text.byCategory.heading} download={{ table: 'funding-categories', query }}>
        <ByCategory stats={stats} scope={scope} />
      </Section>
      <Section id="theo-thang" title={text.byMonth.heading} download={{ table: 'funding-months', query }}>
        <ByMonth stats={stats} scope={scope} />
      </Section>
      <Section id="theo-don-vi" title={text.byUnit.heading} download={{ table: 'funding-units', query }}>
        <ByUnit stats={stats} scope={scope} all={all} onShowAll={setAll} />
      </Section>
      <Section id="theo-xa" title={text.byCommune.heading} download={{ table: 'funding-communes', query }}>
        <ByCommune stats={stats} scope={scope} all={all} onShowAll={setAll} />
      </Section>
      <Section id="hien-vat" title={text.items.heading} download={{ table: 'funding-items', query }}>
        <Items stats={stats} scope={scope} />
      </Section>
    </Stack>
  );
}

interface SectionProps {
  stats: FundingStats;
  scope: FundingScope;
}

function FundingKpis({ stats, scope }: SectionProps) {
  const { total, averagePerVisit } = stats;
  const href = (kinds: FundingDrill['kinds']) => fundingHref(scope, { kinds });
  const label = (value: string, kind: string) => drill.activities(value, drill.ofKind(kind));
  return (
    <SimpleGrid cols={KPI_GRID_COLS} spacing="md">
      <StatCard
        testId="kpi-cash"
        label={text.kpi.cash.label}
        value={formatVndShort(total.cash)}
        caption={text.kpi.cash.caption}
        detail={formatVnd(total.cash)}
        to={total.cash > 0 ? href(CASH) : undefined}
        linkLabel={label(formatVndShort(total.cash), text.kinds.tien_mat)}
      />
      <StatCard
        testId="kpi-in-kind"
        label={text.kpi.inKind.label}
        value={formatVndShort(total.inKindValue)}
        caption={text.kpi.inKind.caption}
        detail={formatVnd(total.inKindValue)}
        to={total.inKindValue > 0 ? href(IN_KIND) : undefined}
        linkLabel={label(formatVndShort(total.inKindValue), text.kinds.hien_vat)}
      />
      <StatCard
        testId="kpi-labour"
        label={text.kpi.labour.label}
        value={formatNumber(total.labourDays)}
        caption={text.kpi.labour.caption}
        to={total.labourDays > 0 ? href(LABOUR) : undefined}
        linkLabel={label(formatNumber(total.labourDays), text.kinds.ngay_cong)}
      />
      <StatCard
        testId="kpi-average"
        label={text.kpi.average.label}
        value={formatVndShort(money(averagePerVisit))}
        caption={text.kpi.average.caption(formatInteger(stats.visits))}
        detail={text.kpi.average.labour(formatNumber(averagePerVisit.labourDays))}
        // The average is over every lượt counted: the records behind it are all the approved activities.
        to={activitiesHref(scope.query)}
        linkLabel={drill.activities(formatVndShort(money(averagePerVisit)), drill.inPeriod)}
      />
    </SimpleGrid>
  );
}

type Kinds = FundingDrill['kinds'];

/**
 * The columns every breakdown shares — cash, in kind, their sum, labour days — each figure a link to the
 * activities with a contribution of its kinds in the row (`href`), named with the value and `what` the row is.
 */
function moneyColumns<T extends Totals>(
  href: (row: T, kinds: Kinds) => string,
  what: (row: T) => string,
): FigureColumn<T>[] {
  const column = (
    key: string,
    header: string,
    figure: (r: T) => number,
    show: (value: number) => string,
    kinds: Kinds,
    part: string,
  ): FigureColumn<T> => ({
    key,
    header,
    align: 'end',
    value: (r) => show(figure(r)),
    href: (r) => (figure(r) > 0 ? href(r, kinds) : null),
    linkLabel: (r) => drill.activities(text.figureOf(show(figure(r)), part), what(r)),
  });
  return [
    column('cash', text.columns.cash, (r) => r.cash, formatInteger, CASH, text.kinds.tien_mat),
    column('inKind', text.columns.inKind, (r) => r.inKindValue, formatInteger, IN_KIND, text.kinds.hien_vat),
    column('total', text.columns.total, money, formatInteger, MONEY, text.kinds.money),
    column('labour', text.columns.labour, (r) => r.labourDays, formatNumber, LABOUR, text.kinds.ngay_cong),
  ];
}

/** A stacked bar of cash and goods in kind: each part opens the activities with that kind in the row. */
function barHref<T>(rows: readonly T[], href: (row: T, kinds: Kinds) => string) {
  return (index: number, series: string) => {
    const row = rows[index];
    return row ? href(row, series === 'cash' ? CASH : IN_KIND) : null;
  };
}

const moneySeries = [
  { name: 'cash', label: text.series.cash, color: 'nationalRed.7' },
  { name: 'inKindValue', label: text.series.inKind, color: 'yellow.6' },
];

function BySource({ stats, scope }: SectionProps) {
  type Row = FundingStats['bySource'][number];
  const rows = stats.bySource;
  const href = (r: Row, kinds: Kinds) => fundingHref(scope, { source: r.source, kinds });
  const staff = rows.find((r) => r.source === STAFF_SOURCE);
  const all = money(stats.total);
  const columns: FigureColumn<Row>[] = [
    { key: 'source', header: text.bySource.source, rowHeader: true, value: (r) => FundingSource.labels[r.source] },
    ...moneyColumns<Row>(href, (r) => drill.ofSource(FundingSource.labels[r.source])),
    {
      key: 'share',
      header: text.columns.share,
      align: 'end',
      value: (r) => (all > 0 ? formatPercent(money(r) / all) : messages.common.noValue),
    },
  ];
  return (
    <Stack gap="sm">
      {staff && all > 0 ? (
        <Text fw={500} data-testid="staff-share">
          <Anchor component={Link} to={href(staff, MONEY)} inherit>
            {text.bySource.staffShare(formatPercent(money(staff) / all))}
          </Anchor>
        </Text>
      ) : null}
      <ChartPanel
        testId="source-chart"
        chart={{
          data: rows.map((r) => ({ label: FundingSource.labels[r.source], cash: r.cash, inKindValue: r.inKindValue })),
          dataKey: 'label',
          series: moneySeries,
          stacked: true,
          horizontal: true,
          valueFormatter: formatVnd,
          axisFormatter: axisMillions,
          hrefOf: barHref(rows, href),
        }}
        table={(withLinks) => (
          <FigureTable
            caption={text.bySource.caption}
            columns={columns}
            rows={rows}
            rowKey={(r) => r.source}
            withLinks={withLinks}
            minWidth={760}
            testId={withLinks ? 'source-table' : undefined}
          />
        )}
      />
    </Stack>
  );
}

function ByCategory({ stats, scope }: SectionProps) {
  type Row = FundingStats['byCategory'][number];
  const rows = [...stats.byCategory].sort((a, b) => money(b) - money(a));
  // The figures give an activity's money to its main (first) category only.
  const href = (r: Row, kinds: Kinds) => fundingHref(scope, { mainCategory: r.category, kinds });
  const columns: FigureColumn<Row>[] = [
    {
      key: 'category',
      header: text.byCategory.category,
      rowHeader: true,
      value: (r) => ActivityCategory.labels[r.category],
    },
    ...moneyColumns<Row>(href, (r) => drill.ofCategory(ActivityCategory.labels[r.category])),
  ];
  return (
    <ChartPanel
      testId="category-chart"
      chart={{
        data: rows.map((r) => ({
          label: ActivityCategory.labels[r.category],
          cash: r.cash,
          inKindValue: r.inKindValue,
        })),
        dataKey: 'label',
        series: moneySeries,
        stacked: true,
        horizontal: true,
        valueFormatter: formatVnd,
        axisFormatter: axisMillions,
        hrefOf: barHref(rows, href),
      }}
      table={(withLinks) => (
        <FigureTable
          caption={text.byCategory.caption}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.category}
          withLinks={withLinks}
          minWidth={700}
          testId={withLinks ? 'category-table' : undefined}
        />
      )}
    />
  );
}

function ByMonth({ stats, scope }: SectionProps) {
  type Row = FundingStats['byMonth'][number];
  const rows = stats.byMonth;
  const href = (r: Row, kinds: Kinds) => fundingHref(scope, { period: monthWindow(r.month, scope.query), kinds });
  const columns: FigureColumn<Row>[] = [
    { key: 'month', header: text.byMonth.month, rowHeader: true, value: (r) => formatMonth(r.month) },
    ...moneyColumns<Row>(href, (r) => drill.inMonth(formatMonth(r.month))),
  ];
  return (
    <ChartPanel
      testId="month-chart"
      chart={{
        data: rows.map((r) => ({ month: formatMonthShort(r.month), cash: r.cash, inKindValue: r.inKindValue })),
        dataKey: 'month',
        series: moneySeries,
        stacked: true,
        valueFormatter: formatVnd,
        axisFormatter: axisMillions,
        hrefOf: barHref(rows, href),
      }}
      table={(withLinks) => (
        <FigureTable
          caption={text.byMonth.caption}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.month}
          withLinks={withLinks}
          minWidth={640}
          testId={withLinks ? 'funding-month-table' : undefined}
        />
      )}
    />
  );
}

interface ListSectionProps extends SectionProps {
  all: boolean;
  onShowAll: (all: boolean) => void;
}

function ShowAllButton({
  all,
  total,
  shown,
  label,
  onShowAll,
}: {
  all: boolean;
  total: number;
  shown: number;
  label: string;
  onShowAll: (all: boolean) => void;
}) {
  if (!all && shown >= total) return null;
  return (
    <Group className={classes.noPrint}>
      <Button variant="default" size="sm" onClick={() => onShowAll(!all)}>
        {all ? text.showTop : label}
      </Button>
    </Group>
  );
}

function ByUnit({ stats, scope, all, onShowAll }: ListSectionProps) {
  type Row = FundingStats['byUnit'][number];
  const rows = stats.byUnit;
  const columns: FigureColumn<Row>[] = [
    { key: 'unit', header: text.byUnit.unit, rowHeader: true, value: (r) => r.name },
    ...moneyColumns<Row>(
      // By contributing unit: the money the unit gave, whoever organised the activity.
      (r, kinds) => fundingHref(scope, { unitId: r.unitId, kinds }),
      (r) => drill.givenBy(r.name),
    ),
  ];
  const total = formatInteger(stats.unitsTotal);
  return (
    <Stack gap="sm">
      <FigureTable
        caption={all ? text.byUnit.captionAll(total) : text.byUnit.caption(formatInteger(rows.length), total)}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.unitId}
        minWidth={760}
        testId="unit-funding-table"
      />
      <ShowAllButton
        all={all}
        total={stats.unitsTotal}
        shown={rows.length}
        label={text.byUnit.showAll(total)}
        onShowAll={onShowAll}
      />
    </Stack>
  );
}

function ByCommune({ stats, scope, all, onShowAll }: ListSectionProps) {
  type Row = FundingStats['byCommune'][number];
  const rows = stats.byCommune;
  const columns: FigureColumn<Row>[] = [
    { key: 'commune', header: text.byCommune.commune, rowHeader: true, value: (r) => r.name },
    { key: 'district', header: text.byCommune.district, value: (r) => r.district },
    ...moneyColumns<Row>(
      (r, kinds) => fundingHref(scope, { communeId: r.communeId, kinds }),
      (r) => drill.atCommune(r.name),
    ),
  ];
  const total = formatInteger(stats.communesTotal);
  return (
    <Stack gap="sm">
      <FigureTable
        caption={all ? text.byCommune.captionAll(total) : text.byCommune.caption(formatInteger(rows.length), total)}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.communeId}
        minWidth={860}
        testId="commune-funding-table"
      />
      <ShowAllButton
        all={all}
        total={stats.communesTotal}
        shown={rows.length}
        label={text.byCommune.showAll(total)}
        onShowAll={onShowAll}
      />
    </Stack>
  );
}

function Items({ stats, scope }: SectionProps) {
  type Row = FundingStats['items'][number];
  if (stats.items.length === 0) return <Text>{text.items.empty}</Text>;
  // Grouped as the figures group them: the folded name and measure unit.
  const href = (r: Row) => fundingHref(scope, { item: r.item, measureUnit: r.measureUnit, kinds: IN_KIND });
  const what = (r: Row) => drill.ofItem(text.items.quantityOf(formatNumber(r.quantity), r.measureUnit, r.item));
  const columns: FigureColumn<Row>[] = [
    {
      key: 'item',
      header: text.items.item,
      rowHeader: true,
      value: (r) => text.items.quantityOf(formatNumber(r.quantity), r.measureUnit, r.item),
    },
    {
      key: 'value',
      header: text.items.value,
      align: 'end',
      value: (r) => formatInteger(r.valueVnd),
      href,
      linkLabel: (r) => drill.activities(text.figureOf(formatInteger(r.valueVnd), text.items.valuePart), what(r)),
    },
    {
      key: 'contributions',
      header: text.items.contributions,
      align: 'end',
      value: (r) => formatInteger(r.contributions),
      href,
      linkLabel: (r) => drill.activities(text.items.times(formatInteger(r.contributions)), what(r)),
    },
  ];
  return (
    <FigureTable
      caption={text.items.caption}
      columns={columns}
      rows={stats.items}
      rowKey={(r) => `${r.item}|${r.measureUnit}`}
      minWidth={520}
      testId="items-table"
    />
  );
}
