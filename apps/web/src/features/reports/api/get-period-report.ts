import type { PeriodReport } from '@danvan/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { type ReportParams, reportSearchParams } from '@/features/reports/report-params';
import { apiClient, buildUrl } from '@/lib/api-client';

export function getPeriodReport(
  params: ReportParams,
  { signal }: { signal?: AbortSignal } = {},
): Promise<PeriodReport> {
  return apiClient.get<PeriodReport>('/reports/period', {
    query: reportSearchParams(params),
    ...(signal ? { signal } : {}),
  });
}

export function periodReportQueryOptions(params: ReportParams) {
  return queryOptions({
    queryKey: ['reports', 'period', reportSearchParams(params)],
    queryFn: ({ signal }) => getPeriodReport(params, { signal }),
  });
}

export function usePeriodReport(params: ReportParams) {
  return useQuery({ ...periodReportQueryOptions(params), placeholderData: keepPreviousData });
}

/** The address of the report as a file: the browser downloads it with the session cookie. */
export function periodReportFileUrl(params: ReportParams, format: 'docx' | 'xlsx'): string {
  return buildUrl(`/reports/period.${format}`, reportSearchParams(params));
}
