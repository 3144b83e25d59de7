/**
 * The roll-ups stay exactly equal to the domain measures over the raw rows, whatever is written:
 * random batches of writes through the API as the admin (activities created, edited, deleted,
 * restored, submitted, approved and returned, with joint units, categories, participants, NTM
 * criteria; contributions added, edited, deleted; assignments ended and new ones made; unit groups,
 * commune districts and remote flags, the directive's norm) and a few straight SQL writes that no
 * repository sees. After each batch every /stats/* endpoint is compared, whole, for periods with
 * partial months and under each kind of filter.
 */
import { PLAN_ACTUAL_MAX_LIMIT, type PlanActualCount, planAgainstActual, UnitGroup } from '@danvan/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRollupStore } from '../src/services/stats/rollup-store.js';
import { StatsFigures } from '../src/services/stats/stats-figures.js';
import { expectedCommunes, expectedCompliance, expectedCoverage, expectedFunding } from './helpers/expected-stats.js';
import { type Facts, readFacts } from './helpers/raw-facts.js';
import { createTestApp, type TestApp } from './helpers/test-app.js';

const RUNS = 40;
const SEED = 20_211_010;

const PERIODS = [
  { from: '2021-09-10', to: '2022-03-18' },
  { from: '2021-10-01', to: '2021-10-31' },
  { from: '2021-12-15', to: '2022-02-09' },
  { from: '2022-03-03', to: '2022-03-03' },
  { from: '2021-01-01', to: '2022-12-31' },
];

const DATES = fc
  .integer({ min: 0, max: 230 })
  .map((d) => new Date(Date.UTC(2021, 7, 25 + d)).toISOString().slice(0, 10)); // 25/8/2021 … 12/4/2022
const ITEMS = [
  ['Xi măng', 'tấn'],
  ['xi mang', 'Tấn'],
  ['Gạo', 'kg'],
  ['Chăn ấm', 'chiếc'],
  ['Xe đạp', 'chiếc'],
] as const;
const QUARTERS = fc.integer({ min: 1, max: 400 }).map((q) => q / 4); // exact in binary: sums do not depend on order

const contribution = fc.record({
  unit: fc.nat(),
  kind: fc.constantFrom('tien_mat', 'hien_vat', 'ngay_cong'),
  source: fc.constantFrom('can_bo_dong_gop', 'kinh_phi_don_vi', 'xa_hoi_hoa', 'ngan_sach', 'nhan_dan'),
  item: fc.nat({ max: ITEMS.length - 1 }),
  quantity: QUARTERS,
  value: fc.integer({ min: 1, max: 80_000_000 }),
});
const activityFields = fc.record({
  commune: fc.nat(),
  units: fc.uniqueArray(fc.nat({ max: 400 }), { minLength: 1, maxLength: 3 }),
  date: DATES,
  categories: fc.uniqueArray(
    fc.constantFrom('duong_be_tong', 'tang_qua', 've_sinh_moi_truong', 'tuyen_truyen', 'khac'),
    { minLength: 1, maxLength: 3 },
  ),
  participants: fc.uniqueArray(
    fc.record({
      group: fc.constantFrom('dang_vien', 'nhan_dan', 'doan_vien_hoi_vien'),
      count: fc.integer({ min: 1, max: 300 }),
    }),
    { maxLength: 3, selector: (p) => p.group },
  ),
  ntm: fc.uniqueArray(
    fc.record({ set: fc.constantFrom('qd1980_2016', 'qd318_2022'), number: fc.integer({ min: 1, max: 19 }) }),
    { maxLength: 3, selector: (n) => `${n.set}${n.number}` },
  ),
});

