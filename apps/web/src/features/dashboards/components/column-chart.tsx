/**
 * The charts, on @mantine/charts (recharts underneath). This module is only ever imported lazily
 * (chart-panel.tsx), so recharts stays out of the dashboards' first load.
 */
import '@mantine/charts/styles.css';
import { BarChart, type BarChartProps, type BarChartSeries } from '@mantine/charts';
import { useMediaQuery } from '@mantine/hooks';
import { useNavigate } from 'react-router';

export interface ColumnChartProps {
  data: Record<string, string | number>[];
  /** The key of the category shown along the axis (a month, a source). */
  dataKey: string;
  series: BarChartSeries[];
  /** Formats values in tooltips (and on the value axis, unless `axisFormatter` is given). */
  valueFormatter: (value: number) => string;
  /** A shorter form for the axis ticks ("250 tr."). */
  axisFormatter?: (value: number) => string;
  /** The records behind bar `index` (of the series named, when bars are stacked); a click on the bar goes there. */
  hrefOf?: (index: number, series: string) => string | null;
  stacked?: boolean;
  /** Horizontal bars, for long category names; the chart grows with the number of bars. */
  horizontal?: boolean;
  height?: number;
  /** The largest value of the value axis (100 for a percentage). */
  max?: number;
}

/** Long names ("Nước rửa tay, khẩu trang, …") cut short on a phone; the table beside the chart has them whole. */
function shorten(name: string): string {
  return name.length > 26 ? `${name.slice(0, 24).trimEnd()}…` : name;
}

export function ColumnChart({
  data,
  dataKey,
  series,
  valueFormatter,
  axisFormatter = valueFormatter,
  hrefOf,
  stacked = false,
  horizontal = false,
  height = 280,
  max,
}: ColumnChartProps) {
  const navigate = useNavigate();
  // On a phone, months are written slanted so that seven or twelve of them fit, and names get less room.
  const narrow = useMediaQuery('(max-width: 47.99em)') ?? false;
  // The props both axes share (recharts' X and Y axis props differ only in what is not used here).
  type Axis = NonNullable<BarChartProps['xAxisProps']> & NonNullable<BarChartProps['yAxisProps']>;
  const valueAxis: Axis = { tickFormatter: axisFormatter, ...(max !== undefined ? { domain: [0, max] } : {}) };
  const categoryAxis: Axis = horizontal
    ? { width: narrow ? 112 : 180, interval: 0 as const, tickFormatter: narrow ? shorten : undefined }
    : narrow
      ? { interval: 0 as const, angle: -45, textAnchor: 'end', height: 52 }
      : { interval: 0 as const };
  return (
    <BarChart
      h={horizontal ? 80 + data.length * (narrow ? 60 : 44) : height}
      data={data}
      dataKey={dataKey}
      series={series}
      type={stacked ? 'stacked' : 'default'}
      orientation={horizontal ? 'vertical' : 'horizontal'}
      valueFormatter={valueFormatter}
      withLegend={series.length > 1}
      legendProps={{ verticalAlign: 'bottom' }}
      tooltipAnimationDuration={0}
      // The table beside the chart is the keyboard and screen-reader way in; the chart is for the eye.
      accessibilityLayer={false}
      gridAxis={horizontal ? 'x' : 'y'}
      xAxisProps={horizontal ? valueAxis : categoryAxis}
      yAxisProps={horizontal ? categoryAxis : valueAxis}
      barProps={(bar) => ({
        isAnimationActive: false,
        onClick: (_: unknown, index: number) => {
          const href = hrefOf?.(index, bar.name);
          if (href) navigate(href);
        },
      })}
    />
  );
}

export default ColumnChart;
