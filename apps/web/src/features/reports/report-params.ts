/**
 * What the report page shows, from its URL (`/bao-cao?from=2022-01-01&to=2022-03-31&district=Huyện Na Rì`), so
 * a report can be bookmarked and sent to a colleague: a period, and at most one scope (a district, a group of
 * units or one unit; none for the whole bloc).
 */
import { type Period, type ReportPeriodKind, reportPeriod, UnitGroup } from '@danvan/domain';
import { periodFromSearchParams } from '@/lib/period';

export type ScopeKind = 'all' | 'district' | 'unitGroup' | 'unit';

export interface ReportScopeParams {
  unitId?: number | undefined;
  unitGroup?: UnitGroup | undefined;
  district?: string | undefined;
}

export interface ReportParams {
  period: Period;
  scope: ReportScopeParams;
}

export interface ReportParamsFromUrl {
  params: ReportParams;
  /** The URL asked for something that could not be used; the default was taken instead. */
  invalid: boolean;
}

export function scopeKindOf(scope: ReportScopeParams): ScopeKind {
  if (scope.unitId !== undefined) return 'unit';
  if (scope.unitGroup !== undefined) return 'unitGroup';
  if (scope.district !== undefined) return 'district';
  return 'all';
}

export function reportParamsFromSearch(search: URLSearchParams): ReportParamsFromUrl {
  // The report opens on the app's default period (the seed's with the demo data), like every page.
  const { period, invalid: invalidPeriod } = periodFromSearchParams(search);
  let invalid = invalidPeriod;
  const scope: ReportScopeParams = {};
  const unitId = search.get('unitId');
  const unitGroup = search.get('unitGroup');
  const district = search.get('district');
  if (unitId !== null) {
    if (/^[1-9]\d{0,9}$/.test(unitId)) scope.unitId = Number(unitId);
    else invalid = true;
  } else if (unitGroup !== null) {
    if ((UnitGroup.codes as readonly string[]).includes(unitGroup)) scope.unitGroup = unitGroup as UnitGroup;
    else invalid = true;
  } else if (district !== null && district.trim() !== '') {
    scope.district = district.trim().slice(0, 100);
  }
  return { params: { period, scope }, invalid };
}

/** The query string of the page, and of the API (which takes the same names). */
export function reportSearchParams(p: ReportParams): Record<string, string> {
  return {
    from: p.period.from,
    to: p.period.to,
    ...(p.scope.unitId !== undefined ? { unitId: String(p.scope.unitId) } : {}),
    ...(p.scope.unitGroup !== undefined ? { unitGroup: p.scope.unitGroup } : {}),
    ...(p.scope.district !== undefined ? { district: p.scope.district } : {}),
  };
}

export type PeriodKind = ReportPeriodKind | 'custom';

export interface PeriodChoice {
  kind: PeriodKind;
  year: number;
  /** Month 1–12, quarter 1–4 or half 1–2; 1 for a year and for a custom range. */
  index: number;
}

/** Which preset a period is, if it is one (a whole month, quarter, half year or year); else custom. */
export function periodChoiceOf(period: Period): PeriodChoice {
  const year = Number(period.from.slice(0, 4));
  const month = Number(period.from.slice(5, 7));
  const candidates: [ReportPeriodKind, number][] = [
    ['month', month],
    ['quarter', Math.ceil(month / 3)],
    ['half', month <= 6 ? 1 : 2],
    ['year', 1],
  ];
  for (const [kind, index] of candidates) {
    const p = reportPeriod(kind, year, index);
    if (p.from === period.from && p.to === period.to) return { kind, year, index };
  }
  return { kind: 'custom', year, index: 1 };
}

/** The period a choice stands for; a custom choice keeps the period it had. */
export function periodOfChoice(choice: PeriodChoice, current: Period): Period {
  return choice.kind === 'custom' ? current : reportPeriod(choice.kind, choice.year, choice.index);
}

/** Moving to another kind of period keeps the year and the part of it the reader was looking at. */
export function choiceForKind(kind: PeriodKind, current: Period): PeriodChoice {
  const year = Number(current.to.slice(0, 4));
  const month = Number(current.to.slice(5, 7));
  const index = { month, quarter: Math.ceil(month / 3), half: month <= 6 ? 1 : 2, year: 1, custom: 1 }[kind];
  return { kind, year, index };
}
