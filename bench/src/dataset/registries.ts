/**
 * The registries of the national dataset: districts, communes, party units and their dated
 * assignments to communes (some ending, the unit then reassigned elsewhere), all from one seed.
 */
import type { AreaClass, AssignmentRole, CommuneKind, NtmStatus, UnitGroup, UnitKind } from '@danvan/domain';
import { dayOf } from './days.js';
import { AGENCY_TYPES, DEPARTMENTS, PLACE_SYLLABLES, PROVINCES } from './names.js';
import type { Rng } from './random.js';

/** The five years the activities fall in. */
export const SPAN = { from: '2021-01-01', to: '2025-12-31' } as const;

export interface Sizes {
  districts: number;
  communes: number;
  units: number;
  /** Second, concurrent assignments ("tham gia"), some of them ending. */
  extraAssignments: number;
  /** Units whose main commune changes once: one assignment ends, a new one starts. */
  reassignments: number;
  activities: number;
  /** About this many: each activity gets 0–6 contributions, 3 on average. */
  contributions: number;
}

export function sizesAt(scale: number): Sizes {
  const n = (full: number) => Math.max(1, Math.round(full * scale));
  return {
    districts: n(700),
    communes: Math.max(2, n(3300)),
    units: Math.max(2, n(5000)),
    extraAssignments: n(700),
    reassignments: n(1300),
    activities: n(1_000_000),
    contributions: n(3_000_000),
  };
}

export interface Commune {
  id: number;
  code: string;
  name: string;
  kind: CommuneKind;
  district: string;
  areaClass: AreaClass;
  remote: boolean;
  ntmStatus: NtmStatus;
  distanceKm: number;
  population: number;
  households: number;
  poorHouseholds: number;
}

export interface Unit {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  agency: string;
  group: UnitGroup;
  partyMembers: number;
  staff: number;
  /** How active the unit is: a few units organise much less than the norm asks. */
  weight: number;
}

export interface Assignment {
  id: number;
  unitId: number;
  communeId: number;
  role: AssignmentRole;
  fromDay: number;
  /** Last day (inclusive); null while it runs. */
  toDay: number | null;
}

export interface Registries {
  communes: Commune[];
  units: Unit[];
  assignments: Assignment[];
  /** Assignments of each unit, by unit id. */
  byUnit: Assignment[][];
  /** Assignments of each commune, by commune id. */
  byCommune: Assignment[][];
}

const KIND_LABEL: Record<CommuneKind, string> = { xa: 'Xã', phuong: 'Phường', thi_tran: 'Thị trấn' };

function placeNames(rng: Rng): string[] {
  const names: string[] = [];
  for (const a of PLACE_SYLLABLES) for (const b of PLACE_SYLLABLES) if (a !== b) names.push(`${a} ${b}`);
  return rng.shuffle(names);
}

function weightedOf<T extends string>(rng: Rng, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let r = rng.float() * total;
  for (const [value, w] of entries) {
    r -= w;
    if (r < 0) return value;
  }
  return (entries[entries.length - 1] as readonly [T, number])[0];
}

function communesOf(rng: Rng, sizes: Sizes): Commune[] {
  const places = placeNames(rng);
  const districts = Array.from({ length: sizes.districts }, (_, i) => {
    const urban = rng.chance(0.1);
    const place = places[i % places.length] as string;
    return {
      name: urban ? `${rng.chance(0.5) ? 'Thành phố' : 'Thị xã'} ${place}` : `Huyện ${place}`,
      urban,
      mountainous: !urban && rng.chance(0.22),
    };
  });
  const communes: Commune[] = [];
  for (let i = 0; i < sizes.communes; i++) {
    const districtIndex = Math.floor((i * sizes.districts) / sizes.communes);
    const district = districts[districtIndex]!;
    const firstOfDistrict = Math.floor(((i - 1) * sizes.districts) / sizes.communes) !== districtIndex;
    const kind: CommuneKind = district.urban
      ? rng.chance(0.8)
        ? 'phuong'
        : 'xa'
      : firstOfDistrict
        ? 'thi_tran'
        : 'xa';
    const remote = kind === 'xa' && rng.chance(district.mountainous ? 0.6 : 0.04);
    const areaClass: AreaClass = remote
      ? rng.chance(0.7)
        ? 'III'
        : 'II'
      : district.mountainous
        ? rng.chance(0.5)
          ? 'II'
          : 'I'
        : rng.chance(0.85)
          ? 'I'
          : 'II';
    const population = kind === 'phuong' ? rng.int(8000, 40000) : rng.int(2000, 25000);
    const households = Math.round(population / 3.8);
    const poorShare = remote ? 0.1 + rng.float() * 0.25 : 0.01 + rng.float() * 0.07;
    communes.push({
      id: i + 1,
      code: `X${String(i + 1).padStart(5, '0')}`,
      name: `${KIND_LABEL[kind]} ${rng.pick(places)}`,
      kind,
      district: district.name,
      areaClass,
      remote,
      ntmStatus: remote
        ? weightedOf(rng, [
            ['chua_dat', 7],
            ['dat_chuan', 3],
          ])
        : weightedOf(rng, [
            ['chua_dat', 15],
            ['dat_chuan', 50],
            ['nang_cao', 25],
            ['kieu_mau', 10],
          ]),
      distanceKm: Math.round((remote ? 60 + rng.float() * 240 : 3 + rng.float() * 87) * 10) / 10,
      population,
      households,
      poorHouseholds: Math.round(households * poorShare),
    });
  }
  return communes;
}

