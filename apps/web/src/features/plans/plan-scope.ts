/**
 * What the plans page looks at: a unit (or every unit) and a range of months, from the URL
 * (`/ke-hoach?unitId=3&fromMonth=2022-02&toMonth=2022-04`), so a view can be bookmarked and shared.
 */
import { addMonths, monthOf, PlanActualQuerySchema } from '@danvan/domain';
import { defaultPeriod } from '@/lib/period';

export interface PlanScope {
  unitId?: number | undefined;
  fromMonth: string;
  toMonth: string;
}

export interface PlanScopeFromParams {
  scope: PlanScope;
  /** The URL asked for months that could not be used, so the default ones are shown instead. */
  invalid: boolean;
}

/**
 * Plans look ahead: by default the month of the reference date (the end of the default period), the one
 * before it and the one after it.
 */
export function defaultPlanMonths(): { fromMonth: string; toMonth: string } {
  const month = monthOf(defaultPeriod().to);
  return { fromMonth: addMonths(month, -1), toMonth: addMonths(month, 1) };
}

export function planScopeFromSearchParams(params: URLSearchParams): PlanScopeFromParams {
  const rawUnit = params.get('unitId');
  const unitId = rawUnit !== null && /^[1-9]\d{0,9}$/.test(rawUnit) ? Number(rawUnit) : undefined;
  const fromMonth = params.get('fromMonth');
  const toMonth = params.get('toMonth');
  const defaults = defaultPlanMonths();
  let invalid = rawUnit !== null && rawUnit !== '' && unitId === undefined;
  let months = defaults;
  if (fromMonth !== null || toMonth !== null) {
    const asked = { fromMonth: fromMonth ?? defaults.fromMonth, toMonth: toMonth ?? defaults.toMonth };
    if (PlanActualQuerySchema.safeParse(asked).success) months = asked;
    else invalid = true;
  }
  return { scope: { unitId, ...months }, invalid };
}

/** The query string of a scope: what the page's URL and the API both take. */
export function planScopeParams(scope: PlanScope): Record<string, string> {
  return {
    ...(scope.unitId !== undefined ? { unitId: String(scope.unitId) } : {}),
    fromMonth: scope.fromMonth,
    toMonth: scope.toMonth,
  };
}

/** Months between two ends, both included. */
function span(fromMonth: string, toMonth: string): number {
  const index = (m: string) => {
    const [y, mo] = m.split('-').map(Number) as [number, number];
    return y * 12 + mo;
  };
  return index(toMonth) - index(fromMonth) + 1;
}

/**
 * A new end of the range, moving the other end along when needed so the range stays in order and within
 * the longest the API answers.
 */
export function withMonth(scope: PlanScope, end: 'fromMonth' | 'toMonth', month: string, maxMonths: number): PlanScope {
  if (end === 'fromMonth') {
    let toMonth = scope.toMonth < month ? month : scope.toMonth;
    if (span(month, toMonth) > maxMonths) toMonth = addMonths(month, maxMonths - 1);
    return { ...scope, fromMonth: month, toMonth };
  }
  let fromMonth = scope.fromMonth > month ? month : scope.fromMonth;
  if (span(fromMonth, month) > maxMonths) fromMonth = addMonths(month, -(maxMonths - 1));
  return { ...scope, fromMonth, toMonth: month };
}