const operation = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constant('create' as const),
      a: activityFields,
      money: fc.array(contribution, { maxLength: 3 }),
      approve: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('edit' as const),
      pick: fc.nat(),
      a: activityFields,
      fields: fc.subarray(['commune', 'units', 'date', 'categories', 'participants', 'ntm'] as const, { minLength: 1 }),
      approve: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('restore' as const), pick: fc.nat(), approve: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('return' as const), pick: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('addMoney' as const), pick: fc.nat(), c: contribution }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('editMoney' as const), pick: fc.nat(), c: contribution }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('deleteMoney' as const), pick: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('reassign' as const),
      pick: fc.nat(),
      end: DATES,
      unit: fc.nat(),
      commune: fc.nat(),
      from: DATES,
      open: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('unitGroup' as const),
      unit: fc.nat(),
      group: fc.constantFrom(...UnitGroup.codes),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('commune' as const),
      commune: fc.nat(),
      district: fc.nat(),
      remote: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('norm' as const), value: fc.constantFrom(1, 2) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('sqlMove' as const), pick: fc.nat(), date: DATES }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('sqlDelete' as const), pick: fc.nat() }) },
);
const later = (a: string, b: string) => (a < b ? b : a);

type Spec<A> = A extends fc.Arbitrary<infer T> ? T : never;
type Operation = Spec<typeof operation>;
type ContributionSpec = Spec<typeof contribution>;
type ActivitySpec = Spec<typeof activityFields>;

const check = fc.record({
  periods: fc.subarray(PERIODS, { minLength: 2, maxLength: 3 }),
  filters: fc.subarray(['none', 'unitId', 'unitGroup', 'district', 'remote', 'communeId', 'groupAndRemote'] as const, {
    minLength: 2,
    maxLength: 4,
  }),
  pick: fc.nat(),
});
type Check = Spec<typeof check>;