function unitsOf(rng: Rng, sizes: Sizes): Unit[] {
  const units: Unit[] = [];
  const perProvince = AGENCY_TYPES.length;
  for (let i = 0; i < sizes.units; i++) {
    const [type, group] = AGENCY_TYPES[i % perProvince]!;
    const province = PROVINCES[Math.floor(i / perProvince) % PROVINCES.length]!;
    const department = Math.floor(i / (perProvince * PROVINCES.length)) % (DEPARTMENTS.length + 1);
    const agency = `${type} ${province}`;
    const kind: UnitKind = department === 0 && rng.chance(0.3) ? 'dang_bo_co_so' : 'chi_bo_co_so';
    const name =
      department === 0
        ? `${kind === 'dang_bo_co_so' ? 'Đảng bộ' : 'Chi bộ'} ${agency}`
        : `Chi bộ ${DEPARTMENTS[department - 1]}, ${agency}`;
    const partyMembers = kind === 'dang_bo_co_so' ? rng.int(60, 400) : rng.int(8, 120);
    units.push({
      id: i + 1,
      code: `DV${String(i + 1).padStart(5, '0')}`,
      name,
      kind,
      agency,
      group,
      partyMembers,
      staff: partyMembers + rng.int(5, 150),
      weight: rng.chance(0.15) ? 0.05 + rng.float() * 0.3 : 0.6 + rng.float(),
    });
  }
  return units;
}

function assignmentsOf(rng: Rng, sizes: Sizes, communes: Commune[], units: Unit[]): Assignment[] {
  const first = dayOf(SPAN.from);
  const last = dayOf(SPAN.to);
  const order = rng.shuffle(communes.map((c) => c.id));
  const remote = communes.filter((c) => c.remote).map((c) => c.id);
  const assignments: Assignment[] = [];
  const add = (a: Omit<Assignment, 'id'>) => {
    const row = { id: assignments.length + 1, ...a };
    assignments.push(row);
    return row;
  };
  // Every unit starts with a main commune; every commune gets at least one unit.
  const main = units.map((u, i) =>
    add({ unitId: u.id, communeId: order[i % order.length]!, role: 'phu_trach_chinh', fromDay: first, toDay: null }),
  );
  const otherCommune = (not: number) => {
    for (;;) {
      const id = remote.length > 0 && rng.chance(0.5) ? rng.pick(remote) : rng.int(1, communes.length);
      if (id !== not) return id;
    }
  };
  const extraUnits = rng.shuffle(units.map((u) => u.id)).slice(0, sizes.extraAssignments);
  for (const unitId of extraUnits) {
    const fromDay = first + rng.int(0, 900);
    const ends = rng.chance(0.3);
    add({
      unitId,
      communeId: otherCommune(main[unitId - 1]!.communeId),
      role: 'tham_gia',
      fromDay,
      toDay: ends ? fromDay + rng.int(180, Math.max(181, last - fromDay - 1)) : null,
    });
  }
  const movedUnits = rng.shuffle(units.map((u) => u.id)).slice(0, sizes.reassignments);
  for (const unitId of movedUnits) {
    const previous = main[unitId - 1]!;
    const day = dayOf('2022-01-01') + rng.int(0, dayOf('2025-06-30') - dayOf('2022-01-01'));
    previous.toDay = day - 1;
    add({ unitId, communeId: otherCommune(previous.communeId), role: 'phu_trach_chinh', fromDay: day, toDay: null });
  }
  return assignments;
}

export function generateRegistries(rng: Rng, sizes: Sizes): Registries {
  const communes = communesOf(rng.fork('communes'), sizes);
  const units = unitsOf(rng.fork('units'), sizes);
  const assignments = assignmentsOf(rng.fork('assignments'), sizes, communes, units);
  const byUnit: Assignment[][] = Array.from({ length: units.length + 1 }, () => []);
  const byCommune: Assignment[][] = Array.from({ length: communes.length + 1 }, () => []);
  for (const a of assignments) {
    byUnit[a.unitId]!.push(a);
    byCommune[a.communeId]!.push(a);
  }
  return { communes, units, assignments, byUnit, byCommune };
}
