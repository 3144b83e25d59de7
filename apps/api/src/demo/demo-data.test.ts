/**
 * The demo dataset, loaded into a real SQLite file and read back: the seed's figures through the domain's measures.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  assignedCommunes,
  assignedUnits,
  communeCoverage,
  countVisits,
  fundingBreakdown,
  isAssignedOn,
  monthlyCompliance,
  onNormUnits,
  SEED_PERIOD,
  vietnameseSortKey,
} from '@danvan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Facts, readFacts } from '../../test/helpers/raw-facts.js';
import { type DatabaseHandle, openDatabase } from '../db/client.js';
import * as t from '../db/schema.js';
import { demoFigures } from './figures.js';
import { DEMO_SEED, generateDemoData } from './generate.js';
import { hasData, loadDemoData } from './load.js';
import { SEED_UNIT_NAMES } from './units.js';

const P = SEED_PERIOD;

/** Everything the measures need, as stored. */
describe('demo dataset', () => {
  let dir: string;
  let handle: DatabaseHandle;
  let facts: Facts;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'danvan-demo-'));
    handle = openDatabase(join(dir, 'demo.db'));
    expect(hasData(handle)).toBe(false);
    loadDemoData(handle);
    facts = readFacts(handle);
  });

  afterAll(() => {
    handle.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('marks the database as demo and fills the search and sort columns', () => {
    expect(hasData(handle)).toBe(true);
    expect(handle.db.select().from(t.meta).all()).toEqual(
      expect.arrayContaining([
        { key: 'demo', value: 'true' },
        { key: 'demo_seed', value: String(DEMO_SEED) },
      ]),
    );
    const bdv = facts.units.find((u) => u.code === 'CB-BDVTU');
    expect(bdv).toMatchObject({
      name: 'Chi bộ Ban Dân vận Tỉnh ủy',
      search: 'cb-bdvtu chi bo ban dan van tinh uy ban dan van tinh uy',
      version: 1,
    });
    expect(bdv?.sortKey).toBe(vietnameseSortKey('Chi bộ Ban Dân vận Tỉnh ủy'));
    expect(facts.communes.every((c) => c.search.includes('huyen '))).toBe(true);
    const hd = handle.db
      .select()
      .from(t.directives)
      .all()
      .find((d) => d.code === '02-HD/BDVTU');
    expect(hd).toMatchObject({
      issuedOn: '2021-09-10',
      parentId: 1,
      norms: [{ kind: 'min_activities_per_unit_month', value: 1 }],
    });
    expect(hd?.search.startsWith('02-hd/bdvtu huong dan')).toBe(true);
  });

  it('counts exactly 115 lượt of approved activities between 10/9/2021 and 18/3/2022', () => {
    expect(countVisits(facts.activities, P)).toBe(115);
    const joint = facts.activities.filter((a) => a.status === 'approved' && a.unitIds.length > 1);
    expect(joint.length).toBe(5);
    expect(facts.activities.filter((a) => a.status === 'approved').length).toBe(110);
  });

  it('keeps drafts, submitted and returned activities out of the figures', () => {
    const pending = facts.activities.filter((a) => a.status !== 'approved');
    expect(new Set(pending.map((a) => a.status))).toEqual(new Set(['draft', 'submitted', 'returned']));
    expect(pending.filter((a) => a.status === 'returned').every((a) => (a.reviewComment ?? '').length > 0)).toBe(true);
    const allApproved = facts.activities.map((a) => ({ ...a, status: 'approved' as const }));
    expect(countVisits(allApproved, P)).toBe(115 + pending.reduce((n, a) => n + a.unitIds.length, 0));
  });

  it('assigns 77 units to 100 communes, every commune covered, one reassignment kept as two rows', () => {
    expect(facts.units).toHaveLength(77);
    expect(facts.communes).toHaveLength(100);
    expect(assignedUnits(facts.assignments, P).size).toBe(77);
    const communes = assignedCommunes(facts.assignments, P);
    expect(communes.size).toBe(100);
    for (const c of facts.communes) expect(communes.has(c.id)).toBe(true);
    const coverage = communeCoverage(facts.activities, facts.assignments, P);
    expect(coverage.assigned).toBe(100);
    expect(coverage.reached).toBe(60);
    const ended = facts.assignments.filter((a) => a.validTo === '2021-12-31');
    expect(ended).toHaveLength(1);
    const taken = facts.assignments.filter((a) => a.communeId === ended[0]?.communeId && a.role === 'phu_trach_chinh');
    expect(taken.map((a) => [a.validFrom, a.validTo])).toEqual([
      ['2021-09-10', '2021-12-31'],
      ['2022-01-01', null],
    ]);
    expect(taken[0]?.unitId).not.toBe(taken[1]?.unitId);
  });

  it('holds the three units the seed names, with the code CB-BDVTU for the Ban Dân vận', () => {
    const names = facts.units.map((u) => u.name);
    for (const name of SEED_UNIT_NAMES) expect(names).toContain(name);
    expect(facts.units.find((u) => u.name === 'Chi bộ Ban Dân vận Tỉnh ủy')?.code).toBe('CB-BDVTU');
    expect(facts.units.find((u) => u.code === 'DB-AGRIBANK')?.kind).toBe('dang_bo_co_so');
  });

  it('has every approved activity in a commune its units were assigned to on its date', () => {
    for (const a of facts.activities) {
      for (const u of a.unitIds) expect(isAssignedOn(facts.assignments, u, a.communeId, a.startDate)).toBe(true);
    }
  });

  it('has most units below the norm: 5 of 77 on norm, at most a third active in any month', () => {
    const onNorm = onNormUnits(facts.activities, facts.assignments, P);
    expect(onNorm).toHaveLength(5);
    expect(onNorm.length).toBeLessThan(77 / 2);
    expect(onNorm).toContain(facts.units.find((u) => u.code === 'CB-BDVTU')?.id);
    const months = monthlyCompliance(facts.activities, facts.assignments, P);
    expect(months.map((m) => m.month)).toEqual([
      '2021-09',
      '2021-10',
      '2021-11',
      '2021-12',
      '2022-01',
      '2022-02',
      '2022-03',
    ]);
    expect(months.every((m) => m.assignedUnits === 77)).toBe(true);
    expect(months.map((m) => m.activeUnits)).toEqual([11, 20, 12, 15, 25, 14, 17]);
  });

  it('reaches remote communes less often than the rest', () => {
    const perCommune = new Map<number, number>();
    for (const a of facts.activities) {
      if (a.status === 'approved') perCommune.set(a.communeId, (perCommune.get(a.communeId) ?? 0) + a.unitIds.length);
    }
    const average = (remote: boolean) => {
      const cs = facts.communes.filter((c) => c.remote === remote);
      return cs.reduce((n, c) => n + (perCommune.get(c.id) ?? 0), 0) / cs.length;
    };
    expect(facts.communes.filter((c) => c.remote)).toHaveLength(33);
    expect(average(true)).toBeCloseTo(19 / 33, 6);
    expect(average(false)).toBeCloseTo(96 / 67, 6);
    expect(average(true)).toBeLessThan(average(false));
  });

  it('takes most of the money from staff contributions, and gives the goods the seed lists', () => {
    const funding = fundingBreakdown(facts.activities, facts.contributions, P);
    expect(funding.total).toEqual({ cash: 372_400_000, inKindValue: 1_184_494_000, labourDays: 1467 });
    const staff = funding.bySource.find((s) => s.source === 'can_bo_dong_gop');
    const share = ((staff?.cash ?? 0) + (staff?.inKindValue ?? 0)) / (funding.total.cash + funding.total.inKindValue);
    expect(share).toBeGreaterThan(0.5);
    expect(share).toBeCloseTo(0.7547, 3);
    const items = funding.items.map((i) => `${i.item} (${i.measureUnit})`);
    for (const item of ['Xi măng (tấn)', 'Gạo (kg)', 'Chăn ấm (chiếc)', 'Xe đạp (chiếc)', 'Khẩu trang (hộp)']) {
      expect(items).toContain(item);
    }
    expect(items).toEqual(expect.arrayContaining(['Nước rửa tay (chai)', 'Cây giống (cây)', 'Cloramin B (kg)']));
  });

  it('is deterministic, and the figures from the generated data match those read back', () => {
    const a = generateDemoData();
    const b = generateDemoData();
    expect(a).toEqual(b);
    expect(demoFigures(a)).toMatchObject({ visits: 115, onNormUnits: 5, reachedCommunes: 60 });
    expect(a.activities.map((x) => x.title)).toEqual(
      handle.db
        .select({ title: t.activities.title })
        .from(t.activities)
        .orderBy(t.activities.id)
        .all()
        .map((x) => x.title),
    );
  });

  it('refuses to load over existing data, changing nothing', () => {
    expect(() => loadDemoData(handle)).toThrow(/đã có dữ liệu/);
    expect(handle.db.select().from(t.units).all()).toHaveLength(77);
    expect(readFacts(handle).activities).toHaveLength(facts.activities.length);
  });

  it('stores all text in NFC', () => {
    const tables = handle.sqlite
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all();
    let strings = 0;
    for (const { name } of tables) {
      for (const row of handle.sqlite.prepare<[], Record<string, unknown>>(`SELECT * FROM "${name}"`).all()) {
        for (const value of Object.values(row)) {
          if (typeof value !== 'string') continue;
          strings++;
          if (value !== value.normalize('NFC')) throw new Error(`${name}: not NFC: ${value}`);
        }
      }
    }
    expect(strings).toBeGreaterThan(1000);
  });
});
