import { Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { Component, lazy, type ReactNode, type RefCallback, Suspense, useCallback, useState } from 'react';
import { dashboardsMessages } from '@/config/messages/dashboards';
import type { ColumnChartProps } from './column-chart';
import classes from './dashboards.module.css';

const text = dashboardsMessages.charts;
const ColumnChart = lazy(() => import('./column-chart'));

export interface ChartPanelProps {
  chart: ColumnChartProps;
  /** The same figures as a table: with links when shown, without when read behind the chart. */
  table: (withLinks: boolean) => ReactNode;
  testId?: string;
}

/**
 * A chart with its table. The chart is drawn for the eye (and a click on a bar drills down); screen readers
 * read the table, kept in the page behind it; "Xem dạng bảng" shows the table, with its links, instead.
 * The chart's code is loaded, and the chart drawn, only when the panel comes near the screen: on a phone the
 * figures and tables above it are ready sooner, and a chart never scrolled to costs nothing.
 */
export function ChartPanel({ chart, table, testId }: ChartPanelProps) {
  const [asTable, setAsTable] = useState(false);
  const [boxRef, near] = useNearViewport();
  // Not printed: a chart not yet drawn leaves the printout its table (shown in print) rather than a grey box.
  const chartSkeleton = <Skeleton height={chart.height ?? 280} radius="md" className={classes.noPrint} />;
  return (
    <Stack gap="xs" data-testid={testId}>
      <Group justify="flex-end" className={classes.noPrint}>
        <Button variant="default" size="xs" onClick={() => setAsTable((value) => !value)} aria-pressed={asTable}>
          {text.showTable}
        </Button>
      </Group>
      {asTable ? (
        table(true)
      ) : (
        <>
          <div aria-hidden="true" className={classes.chartBox} ref={boxRef}>
            <ChartErrorBoundary fallback={<Text size="sm">{text.failed}</Text>}>
              <Suspense fallback={chartSkeleton}>{near ? <ColumnChart {...chart} /> : chartSkeleton}</Suspense>
            </ChartErrorBoundary>
            {chart.hrefOf ? (
              <Text size="xs" c="dimmed" mt={4} className={classes.noPrint}>
                {text.chartNote}
              </Text>
            ) : null}
          </div>
          <div className={classes.srOnly}>{table(false)}</div>
        </>
      )}
    </Stack>
  );
}

/** How far below the screen a chart starts loading, so it is usually drawn by the time it is scrolled to. */
const NEAR_MARGIN = '600px 0px';

/**
 * Whether the element has come within NEAR_MARGIN of the screen; once it has, it stays true. Where there is no
 * IntersectionObserver (old browsers, the test DOM) everything counts as near; on the server, nothing does.
 */
function useNearViewport(): [RefCallback<HTMLElement>, boolean] {
  // On the server (no window) nothing is near: the page's HTML has the skeleton, as the app's first render does.
  const [near, setNear] = useState(() => typeof window !== 'undefined' && typeof IntersectionObserver === 'undefined');
  const ref = useCallback(
    (element: HTMLElement | null) => {
      if (!element || near) return;
      const observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) {
            setNear(true);
            observer.disconnect();
          }
        },
        { rootMargin: NEAR_MARGIN },
      );
      observer.observe(element);
      return () => observer.disconnect();
    },
    [near],
  );
  return [ref, near];
}

/** A chart that cannot load (offline, a stale chunk after a release) leaves the table to say it all. */
class ChartErrorBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
