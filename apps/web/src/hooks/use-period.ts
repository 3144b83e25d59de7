import { useSearchParams } from 'react-router';
import { type PeriodFromParams, periodFromSearchParams } from '@/lib/period';

/** The period in the page's URL (`?from=YYYY-MM-DD&to=YYYY-MM-DD`), defaulting to the seed's. */
export function usePeriod(): PeriodFromParams {
  const [searchParams] = useSearchParams();
  return periodFromSearchParams(searchParams);
}
