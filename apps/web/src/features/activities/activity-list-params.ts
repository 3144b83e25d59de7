import { ActivityCategory, ActivityStatus, ContributionKind, FundingSource, UnitGroup } from '@danvan/domain';
import type { ListParamsConfig } from '@/hooks/use-list-params';

export const DELETED_FILTERS = ['exclude', 'include', 'only'] as const;
export type DeletedFilter = (typeof DELETED_FILTERS)[number];

export type ActivityListFilter =
  | 'status'
  | 'from'
  | 'to'
  | 'communeId'
  | 'category'
  | 'unitId'
  | 'deleted'
  // The dashboards' drill-downs narrow the list to the scope of a figure with these too.
  | 'unitGroup'
  | 'district'
  | 'remote'
  | 'source'
  | 'ntm'
  // The funding dashboard's: one contribution of the activity meets all of these (and `source`) at once.
  | 'mainCategory'
  | 'contributionKind'
  | 'contributionUnitId'
  | 'contributionUnitGroup'
  | 'item'
  | 'measureUnit';

/** The activities list in the URL: `/hoat-dong?status=returned&from=2022-03-01&q=van minh&page=2`. */
export const ACTIVITY_LIST: ListParamsConfig<ActivityListFilter> = {
  filters: {
    status: { kind: 'enum', values: ActivityStatus.codes },
    from: { kind: 'date' },
    to: { kind: 'date' },
    communeId: { kind: 'id' },
    category: { kind: 'enum', values: ActivityCategory.codes },
    unitId: { kind: 'id' },
    deleted: { kind: 'enum', values: DELETED_FILTERS },
    unitGroup: { kind: 'enum', values: UnitGroup.codes, multiple: true },
    district: { kind: 'text', maxLength: 100 },
    remote: { kind: 'boolean' },
    source: { kind: 'enum', values: FundingSource.codes, multiple: true },
    ntm: { kind: 'text', maxLength: 20 },
    mainCategory: { kind: 'enum', values: ActivityCategory.codes, multiple: true },
    contributionKind: { kind: 'enum', values: ContributionKind.codes, multiple: true },
    contributionUnitId: { kind: 'id' },
    contributionUnitGroup: { kind: 'enum', values: UnitGroup.codes, multiple: true },
    item: { kind: 'text', maxLength: 200 },
    measureUnit: { kind: 'text', maxLength: 30 },
  },
  sortFields: ['startDate', 'title', 'createdAt', 'updatedAt'],
  defaultSort: '-startDate',
  pageSize: 20,
};

/** A period the wrong way round is said on the form and never sent (the API would refuse it). */
export function periodInOrder(filters: Partial<Record<ActivityListFilter, string>>): boolean {
  return !filters.from || !filters.to || filters.from <= filters.to;
}
