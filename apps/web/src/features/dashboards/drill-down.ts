/**
 * Every figure of the dashboards opens the list of the approved records behind it: the activities list
 * (`/hoat-dong`) with the figure's exact window and scope in its URL. Only approved activities count in
 * the figures, so the list is always narrowed to them.
 */
import {
  type ActivityCategory,
  ContributionKind,
  type FundingSource,
  monthWithin,
  type Period,
  type UnitGroup,
} from '@danvan/domain';
import { paths } from '@/config/paths';
import type { RemoteFilter, StatsFilterQuery } from '@/features/dashboards/dashboard-filters';

export interface DrillDown {
  /** A narrower window than the dashboard's period (a month of it, for instance). */
  period?: Period | undefined;
  unitId?: number | undefined;
  communeId?: number | undefined;
  category?: string | undefined;
  source?: string | undefined;
  /** A new-rural criterion as `set:number`, e.g. `qd318_2022:2`. */
  ntm?: string | undefined;
  remote?: RemoteFilter | undefined;
  /** The activity's main (first) category: the funding figures give all its money to that one. */
  mainCategory?: ActivityCategory | undefined;
  /** The contribution filters: ONE contribution of the activity meets all of these and `source` at once. */
  contributionKind?: readonly ContributionKind[] | undefined;
  contributionUnitId?: number | undefined;
  contributionUnitGroup?: UnitGroup | undefined;
  /** An in-kind item as the figures group them: folded name and measure unit. */
  item?: string | undefined;
  measureUnit?: string | undefined;
}

/** `/hoat-dong?status=approved&from=…&to=…&…` for the records behind one figure. */
export function activitiesHref(query: StatsFilterQuery, drill: DrillDown = {}): string {
  const params = new URLSearchParams({ status: 'approved' });
  params.set('from', drill.period?.from ?? query.from);
  params.set('to', drill.period?.to ?? query.to);
  if (query.unitGroup) params.set('unitGroup', query.unitGroup);
  if (query.district) params.set('district', query.district);
  const remote = drill.remote ?? query.remote;
  if (remote) params.set('remote', remote);
  if (drill.unitId !== undefined) params.set('unitId', String(drill.unitId));
  if (drill.communeId !== undefined) params.set('communeId', String(drill.communeId));
  if (drill.category) params.set('category', drill.category);
  if (drill.source) params.set('source', drill.source);
  if (drill.ntm) params.set('ntm', drill.ntm);
  if (drill.mainCategory) params.set('mainCategory', drill.mainCategory);
  if (drill.contributionKind?.length) params.set('contributionKind', drill.contributionKind.join(','));
  if (drill.contributionUnitId !== undefined) params.set('contributionUnitId', String(drill.contributionUnitId));
  if (drill.contributionUnitGroup) params.set('contributionUnitGroup', drill.contributionUnitGroup);
  if (drill.item) params.set('item', drill.item);
  if (drill.measureUnit) params.set('measureUnit', drill.measureUnit);
  return `${paths.activities}?${params.toString()}`;
}

/** What the funding figures add up: cash, goods in kind (by value) and labour days. */
export const CASH: readonly ContributionKind[] = ['tien_mat'];
export const IN_KIND: readonly ContributionKind[] = ['hien_vat'];
export const LABOUR: readonly ContributionKind[] = ['ngay_cong'];
export const MONEY: readonly ContributionKind[] = ['tien_mat', 'hien_vat'];
export const ANY_KIND: readonly ContributionKind[] = ContributionKind.codes;

/** The dashboard's query and, for a unit officer, their unit: the API counts only its contributions then. */
export interface FundingScope {
  query: StatsFilterQuery;
  ownUnitId?: number | null | undefined;
}

export interface FundingDrill {
  /** The kinds of contribution the figure adds up. */
  kinds: readonly ContributionKind[];
  period?: Period | undefined;
  communeId?: number | undefined;
  mainCategory?: ActivityCategory | undefined;
  source?: FundingSource | undefined;
  /** The contributing unit (not the organising one). */
  unitId?: number | undefined;
  item?: string | undefined;
  measureUnit?: string | undefined;
}

/**
 * The records behind a funding figure: the approved activities of its window and scope with a contribution
 * counted in it — of the figure's kinds, source, item, and from a unit the figure counts (the unit of a row,
 * the unit group the dashboard is narrowed to, or an officer's own unit, whose figures hold only their unit's
 * contributions). The figures count money from units in the scope only, so the list does too; and the money
 * of an activity goes to its main category.
 */
export function fundingHref(scope: FundingScope, drill: FundingDrill): string {
  const contributionUnitId = drill.unitId ?? scope.ownUnitId ?? undefined;
  const contributionUnitGroup = contributionUnitId === undefined ? scope.query.unitGroup : undefined;
  // Every kind with another contribution filter says nothing more; an item is in kind already.
  const narrowed = Boolean(drill.source || contributionUnitId !== undefined || contributionUnitGroup || drill.item);
  const everyKind = ANY_KIND.every((kind) => drill.kinds.includes(kind));
  const contributionKind = drill.item || (everyKind && narrowed) ? undefined : drill.kinds;
  return activitiesHref(scope.query, {
    period: drill.period,
    communeId: drill.communeId,
    source: drill.source,
    mainCategory: drill.mainCategory,
    contributionKind,
    contributionUnitId,
    contributionUnitGroup,
    item: drill.item,
    measureUnit: drill.item ? drill.measureUnit : undefined,
  });
}

/** The part of a month (`YYYY-MM`) inside the dashboard's period: the first and last months are cut to it. */
export function monthWindow(month: string, query: StatsFilterQuery): Period {
  return monthWithin(month, { from: query.from, to: query.to }) ?? { from: query.from, to: query.to };
}

/** Sections of the coverage page that its headline figures open. */
export const COVERAGE_SECTIONS = {
  months: 'theo-thang',
  matrix: 'don-vi-theo-thang',
  communes: 'cac-xa',
  remote: 'vung-sau-vung-xa',
} as const;

/**
 * A link to a section of the same page with some of its table parameters changed (a sort, a filter), e.g.
 * the units × months matrix sorted by rate: `?from=…&unitSort=-rate#don-vi-theo-thang`.
 */
export function sectionHref(current: URLSearchParams, changes: Record<string, string | null>, section: string): string {
  const next = new URLSearchParams(current);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) next.delete(name);
    else next.set(name, value);
  }
  return `?${next.toString()}#${section}`;
}
