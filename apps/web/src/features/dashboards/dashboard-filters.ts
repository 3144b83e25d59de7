/**
 * What a dashboard looks at — a period (of a kind: month, quarter, half-year, year or any range) and the
 * scope filters (district, unit group, remote communes) — read from and written to the URL, so every view
 * can be bookmarked and shared: `/bao-phu?from=2022-01-01&to=2022-03-31&district=Huyện Bắc Mê&remote=true`.
 * The parameter names are the stats API's own.
 */
import {
  firstDayOfMonth,
  formatDate,
  lastDayOfMonth,
  type Period,
  previousPeriod,
  romanQuarter,
  todayInVietnam,
  UnitGroup,
} from '@danvan/domain';
import { dashboardsMessages } from '@/config/messages/dashboards';
import { periodFromSearchParams } from '@/lib/period';

const text = dashboardsMessages.period;

export const PERIOD_KINDS = ['month', 'quarter', 'half', 'year', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export type RemoteFilter = 'true' | 'false';

export interface DashboardFilters {
  period: Period;
  kind: PeriodKind;
  district?: string | undefined;
  unitGroup?: UnitGroup | undefined;
  remote?: RemoteFilter | undefined;
}

/** The query every `/stats/*` call takes. */
export type StatsFilterQuery = {
  from: string;
  to: string;
  district?: string;
  unitGroup?: UnitGroup;
  remote?: RemoteFilter;
};

/** Parameters this module owns; a change of any of them sends the tables back to their first page. */
const FILTER_PARAMS = ['from', 'to', 'period', 'district', 'unitGroup', 'remote'] as const;
export const TABLE_PAGE_PARAMS = ['unitPage', 'communePage'] as const;
/** The URL parameters of the coverage page's two tables: `unitSort=-rate&unitPage=2&communeSort=name`. */
export const MATRIX_TABLE = { sort: 'unitSort', page: 'unitPage' } as const;
export const COMMUNE_TABLE = { sort: 'communeSort', page: 'communePage' } as const;
export const REACHED_PARAM = 'reached';
const MAX_DISTRICT_LENGTH = 100;
/** The first year offered: the new-rural criteria of QĐ 1980 (2016) are the oldest the records can hold. */
export const FIRST_YEAR = 2016;

const pad = (n: number) => String(n).padStart(2, '0');
const monthsPeriod = (year: number, firstMonth: number, lastMonth: number): Period => ({
  from: firstDayOfMonth(`${year}-${pad(firstMonth)}`),
  to: lastDayOfMonth(`${year}-${pad(lastMonth)}`),
});

/** The calendar period of a kind that holds `date`: its month, quarter, half-year or year. */
export function periodOfKind(kind: Exclude<PeriodKind, 'custom'>, year: number, index = 1): Period {
  switch (kind) {
    case 'month':
      return monthsPeriod(year, index, index);
    case 'quarter':
      return monthsPeriod(year, index * 3 - 2, index * 3);
    case 'half':
      return monthsPeriod(year, index * 6 - 5, index * 6);
    case 'year':
      return monthsPeriod(year, 1, 12);
  }
}

export interface PeriodParts {
  year: number;
  month: number;
  quarter: number;
  half: number;
}

/** Year, month, quarter and half of a date (`YYYY-MM-DD`). */
export function partsOf(date: string): PeriodParts {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return { year, month, quarter: Math.ceil(month / 3), half: month <= 6 ? 1 : 2 };
}

function indexOf(kind: Exclude<PeriodKind, 'custom'>, parts: PeriodParts): number {
  return kind === 'month' ? parts.month : kind === 'quarter' ? parts.quarter : kind === 'half' ? parts.half : 1;
}

/** The kind a period is, when it is exactly a calendar month, quarter, half-year or year. */
export function kindOfPeriod(period: Period): PeriodKind {
  const parts = partsOf(period.from);
  for (const kind of ['month', 'quarter', 'half', 'year'] as const) {
    const candidate = periodOfKind(kind, parts.year, indexOf(kind, parts));
    if (candidate.from === period.from && candidate.to === period.to) return kind;
  }
  return 'custom';
}

/**
 * The period shown after the reader picks another kind: the month, quarter, half-year or year that holds
 * the end of the current period (the most recent part of what they were looking at); a custom range keeps
 * the dates it had.
 */
export function periodForKind(kind: PeriodKind, current: Period): Period {
  if (kind === 'custom') return current;
  const parts = partsOf(current.to);
  return periodOfKind(kind, parts.year, indexOf(kind, parts));
}

/** The years offered: from 2016 to this year, and any year the period itself is in. */
export function yearOptions(period: Period, today = todayInVietnam()): number[] {
  const first = Math.min(FIRST_YEAR, partsOf(period.from).year);
  const last = Math.max(partsOf(today).year, partsOf(period.to).year);
  const years: number[] = [];
  for (let y = last; y >= first; y -= 1) years.push(y);
  return years;
}

/** "Tháng 3/2022", "Quý I/2022", "6 tháng đầu năm 2022", "Năm 2022", or "Từ 10/09/2021 đến 18/03/2022". */
export function periodLabel(filters: Pick<DashboardFilters, 'kind' | 'period'>): string {
  const { period, kind } = filters;
  const parts = partsOf(period.from);
  switch (kind) {
    case 'month':
      return text.month(parts.month, parts.year);
    case 'quarter':
      return text.quarter(romanQuarter(parts.quarter), parts.year);
    case 'half':
      return parts.half === 1 ? text.firstHalf(parts.year) : text.secondHalf(parts.year);
    case 'year':
      return text.year(parts.year);
    case 'custom':
      return text.range(formatDate(period.from), formatDate(period.to));
  }
}

export interface DashboardFiltersFromParams {
  filters: DashboardFilters;
  /** The URL asked for a period that could not be used, so the default is shown instead. */
  invalid: boolean;
}

/** Reads the filters from the URL; values that make no sense are dropped rather than sent to the API. */
export function readDashboardFilters(params: URLSearchParams): DashboardFiltersFromParams {
  const { period, invalid } = periodFromSearchParams(params);
  const inferred = kindOfPeriod(period);
  // A calendar month picked as a custom range stays custom, so the date fields do not vanish under the reader.
  const kind: PeriodKind = params.get('period') === 'custom' ? 'custom' : inferred;
  const district = params.get('district')?.trim().slice(0, MAX_DISTRICT_LENGTH) || undefined;
  const group = params.get('unitGroup');
  const unitGroup = (UnitGroup.codes as readonly string[]).includes(group ?? '') ? (group as UnitGroup) : undefined;
  const remoteParam = params.get('remote');
  const remote = remoteParam === 'true' || remoteParam === 'false' ? remoteParam : undefined;
  return { filters: { period, kind, district, unitGroup, remote }, invalid };
}

/**
 * The URL after a change of filters: the dashboard's own parameters replaced, the tables back on their first
 * page, and anything else (their sort, for instance) kept.
 */
export function writeDashboardFilters(previous: URLSearchParams, filters: DashboardFilters): URLSearchParams {
  const next = new URLSearchParams(previous);
  for (const name of [...FILTER_PARAMS, ...TABLE_PAGE_PARAMS]) next.delete(name);
  next.set('from', filters.period.from);
  next.set('to', filters.period.to);
  if (filters.kind === 'custom' && kindOfPeriod(filters.period) !== 'custom') next.set('period', 'custom');
  if (filters.district) next.set('district', filters.district);
  if (filters.unitGroup) next.set('unitGroup', filters.unitGroup);
  if (filters.remote) next.set('remote', filters.remote);
  return next;
}

/**
 * The stats API's query for these filters. A unit officer's figures are their own unit's (the API confines
 * them), so the unit group, which they cannot choose, is left out.
 */
export function statsQuery(filters: DashboardFilters, ownUnitOnly = false): StatsFilterQuery {
  return {
    from: filters.period.from,
    to: filters.period.to,
    ...(filters.district ? { district: filters.district } : {}),
    ...(filters.unitGroup && !ownUnitOnly ? { unitGroup: filters.unitGroup } : {}),
    ...(filters.remote ? { remote: filters.remote } : {}),
  };
}

/** The same query over the period of the same length just before, for "change against the previous period". */
export function previousStatsQuery(query: StatsFilterQuery): StatsFilterQuery {
  const previous = previousPeriod({ from: query.from, to: query.to });
  return { ...query, from: previous.from, to: previous.to };
}

/** Whether any scope filter (not the period) narrows the figures. */
export function hasScopeFilters(filters: DashboardFilters): boolean {
  return Boolean(filters.district || filters.unitGroup || filters.remote);
}
