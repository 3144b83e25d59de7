/**
 * The small tables the figures read at query time: units, communes, dated assignments and the
 * norm. They are read whole (a few thousand rows even for a whole country) whenever the change log
 * marks them, and indexed by id.
 */
import type {
  SourceAssignment,
  SourceCommune,
  SourceUnit,
  StatsSourceRepository,
} from '../../repositories/stats-source-repository.js';
import { dayNumber } from './calendar.js';

export type RegistryTable = 'units' | 'communes' | 'assignments' | 'directives';

export interface RegistryAssignment {
  unitId: number;
  communeId: number;
  /** Day numbers; `to` is +Infinity while the assignment is open. */
  from: number;
  to: number;
}

function pairKey(unitId: number, communeId: number): number {
  return unitId * 0x4000_0000 + communeId;
}

export class Registry {
  /** Indexed by id; holes for ids that do not exist. */
  readonly units: (SourceUnit | undefined)[] = [];
  readonly communes: (SourceCommune | undefined)[] = [];
  readonly assignments: RegistryAssignment[];
  private readonly byPair = new Map<number, RegistryAssignment[]>();

  private constructor(
    private readonly source: {
      units: readonly SourceUnit[];
      communes: readonly SourceCommune[];
      assignments: readonly SourceAssignment[];
    },
    readonly norm: number,
  ) {
    for (const u of source.units) this.units[u.id] = u;
    for (const c of source.communes) this.communes[c.id] = c;
    this.assignments = source.assignments.map((s) => ({
      unitId: s.unitId,
      communeId: s.communeId,
      from: dayNumber(s.validFrom),
      to: s.validTo === null ? Number.POSITIVE_INFINITY : dayNumber(s.validTo),
    }));
    for (const s of this.assignments) {
      const key = pairKey(s.unitId, s.communeId);
      const list = this.byPair.get(key);
      if (list) list.push(s);
      else this.byPair.set(key, [s]);
    }
  }

  static read(source: StatsSourceRepository): Registry {
    return new Registry(
      { units: source.units(), communes: source.communes(), assignments: source.assignments() },
      source.norm(),
    );
  }

  /** A copy with the given tables read again. */
  withFresh(source: StatsSourceRepository, tables: ReadonlySet<RegistryTable>): Registry {
    return new Registry(
      {
        units: tables.has('units') ? source.units() : this.source.units,
        communes: tables.has('communes') ? source.communes() : this.source.communes,
        assignments: tables.has('assignments') ? source.assignments() : this.source.assignments,
      },
      tables.has('directives') ? source.norm() : this.norm,
    );
  }

  /** Whether the unit was assigned to the commune on the day (`isAssignedOn` of the domain). */
  isAssignedOn(unitId: number, communeId: number, day: number): boolean {
    const list = this.byPair.get(pairKey(unitId, communeId));
    if (!list) return false;
    for (const s of list) if (s.from <= day && s.to >= day) return true;
    return false;
  }

  /**
   * The days on which "is this unit assigned to this commune" reads differently here and in
   * `other`, as [from, to] ranges of day numbers: the roll-ups of those days must be rebuilt.
   */
  changedDays(other: Registry): [number, number][] {
    const ranges: [number, number][] = [];
    const keys = new Set([...this.byPair.keys(), ...other.byPair.keys()]);
    for (const key of keys) {
      const mine = this.byPair.get(key) ?? [];
      const theirs = other.byPair.get(key) ?? [];
      const points = new Set<number>();
      for (const s of [...mine, ...theirs]) {
        points.add(s.from);
        points.add(s.to + 1);
      }
      const sorted = [...points].sort((a, b) => a - b);
      const covers = (list: readonly RegistryAssignment[], day: number) =>
        list.some((s) => s.from <= day && s.to >= day);
      for (let i = 0; i < sorted.length - 1; i++) {
        const from = sorted[i]!;
        if (covers(mine, from) !== covers(theirs, from)) ranges.push([from, sorted[i + 1]! - 1]);
      }
    }
    return ranges;
  }

  /** One past the largest unit id: the length of arrays indexed by unit. */
  get unitCapacity(): number {
    return this.units.length;
  }

  get communeCapacity(): number {
    return this.communes.length;
  }
}
