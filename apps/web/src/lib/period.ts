import { isValidDate, type Period, SEED_PERIOD } from '@danvan/domain';

/** The period every figure starts with: the seed's, until the reader picks another. */
export const DEFAULT_PERIOD: Period = SEED_PERIOD;

export interface PeriodFromParams {
  period: Period;
  /** The URL asked for a period we could not use, so the default is shown instead. */
  invalid: boolean;
}

/** Reads `from`/`to` (YYYY-MM-DD) from the URL so a view of a period can be bookmarked and shared. */
export function periodFromSearchParams(params: URLSearchParams): PeriodFromParams {
  const from = params.get('from');
  const to = params.get('to');
  if (from === null && to === null) return { period: DEFAULT_PERIOD, invalid: false };
  const period = { from: from ?? DEFAULT_PERIOD.from, to: to ?? DEFAULT_PERIOD.to };
  const valid = isValidDate(period.from) && isValidDate(period.to) && period.from <= period.to;
  return valid ? { period, invalid: false } : { period: DEFAULT_PERIOD, invalid: true };
}
