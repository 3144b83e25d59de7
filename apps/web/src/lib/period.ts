import {
  addMonths,
  firstDayOfMonth,
  isValidDate,
  monthOf,
  type Period,
  SEED_PERIOD,
  todayInVietnam,
} from '@danvan/domain';

/** How many months, the current one included, a page shows when nobody has picked a period. */
export const RECENT_MONTHS = 6;

/**
 * The period pages open on when the URL names none: with the demo data, the seed's (10/9/2021–18/3/2022, where
 * all its figures are); with real data, the last six months up to today, so an official sees what is recent and
 * never only a current month that has just begun.
 */
export function defaultPeriodFor(demo: boolean, today: string = todayInVietnam()): Period {
  if (demo) return SEED_PERIOD;
  return { from: firstDayOfMonth(addMonths(monthOf(today), 1 - RECENT_MONTHS)), to: today };
}

let current: Period = SEED_PERIOD;

/**
 * Set once the app knows whether it shows the demo data (the health answer), which the signed-in routes wait
 * for before any of their loaders reads a period. Until then, and in tests that set nothing, the seed's.
 */
export function setDefaultPeriod(period: Period): void {
  current = period;
}

/** The period every figure starts with, until the reader picks another. */
export function defaultPeriod(): Period {
  return current;
}

export interface PeriodFromParams {
  period: Period;
  /** The URL asked for a period we could not use, so the default is shown instead. */
  invalid: boolean;
}

/** Reads `from`/`to` (YYYY-MM-DD) from the URL so a view of a period can be bookmarked and shared. */
export function periodFromSearchParams(params: URLSearchParams, fallback: Period = defaultPeriod()): PeriodFromParams {
  const from = params.get('from');
  const to = params.get('to');
  if (from === null && to === null) return { period: fallback, invalid: false };
  const period = { from: from ?? fallback.from, to: to ?? fallback.to };
  const valid = isValidDate(period.from) && isValidDate(period.to) && period.from <= period.to;
  return valid ? { period, invalid: false } : { period: fallback, invalid: true };
}
