import { ActivityCategory, ActivityStatus } from '@danvan/domain';
import type { ListParamsConfig } from '@/hooks/use-list-params';

export const DELETED_FILTERS = ['exclude', 'include', 'only'] as const;
export type DeletedFilter = (typeof DELETED_FILTERS)[number];

export type ActivityListFilter = 'status' | 'from' | 'to' | 'communeId' | 'category' | 'unitId' | 'deleted';

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
  },
  sortFields: ['startDate', 'title', 'createdAt', 'updatedAt'],
  defaultSort: '-startDate',
  pageSize: 20,
};

/** A period the wrong way round is said on the form and never sent (the API would refuse it). */
export function periodInOrder(filters: Partial<Record<ActivityListFilter, string>>): boolean {
  return !filters.from || !filters.to || filters.from <= filters.to;
}
