import { registriesMessages } from '@/config/messages/registries';
import type { CommuneLookup, DirectiveLookup, UnitLookup } from '@/features/registries/api/lookups';

const text = registriesMessages.assignments;

/** Names for ids, from the lookups; "Đơn vị #12" until they arrive (or if the record is gone). */
export function unitName(lookup: UnitLookup | undefined, id: number): string {
  return lookup?.byId.get(id)?.name ?? text.unknownUnit(id);
}

export function communeName(lookup: CommuneLookup | undefined, id: number): string {
  return lookup?.byId.get(id)?.name ?? text.unknownCommune(id);
}

export function directiveCode(lookup: DirectiveLookup | undefined, id: number): string {
  return lookup?.byId.get(id)?.code ?? text.unknownDirective(id);
}