describe('roll-ups against the measures after random writes', () => {
  let t: TestApp;
  const tally = { runs: 0, operations: 0, applied: 0, comparisons: 0 };
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const db = () => t.handle.sqlite;
  const ids = (sql: string, ...params: unknown[]) =>
    (
      db()
        .prepare(sql)
        .all(...params) as { id: number }[]
    ).map((r) => r.id);
  const at = <T>(list: readonly T[], i: number): T | undefined =>
    list.length === 0 ? undefined : list[i % list.length];

  async function call(method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) {
    const res = await t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { 'if-match': '*' },
      ...(payload ? { payload } : {}),
    });
    return res.statusCode < 300 ? res : null;
  }
  const statusOf = (id: number) =>
    (db().prepare('SELECT status, deleted_at AS deletedAt FROM activities WHERE id = ?').get(id) ?? null) as {
      status: string;
      deletedAt: string | null;
    } | null;
  /** Makes an activity editable: an approved one is returned first. */
  async function editable(id: number) {
    if (statusOf(id)?.status === 'approved') await call('POST', `/activities/${id}/return`, { comment: 'Sửa lại' });
  }
  async function approve(id: number) {
    if (statusOf(id)?.status !== 'submitted') await call('POST', `/activities/${id}/submit`);
    await call('POST', `/activities/${id}/approve`);
  }

  function money(c: ContributionSpec, units: number[]) {
    const unitId = at(units, c.unit)!;
    if (c.kind === 'tien_mat') return { unitId, kind: c.kind, source: c.source, valueVnd: c.value };
    if (c.kind === 'ngay_cong') return { unitId, kind: c.kind, source: c.source, valueVnd: 0, quantity: c.quantity };
    const [item, measureUnit] = ITEMS[c.item]!;
    return {
      unitId,
      kind: c.kind,
      source: c.source,
      item,
      measureUnit,
      quantity: c.quantity,
      valueVnd: c.value,
      valuationMethod: 'gia_thi_truong',
    };
  }

  function activityBody(a: ActivitySpec, units: number[], communes: number[]) {
    return {
      title: `Hoạt động thử ${a.date}`,
      communeId: at(communes, a.commune)!,
      unitIds: [...new Set(a.units.map((u) => at(units, u)!))],
      startDate: a.date,
      endDate: a.date,
      categories: a.categories,
      participants: a.participants,
      ntmCriteria: a.ntm,
    };
  }

  async function apply(o: Operation): Promise<boolean> {
    const units = ids('SELECT id FROM units ORDER BY id');
    const communes = ids('SELECT id FROM communes ORDER BY id');
    const live = ids('SELECT id FROM activities WHERE deleted_at IS NULL ORDER BY id');
    const approved = ids("SELECT id FROM activities WHERE deleted_at IS NULL AND status = 'approved' ORDER BY id");
    switch (o.op) {
      case 'create': {
        const body = activityBody(o.a, units, communes);
        const res = await call('POST', '/activities', {
          ...body,
          contributions: o.money.map((c) => money(c, body.unitIds)),
        });
        if (res && o.approve) await approve(res.json().id);
        return res !== null;
      }
      case 'edit': {
        const id = at(live, o.pick);
        if (id === undefined) return false;
        await editable(id);
        const body = activityBody(o.a, units, communes) as Record<string, unknown>;
        const keys = {
          commune: 'communeId',
          units: 'unitIds',
          date: 'startDate',
          categories: 'categories',
          participants: 'participants',
          ntm: 'ntmCriteria',
        };
        const patch: Record<string, unknown> = {};
        for (const f of o.fields) patch[keys[f]] = body[keys[f]];
        if (patch.startDate) patch.endDate = patch.startDate;
        const res = await call('PATCH', `/activities/${id}`, patch);
        if (o.approve) await approve(id);
        return res !== null;
      }
      case 'delete': {
        const id = at(live, o.pick);
        if (id === undefined) return false;
        await editable(id);
        return (await call('DELETE', `/activities/${id}`)) !== null;
      }
      case 'restore': {
        const id = at(ids('SELECT id FROM activities WHERE deleted_at IS NOT NULL ORDER BY id'), o.pick);
        if (id === undefined) return false;
        const res = await call('POST', `/activities/${id}/restore`);
        if (res && o.approve) await approve(id);
        return res !== null;
      }
      case 'return': {
        const id = at(approved, o.pick);
        return id !== undefined && (await call('POST', `/activities/${id}/return`, { comment: 'Thiếu ảnh' })) !== null;
      }
      case 'addMoney': {
        const id = at(live, o.pick);
        if (id === undefined) return false;
        const wasApproved = statusOf(id)?.status === 'approved';
        await editable(id);
        const organisers = ids('SELECT unit_id AS id FROM activity_units WHERE activity_id = ?', id);
        const res = await call('POST', '/contributions', {
          activityId: id,
          ...money(o.c, [...organisers, ...units.slice(0, 2)]),
        });
        if (wasApproved) await approve(id);
        return res !== null;
      }
      case 'editMoney':
      case 'deleteMoney': {
        const contribution = at(
          ids(
            'SELECT k.id FROM contributions k JOIN activities a ON a.id = k.activity_id WHERE a.deleted_at IS NULL ORDER BY k.id',
          ),
          o.pick,
        );
        if (contribution === undefined) return false;
        const activity = (
          db().prepare('SELECT activity_id AS id FROM contributions WHERE id = ?').get(contribution) as { id: number }
        ).id;
        const wasApproved = statusOf(activity)?.status === 'approved';
        await editable(activity);
        const res =
          o.op === 'deleteMoney'
            ? await call('DELETE', `/contributions/${contribution}`)
            : await call(
                'PATCH',
                `/contributions/${contribution}`,
                (({ unitId: _, ...rest }) => rest)(money(o.c, units)),
              );
        if (wasApproved) await approve(activity);
        return res !== null;
      }
      case 'reassign': {
        const open = ids('SELECT id FROM assignments WHERE valid_to IS NULL ORDER BY id');
        const id = at(open, o.pick);
        if (id !== undefined) {
          const from = (db().prepare('SELECT valid_from AS f FROM assignments WHERE id = ?').get(id) as { f: string })
            .f;
          await call('PATCH', `/assignments/${id}`, { validTo: later(o.end, from) });
        }
        const directive = ids('SELECT id FROM directives ORDER BY id')[0]!;
        const res = await call('POST', '/assignments', {
          unitId: at(units, o.unit),
          communeId: at(communes, o.commune),
          directiveId: directive,
          role: 'phu_trach_chinh',
          validFrom: o.from,
          validTo: o.open ? null : later(o.end, o.from),
        });
        return res !== null;
      }
      case 'unitGroup':
        return (await call('PATCH', `/units/${at(units, o.unit)}`, { group: o.group })) !== null;
      case 'commune': {
        const districts = (
          db().prepare('SELECT DISTINCT district FROM communes ORDER BY district').all() as { district: string }[]
        ).map((d) => d.district);
        return (
          (await call('PATCH', `/communes/${at(communes, o.commune)}`, {
            district: at(districts, o.district),
            remote: o.remote,
          })) !== null
        );
      }
      case 'norm': {
        const directive = ids("SELECT id FROM directives WHERE norms LIKE '%min_activities%' ORDER BY id")[0];
        if (directive === undefined) return false;
        return (
          (await call('PATCH', `/directives/${directive}`, {
            norms: [{ kind: 'min_activities_per_unit_month', value: o.value }],
          })) !== null
        );
      }
      case 'sqlMove': {
        const id = at(approved, o.pick);
        if (id === undefined) return false;
        db().prepare('UPDATE activities SET start_date = ?, end_date = ? WHERE id = ?').run(o.date, o.date, id);
        return true;
      }
      case 'sqlDelete': {
        const id = at(approved, o.pick);
        if (id === undefined) return false;
        db().prepare('DELETE FROM activities WHERE id = ?').run(id);
        return true;
      }
    }
  }

  async function get(path: string, query: object) {
    const search = new URLSearchParams(
      Object.entries(query)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]): [string, string] => [k, String(v)]),
    );
    const res = await t.app.inject({ url: `/api/v1/stats/${path}?${search}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }

  function filterOf(name: Check['filters'][number], facts: Facts, pick: number) {
    const districts = [...new Set(facts.communes.map((c) => c.district))].sort();
    switch (name) {
      case 'none':
        return {};
      case 'unitId':
        return { unitId: at(facts.units, pick)!.id };
      case 'unitGroup':
        return { unitGroup: at(UnitGroup.codes, pick)! };
      case 'district':
        return { district: at(districts, pick)! };
      case 'remote':
        return { remote: pick % 2 === 0 ? ('true' as const) : ('false' as const) };
      case 'communeId':
        return { communeId: at(facts.communes, pick)!.id };
      case 'groupAndRemote':
        return { unitGroup: at(UnitGroup.codes, pick)!, remote: 'true' as const };
    }
  }

  /**
   * Plan against actual from the raw rows, as the service counted them before it read the roll-ups: every
   * plan, and every not deleted approved or submitted activity per organising unit, commune and month.
   */
  function expectedPlanActual(q: { fromMonth: string; toMonth: string; unitId?: number; page: number; limit: number }) {
    const rows = <T>(query: string, ...params: unknown[]) => t.handle.sqlite.prepare(query).all(...params) as T[];
    const unit = q.unitId ?? null;
    const counts = [
      ...rows<PlanActualCount>(
        `SELECT unit_id AS unitId, commune_id AS communeId, month, count(*) AS planned FROM plans
         WHERE month BETWEEN ? AND ? AND (? IS NULL OR unit_id = ?) GROUP BY unit_id, commune_id, month`,
        q.fromMonth,
        q.toMonth,
        unit,
        unit,
      ),
      ...rows<PlanActualCount>(
        `SELECT au.unit_id AS unitId, a.commune_id AS communeId, substr(a.start_date, 1, 7) AS month,
                sum(a.status = 'approved') AS actual, sum(a.status = 'submitted') AS submitted
         FROM activities a JOIN activity_units au ON au.activity_id = a.id
         WHERE a.status IN ('approved', 'submitted') AND a.deleted_at IS NULL AND a.start_date BETWEEN ? AND ?
           AND (? IS NULL OR au.unit_id = ?)
         GROUP BY au.unit_id, a.commune_id, month`,
        `${q.fromMonth}-01`,
        `${q.toMonth}-31`,
        unit,
        unit,
      ),
    ];
    const units = new Map(rows<{ id: number; name: string }>('SELECT id, name FROM units').map((u) => [u.id, u]));
    const communes = new Map(
      rows<{ id: number; name: string; district: string }>('SELECT id, name, district FROM communes').map((c) => [
        c.id,
        c,
      ]),
    );
    return planAgainstActual(q, counts, {
      unitName: (id) => units.get(id)?.name ?? '',
      commune: (id) => ({ name: communes.get(id)?.name ?? '', district: communes.get(id)?.district ?? '' }),
    });
  }

  async function compareAll(c: Check) {
    const facts = readFacts(t.handle);
    for (const p of c.periods) {
      for (const name of c.filters) {
        const q = { ...p, ...filterOf(name, facts, c.pick) };
        const label = JSON.stringify(q);
        const page = { page: 1, limit: 1000, sort: 'name' };
        expect(await get('coverage', q), label).toEqual(expectedCoverage(facts, q));
        expect(await get('compliance', { ...q, ...page }), label).toEqual(expectedCompliance(facts, { ...q, ...page }));
        expect(await get('communes', { ...q, ...page }), label).toEqual(expectedCommunes(facts, { ...q, ...page }));
        expect(await get('funding', { ...q, limit: 10_000 }), label).toEqual(
          expectedFunding(facts, { ...q, limit: 10_000 }),
        );
        tally.comparisons += 4;
      }
      // Plan against actual takes months and, of the filters, only a unit.
      const months = { fromMonth: p.from.slice(0, 7), toMonth: p.to.slice(0, 7) };
      for (const unitId of [undefined, at(facts.units, c.pick)!.id]) {
        const whole = { page: 1, limit: PLAN_ACTUAL_MAX_LIMIT };
        const q = unitId === undefined ? { ...months, ...whole } : { ...months, ...whole, unitId };
        expect(await get('plan-actual', q), JSON.stringify(q)).toEqual(expectedPlanActual(q));
        // And a later page of few places, which must be the same places as in the whole answer.
        const paged = { ...q, page: 2, limit: 3 };
        expect(await get('plan-actual', paged), JSON.stringify(paged)).toEqual(expectedPlanActual(paged));
        tally.comparisons += 2;
      }
    }
  }

  it(`agree after ${RUNS} random batches of writes`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 6 }), check, async (ops, c) => {
        tally.runs++;
        for (const o of ops) {
          tally.operations++;
          if (await apply(o)) tally.applied++;
        }
        await compareAll(c);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    console.info(
      `roll-up property: ${tally.runs} batches, ${tally.operations} writes (${tally.applied} went through), ` +
        `${tally.comparisons} responses compared whole`,
    );
    expect(tally.applied).toBeGreaterThan(RUNS);
  });

  it('a fresh build from the database answers exactly as the store kept current by the writes', async () => {
    const fresh = new StatsFigures(buildRollupStore(t.handle).store);
    for (const p of PERIODS) {
      for (const filter of [{}, { unitGroup: 'so_nganh' as const }, { remote: 'true' as const }]) {
        const q = { ...p, ...filter };
        const page = { page: 1, limit: 1000, sort: 'name' as const };
        expect(fresh.answer('coverage', q, null).body.toString()).toBe(
          t.app.stats.answer('coverage', q, null).body.toString(),
        );
        expect(fresh.answer('compliance', { ...q, ...page }, null).body.toString()).toBe(
          t.app.stats.answer('compliance', { ...q, ...page }, null).body.toString(),
        );
        expect(fresh.answer('communes', { ...q, ...page }, null).body.toString()).toBe(
          t.app.stats.answer('communes', { ...q, ...page }, null).body.toString(),
        );
        expect(fresh.answer('funding', { ...q, limit: 10_000 }, null).body.toString()).toBe(
          t.app.stats.answer('funding', { ...q, limit: 10_000 }, null).body.toString(),
        );
      }
    }
  });
});
