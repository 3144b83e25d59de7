import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useSession } from '@/features/auth/use-session';
import { type ReportParams, reportParamsFromSearch, reportSearchParams } from '@/features/reports/report-params';

export interface ReportParamsState {
  params: ReportParams;
  invalid: boolean;
  /** A unit officer reports on their own unit only, whatever the URL says. */
  unitFixed: boolean;
  setParams: (next: ReportParams) => void;
}

export function useReportParams(): ReportParamsState {
  const [search, setSearch] = useSearchParams();
  const { user } = useSession();
  const unitFixed = user?.role === 'unit_officer';
  const parsed = useMemo(() => reportParamsFromSearch(search), [search]);
  const params = useMemo(
    () => (unitFixed ? { ...parsed.params, scope: { unitId: user?.unitId ?? undefined } } : parsed.params),
    [parsed.params, unitFixed, user?.unitId],
  );
  const setParams = useCallback(
    (next: ReportParams) => setSearch(reportSearchParams(next), { preventScrollReset: true }),
    [setSearch],
  );
  return { params, invalid: parsed.invalid, unitFixed, setParams };
}
