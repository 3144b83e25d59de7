import { useSearchParams } from 'react-router';
import { type PeriodFromParams, periodFromSearchParams } from '@/lib/period';

/** The period in the page's URL (`?from=YYYY-MM-DD&to=YYYY-MM-DD`), or the app's default one (`defaultPeriod`). */
export function usePeriod(): PeriodFromParams {
  const [searchParams] = useSearchParams();
  return periodFromSearchParams(searchParams);
}
