/**
 * Record-level authorisation (OWASP API1): a unit officer, and a write token of a unit, read and
 * change only their own unit's activities, contributions, plans, difficulties and figures. Another
 * unit's record is a 404 (its existence is not revealed) or a 403, and never data.
 */
import { SEED_PERIOD } from '@danvan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asRole, createToken } from './helpers/auth.js';
import { createTestApp, type TestApp } from './helpers/test-app.js';

describe('own unit only', () => {
  let t: TestApp;
  let own: number;
  let other: number;
  let ownCommune: number;
  let otherCommune: number;
  const principals: [string, Record<string, string>][] = [];
  const records = {} as Record<
    | 'ownActivity'
    | 'otherActivity'
    | 'ownContribution'
    | 'otherContribution'
    | 'ownPlan'
    | 'otherPlan'
    | 'ownDifficulty'
    | 'otherDifficulty',
    number
  >;

  const inject = (headers: Record<string, string>, method: string, url: string, payload?: object) =>
    t.app.inject({
      method: method as 'GET',
      url,
      headers: { ...headers, 'if-match': '*' },
      ...(payload ? { payload } : {}),
    });

  beforeAll(async () => {
    t = await createTestApp();
    const q = (sql: string, ...p: unknown[]) => t.handle.sqlite.prepare(sql).get(...p) as Record<string, number>;
    own = q("SELECT id FROM units WHERE code = 'CB-BDVTU'").id!;
    other = q("SELECT id FROM units WHERE code <> 'CB-BDVTU' ORDER BY id LIMIT 1").id!;
    ownCommune = q('SELECT commune_id AS c FROM assignments WHERE unit_id = ? LIMIT 1', own).c!;
    otherCommune = q('SELECT commune_id AS c FROM assignments WHERE unit_id = ? LIMIT 1', other).c!;
    principals.push(['unit officer', await asRole(t, 'unit_officer')]);
    principals.push(['write token', (await createToken(t, 'write', own)).headers]);

    const activity = (unitId: number, communeId: number) => ({
      title: 'Vệ sinh môi trường đường làng',
      communeId,
      unitIds: [unitId],
      startDate: '2022-03-15',
      endDate: '2022-03-15',
      categories: ['ve_sinh_moi_truong'],
      contributions: [{ unitId, kind: 'tien_mat', source: 'can_bo_dong_gop', valueVnd: 2_000_000 }],
    });
    // The admin (the default session) creates one record of each kind for both units.
    const post = async (url: string, body: object) =>
      (await t.app.inject({ method: 'POST', url, payload: body })).json();
    const a1 = await post('/api/v1/activities', activity(own, ownCommune));
    const a2 = await post('/api/v1/activities', activity(other, otherCommune));
    records.ownActivity = a1.id;
    records.otherActivity = a2.id;
    records.ownContribution = a1.contributions[0].id;
    records.otherContribution = a2.contributions[0].id;
    const plan = (unitId: number, communeId: number) => ({ unitId, communeId, month: '2022-04', content: 'Trồng cây' });
    records.ownPlan = (await post('/api/v1/plans', plan(own, ownCommune))).id;
    records.otherPlan = (await post('/api/v1/plans', plan(other, otherCommune))).id;
    const difficulty = (unitId: number) => ({
      unitId,
      kind: 'kinh_phi',
      text: 'Kinh phí hạn hẹp',
      periodFrom: '2022-01-01',
      periodTo: '2022-03-31',
    });
    records.ownDifficulty = (await post('/api/v1/difficulties', difficulty(own))).id;
    records.otherDifficulty = (await post('/api/v1/difficulties', difficulty(other))).id;
  });
  afterAll(() => t.close());

  it("reads: own records yes; another unit's records are 404, filters on another unit 403", async () => {
    for (const [name, h] of principals) {
      for (const [path, ownId, otherId] of [
        ['activities', records.ownActivity, records.otherActivity],
        ['contributions', records.ownContribution, records.otherContribution],
        ['plans', records.ownPlan, records.otherPlan],
        ['difficulties', records.ownDifficulty, records.otherDifficulty],
      ] as const) {
        expect((await inject(h, 'GET', `/api/v1/${path}/${ownId}`)).statusCode, `${name} ${path} own`).toBe(200);
        const res = await inject(h, 'GET', `/api/v1/${path}/${otherId}`);
        expect(res.statusCode, `${name} ${path} other`).toBe(404);
        expect(res.body).not.toContain('Vệ sinh môi trường');
      }
      for (const path of ['activities', 'plans', 'difficulties']) {
        expect((await inject(h, 'GET', `/api/v1/${path}?unitId=${other}`)).statusCode, `${name} ${path}`).toBe(403);
      }
      const list = (await inject(h, 'GET', '/api/v1/activities?limit=500&deleted=include')).json();
      expect(list.items.length).toBeGreaterThan(0);
      expect(list.items.every((a: { unitIds: number[] }) => a.unitIds.includes(own))).toBe(true);
      const money = (await inject(h, 'GET', '/api/v1/contributions?limit=500')).json();
      expect(money.items.map((c: { id: number }) => c.id)).toContain(records.ownContribution);
      expect(money.items.map((c: { id: number }) => c.id)).not.toContain(records.otherContribution);
      const csv = (await inject(h, 'GET', '/api/v1/plans?format=csv')).body;
      expect(csv.trim().split('\r\n').length - 1).toBe(
        (t.handle.sqlite.prepare('SELECT count(*) AS n FROM plans WHERE unit_id = ?').get(own) as { n: number }).n,
      );
    }
  });

  it('figures: own unit only, another unit refused', async () => {
    const period = `from=${SEED_PERIOD.from}&to=${SEED_PERIOD.to}`;
    const mine = (await t.app.inject({ url: `/api/v1/stats/coverage?${period}&unitId=${own}` })).json();
    for (const [name, h] of principals) {
      const scoped = (await inject(h, 'GET', `/api/v1/stats/coverage?${period}`)).json();
      expect(scoped.visits, name).toBe(mine.visits);
      expect(scoped.units.assigned, name).toBe(1);
      const matrix = (await inject(h, 'GET', `/api/v1/stats/compliance?${period}`)).json();
      expect(
        matrix.units.map((u: { unitId: number }) => u.unitId),
        name,
      ).toEqual([own]);
      const communes = (await inject(h, 'GET', `/api/v1/stats/communes?${period}`)).json();
      const mineCommunes = (await t.app.inject({ url: `/api/v1/stats/communes?${period}&unitId=${own}` })).json();
      expect(communes, name).toEqual(mineCommunes);
      expect(communes.total, name).toBeLessThan(100);
      const money = (await inject(h, 'GET', `/api/v1/stats/funding?${period}`)).json();
      expect(
        money.byUnit.every((u: { unitId: number }) => u.unitId === own),
        name,
      ).toBe(true);
      for (const kind of ['coverage', 'compliance', 'communes', 'funding']) {
        expect((await inject(h, 'GET', `/api/v1/stats/${kind}?${period}&unitId=${other}`)).statusCode).toBe(403);
      }
    }
  });

  it("writes: never to another unit's records, nor new records for another unit", async () => {
    for (const [name, h] of principals) {
      const refused = [
        await inject(h, 'PATCH', `/api/v1/activities/${records.otherActivity}`, { beneficiaries: 1 }),
        await inject(h, 'DELETE', `/api/v1/activities/${records.otherActivity}`),
        await inject(h, 'POST', `/api/v1/activities/${records.otherActivity}/submit`),
        await inject(h, 'POST', `/api/v1/activities/${records.otherActivity}/restore`),
        await inject(h, 'PATCH', `/api/v1/contributions/${records.otherContribution}`, { valueVnd: 1 }),
        await inject(h, 'DELETE', `/api/v1/contributions/${records.otherContribution}`),
        await inject(h, 'PATCH', `/api/v1/plans/${records.otherPlan}`, { content: 'x' }),
        await inject(h, 'DELETE', `/api/v1/plans/${records.otherPlan}`),
        await inject(h, 'PATCH', `/api/v1/difficulties/${records.otherDifficulty}`, { text: 'x' }),
        await inject(h, 'DELETE', `/api/v1/difficulties/${records.otherDifficulty}`),
      ];
      for (const [i, r] of refused.entries()) expect([403, 404], `${name} #${i}: ${r.body}`).toContain(r.statusCode);
      const created = [
        await inject(h, 'POST', '/api/v1/activities', {
          title: 'Thử ghi cho đơn vị khác',
          communeId: otherCommune,
          unitIds: [other],
          startDate: '2022-03-20',
          endDate: '2022-03-20',
          categories: ['khac'],
        }),
        await inject(h, 'POST', '/api/v1/contributions', {
          activityId: records.otherActivity,
          unitId: own,
          kind: 'tien_mat',
          source: 'can_bo_dong_gop',
          valueVnd: 1_000_000,
        }),
        await inject(h, 'POST', '/api/v1/plans', {
          unitId: other,
          communeId: otherCommune,
          month: '2022-05',
          content: 'x',
        }),
        await inject(h, 'POST', '/api/v1/difficulties', {
          unitId: other,
          kind: 'khac',
          text: 'x',
          periodFrom: '2022-01-01',
          periodTo: '2022-01-31',
        }),
        // Moving one's own activity to another unit is refused too.
        await inject(h, 'PATCH', `/api/v1/activities/${records.ownActivity}`, { unitIds: [other] }),
        await inject(h, 'PATCH', `/api/v1/plans/${records.ownPlan}`, { unitId: other }),
      ];
      for (const [i, r] of created.entries()) {
        expect([403, 404], `${name} create #${i}: ${r.body}`).toContain(r.statusCode);
      }
    }
    // Nothing of the other unit changed.
    const a = (await t.app.inject({ url: `/api/v1/activities/${records.otherActivity}` })).json();
    expect(a).toMatchObject({ version: 1, status: 'draft', deletedAt: null });
    const p = (await t.app.inject({ url: `/api/v1/plans/${records.otherPlan}` })).json();
    expect(p).toMatchObject({ version: 1, content: 'Trồng cây' });
  });

  it('writes: own records work', async () => {
    const [, h] = principals[0]!;
    expect(
      (await inject(h, 'PATCH', `/api/v1/activities/${records.ownActivity}`, { beneficiaries: 12 })).statusCode,
    ).toBe(200);
    expect(
      (await inject(h, 'PATCH', `/api/v1/plans/${records.ownPlan}`, { content: 'Trồng 200 cây xanh' })).statusCode,
    ).toBe(200);
    expect(
      (
        await inject(h, 'POST', '/api/v1/contributions', {
          activityId: records.ownActivity,
          unitId: own,
          kind: 'ngay_cong',
          source: 'can_bo_dong_gop',
          quantity: 10,
          valueVnd: 0,
        })
      ).statusCode,
    ).toBe(201);
    expect((await inject(h, 'POST', `/api/v1/activities/${records.ownActivity}/submit`)).statusCode).toBe(200);
  });
});
