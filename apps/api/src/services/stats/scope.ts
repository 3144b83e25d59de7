/**
 * What a query's filters leave in scope, as lookup tables: units (by id, group), communes (by id,
 * district, remote flag), and for each list of organising units how many of its units are in scope.
 * An activity counts when at least one of its organising units is in scope (as `loadFacts` did:
 * a joint activity keeps only its units in scope); a contribution, when a unit filter is given,
 * only if its contributing unit is in scope.
 */
import type { StatsQuery } from '@danvan/domain';
import type { RollupStore } from './rollup-store.js';

export type StatsFilter = Pick<StatsQuery, 'unitId' | 'unitGroup' | 'communeId' | 'district' | 'remote'>;

export class Scope {
  readonly unitIn: Uint8Array;
  readonly communeIn: Uint8Array;
  /** Per interned list of organising units: how many of them are in scope (0: the activity does not count). */
  readonly listUnits: Uint16Array;
  /** A unit filter was given: contributions count only from units in scope. */
  readonly unitFiltered: boolean;
  /** No filter at all: every unit and commune is in scope. */
  readonly unfiltered: boolean;

  constructor(q: StatsFilter, store: RollupStore) {
    const { registry, activities } = store;
    this.unitFiltered = q.unitId !== undefined || q.unitGroup !== undefined;
    this.unfiltered =
      !this.unitFiltered && q.communeId === undefined && q.district === undefined && q.remote === undefined;
    this.unitIn = new Uint8Array(Math.max(registry.unitCapacity, activities.maxUnitId + 1));
    for (const u of registry.units) {
      if (
        u &&
        (q.unitId === undefined || u.id === q.unitId) &&
        (q.unitGroup === undefined || u.group === q.unitGroup)
      ) {
        this.unitIn[u.id] = 1;
      }
    }
    this.communeIn = new Uint8Array(registry.communeCapacity);
    const remote = q.remote === undefined ? undefined : q.remote === 'true';
    for (const c of registry.communes) {
      if (
        c &&
        (q.communeId === undefined || c.id === q.communeId) &&
        (q.district === undefined || c.district === q.district) &&
        (remote === undefined || c.remote === remote)
      ) {
        this.communeIn[c.id] = 1;
      }
    }
    const { listStart, listMembers } = activities;
    this.listUnits = new Uint16Array(activities.lists);
    for (let l = 0; l < activities.lists; l++) {
      let n = 0;
      for (let p = listStart[l]!; p < listStart[l + 1]!; p++) n += this.unitIn[listMembers[p]!]!;
      this.listUnits[l] = n;
    }
  }
}
