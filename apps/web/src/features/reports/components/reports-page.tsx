import { formatInteger, formatVnd, formatVndShort, type PeriodReport } from '@danvan/domain';
import { Alert, Button, EmptyState, SimpleGrid, Skeleton, Stack, Title, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { StatCard } from '@/components/ui/stat-card';
import { messages } from '@/config/messages';
import { reportsMessages } from '@/config/messages/reports';
import { useSession } from '@/features/auth/use-session';
import { periodReportFileUrl, usePeriodReport } from '@/features/reports/api/get-period-report';
import { ReportFilters } from '@/features/reports/components/report-filters';
import { ReportPreview } from '@/features/reports/components/report-preview';
import { ReportSettingsPanel } from '@/features/reports/components/report-settings-panel';
import type { ReportParams } from '@/features/reports/report-params';
import { useReportParams } from '@/features/reports/use-report-params';

const text = reportsMessages;

/** The period report: choose a period and a scope, read the report, download it for Word or Excel. */
export function ReportsPage() {
  const { params, invalid, unitFixed, setParams } = useReportParams();
  const { user, isAdmin } = useSession();
  return (
    <Stack gap="lg">
      <PageHeader title={text.title} description={text.intro} actions={<DownloadButtons params={params} />} />
      {invalid ? (
        <Alert color="yellow" variant="light" role="status">
          {text.invalid}
        </Alert>
      ) : null}
      <ReportFilters params={params} onChange={setParams} unitFixed={unitFixed} fixedUnitName={user?.unitName} />
      <PreviewSection params={params} />
      {isAdmin ? <ReportSettingsPanel /> : null}
    </Stack>
  );
}

function DownloadButtons({ params }: { params: ReportParams }) {
  return (
    <>
      <Button
        component="a"
        href={periodReportFileUrl(params, 'docx')}
        download
        title={text.download.docxHint}
        leftSection={<DownloadIcon />}
        data-testid="report-download-docx"
      >
        {text.download.docx}
      </Button>
      <Button
        component="a"
        href={periodReportFileUrl(params, 'xlsx')}
        download
        variant="default"
        title={text.download.xlsxHint}
        leftSection={<DownloadIcon />}
        data-testid="report-download-xlsx"
      >
        {text.download.xlsx}
      </Button>
    </>
  );
}

function PreviewSection({ params }: { params: ReportParams }) {
  const report = usePeriodReport(params);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} id={headingId} mb="sm">
        {text.preview.heading}
      </Title>
      <PreviewBody report={report} />
    </section>
  );
}

function PreviewBody({ report }: { report: ReturnType<typeof usePeriodReport> }) {
  if (report.isPending) {
    return (
      <Stack gap="sm" aria-busy="true" data-testid="report-loading">
        <VisuallyHidden role="status">{text.preview.loading}</VisuallyHidden>
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} height={96} radius="md" />
          ))}
        </SimpleGrid>
        <Skeleton height={480} radius="md" />
      </Stack>
    );
  }
  if (report.isError) {
    return (
      <ErrorState
        title={text.preview.loadError}
        error={report.error}
        onRetry={() => report.refetch()}
        retrying={report.isFetching}
      />
    );
  }
  const data = report.data;
  return (
    <Stack gap="md" aria-busy={report.isPlaceholderData || undefined}>
      {report.isPlaceholderData ? <VisuallyHidden role="status">{text.preview.updating}</VisuallyHidden> : null}
      {isEmpty(data) ? (
        <EmptyState data-testid="report-empty">
          <EmptyState.Title order={3}>{text.preview.empty.title}</EmptyState.Title>
          <EmptyState.Description>{text.preview.empty.body}</EmptyState.Description>
        </EmptyState>
      ) : (
        <KeyFigures report={data} />
      )}
      <ReportPreview report={data} />
    </Stack>
  );
}

function isEmpty(r: PeriodReport): boolean {
  return r.figures.visits === 0 && r.figures.units.assigned === 0 && r.figures.communes.assigned === 0;
}

function KeyFigures({ report }: { report: PeriodReport }) {
  const f = report.figures;
  const headingId = useId();
  const outOf = (part: number, whole: number) => messages.common.outOf(formatInteger(part), formatInteger(whole));
  return (
    <section aria-labelledby={headingId}>
      <VisuallyHidden>
        <h3 id={headingId}>{text.preview.figures}</h3>
      </VisuallyHidden>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
        <StatCard testId="report-visits" label={text.preview.figure.visits} value={formatInteger(f.visits)} />
        <StatCard
          testId="report-units"
          label={text.preview.figure.units}
          value={outOf(f.units.active, f.units.assigned)}
        />
        <StatCard
          testId="report-communes"
          label={text.preview.figure.communes}
          value={outOf(f.communes.reached, f.communes.assigned)}
        />
        <StatCard
          testId="report-cash"
          label={text.preview.figure.cash}
          value={formatVndShort(f.cash)}
          detail={formatVnd(f.cash)}
        />
      </SimpleGrid>
    </section>
  );
}

function DownloadIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M12 4v11m0 0-4-4m4 4 4-4M5 20h14"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
