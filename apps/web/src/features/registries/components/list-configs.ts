import { AreaClass, AssignmentRole, DirectiveKind, NtmStatus, UnitGroup, UnitKind } from '@danvan/domain';
import type { ListParamsConfig } from '@/hooks/use-list-params';

/**
 * What each registry list may carry in its URL: the API's own filters and sort fields (see the domain's
 * XxxListQuerySchema), so a bookmarked list asks the API exactly what it showed.
 */
const PAGE_SIZE = 25;

export const DIRECTIVE_LIST: ListParamsConfig<'kind'> = {
  filters: { kind: { kind: 'enum', values: DirectiveKind.codes, multiple: true } },
  sortFields: ['issuedOn', 'code', 'title'],
  defaultSort: '-issuedOn',
  pageSize: PAGE_SIZE,
};

export const UNIT_LIST: ListParamsConfig<'group' | 'kind'> = {
  filters: {
    group: { kind: 'enum', values: UnitGroup.codes, multiple: true },
    kind: { kind: 'enum', values: UnitKind.codes },
  },
  sortFields: ['name', 'code', 'group', 'partyMembers', 'staff'],
  defaultSort: 'name',
  pageSize: PAGE_SIZE,
};

export const COMMUNE_LIST: ListParamsConfig<'district' | 'areaClass' | 'remote' | 'ntmStatus'> = {
  filters: {
    district: { kind: 'text', maxLength: 100 },
    areaClass: { kind: 'enum', values: AreaClass.codes, multiple: true },
    remote: { kind: 'boolean' },
    ntmStatus: { kind: 'enum', values: NtmStatus.codes, multiple: true },
  },
  sortFields: ['name', 'code', 'district', 'distanceKm', 'population'],
  defaultSort: 'name',
  pageSize: PAGE_SIZE,
};

export const ASSIGNMENT_LIST: ListParamsConfig<'unitId' | 'communeId' | 'role' | 'activeOn' | 'directiveId'> = {
  filters: {
    unitId: { kind: 'id' },
    communeId: { kind: 'id' },
    role: { kind: 'enum', values: AssignmentRole.codes },
    activeOn: { kind: 'date' },
    directiveId: { kind: 'id' },
  },
  sortFields: ['validFrom', 'validTo', 'unit', 'commune'],
  defaultSort: '-validFrom',
  pageSize: PAGE_SIZE,
};
