import type { StatsExportTable } from '@danvan/domain';
import { Box, SimpleGrid, Skeleton, Stack, Title, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { StatCardSkeleton } from '@/components/ui/stat-card';
import type { StatsFilterQuery } from '@/features/dashboards/dashboard-filters';
import classes from './dashboards.module.css';
import { TableDownload } from './table-download';

/** Four headline figures: one column on a phone, two on a small tablet, four on a desktop. */
export const KPI_GRID_COLS = { base: 1, xs: 2, lg: 4 };

/**
 * A titled part of a dashboard; its id is what headline figures link to (`#cac-xa`). A part that is a table
 * offers it as Excel and CSV under its title (`download`: every row, with the page's filters).
 */
export function Section({
  id,
  title,
  hiddenTitle = false,
  download,
  children,
}: {
  id: string;
  title: string;
  hiddenTitle?: boolean;
  download?: { table: StatsExportTable; query: StatsFilterQuery };
  children: ReactNode;
}) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} className={classes.section}>
      {hiddenTitle ? (
        <VisuallyHidden>
          <h2 id={headingId} tabIndex={-1}>
            {title}
          </h2>
        </VisuallyHidden>
      ) : (
        <Title order={2} id={headingId} mb="sm" tabIndex={-1}>
          {title}
        </Title>
      )}
      {download ? (
        <Box mb="sm" className={classes.noPrint}>
          <TableDownload table={download.table} query={download.query} title={title} />
        </Box>
      ) : null}
      {children}
    </section>
  );
}

/** The dashboard's shape while its figures are on their way; announced once, marked busy. */
export function DashboardSkeleton({ label, testId }: { label: string; testId: string }) {
  return (
    <Stack gap="lg" aria-busy="true" data-testid={testId}>
      <VisuallyHidden role="status">{label}</VisuallyHidden>
      <SimpleGrid cols={KPI_GRID_COLS} spacing="md">
        <StatCardSkeleton />
        <StatCardSkeleton />
        <StatCardSkeleton />
        <StatCardSkeleton />
      </SimpleGrid>
      <Skeleton height={280} radius="md" />
    </Stack>
  );
}
