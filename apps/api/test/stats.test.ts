import { PROBLEM_CONTENT_TYPE } from '@danvan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client.js';
import { insertActivity, insertAssignment, insertCommune, insertDirective, insertUnit } from './helpers/fixture.js';
import { createTestApp, type TestApp } from './helpers/test-app.js';

/**
 * Two units and three communes over Jan–Mar 2022:
 * - unit A covers commune X all along; unit B covers Y only from 2022-02-15 and Z until 2022-01-31.
 * - approved: A at X in Jan, Feb, Mar (on norm); B at Z in Jan; A+B jointly at Y on 2022-02-20 (2 lượt).
 * - not counted: a draft of B in March, a deleted approved one of A in March, an approved one before the period.
 */
describe('figures on a hand-built fixture', () => {
  let t: TestApp;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await createTestApp({
      demo: false,
      seed: (h) => {
        const d = insertDirective(h);
        ids.A = insertUnit(h, 'A', 'Chi bộ Sở Tư pháp');
        ids.B = insertUnit(h, 'B', 'Đảng bộ Điện lực tỉnh', 'doanh_nghiep');
        ids.X = insertCommune(h, '00001', 'Xã Tân Lập', 'Huyện Bắc Sơn');
        ids.Y = insertCommune(h, '00002', 'Xã Nà Phặc', 'Huyện Ngân Sơn', true);
        ids.Z = insertCommune(h, '00003', 'Xã Hữu Lũng', 'Huyện Bắc Sơn');
        insertAssignment(h, { unitId: ids.A!, communeId: ids.X!, directiveId: d, validFrom: '2021-09-10' });
        insertAssignment(h, { unitId: ids.A!, communeId: ids.Y!, directiveId: d, validFrom: '2022-02-15' });
        insertAssignment(h, { unitId: ids.B!, communeId: ids.Y!, directiveId: d, validFrom: '2022-02-15' });
        insertAssignment(h, {
          unitId: ids.B!,
          communeId: ids.Z!,
          directiveId: d,
          validFrom: '2021-09-10',
          validTo: '2022-01-31',
        });
        insertActivity(h, { communeId: ids.X!, unitIds: [ids.A!], startDate: '2021-12-20' });
        insertActivity(h, {
          communeId: ids.X!,
          unitIds: [ids.A!],
          startDate: '2022-01-05',
          contributions: [
            { unitId: ids.A!, kind: 'tien_mat', source: 'can_bo_dong_gop', valueVnd: 5_000_000 },
            {
              unitId: ids.A!,
              kind: 'hien_vat',
              source: 'kinh_phi_don_vi',
              valueVnd: 3_000_000,
              item: 'Xi măng',
              quantity: 2,
              measureUnit: 'tấn',
            },
          ],
        });
        insertActivity(h, { communeId: ids.Z!, unitIds: [ids.B!], startDate: '2022-01-12', category: 'tang_qua' });
        insertActivity(h, { communeId: ids.X!, unitIds: [ids.A!], startDate: '2022-02-03' });
        insertActivity(h, {
          communeId: ids.Y!,
          unitIds: [ids.A!, ids.B!],
          startDate: '2022-02-20',
          contributions: [
            { unitId: ids.B!, kind: 'tien_mat', source: 'xa_hoi_hoa', valueVnd: 2_000_000 },
            { unitId: ids.B!, kind: 'ngay_cong', source: 'can_bo_dong_gop', valueVnd: 0, quantity: 12 },
          ],
        });
        insertActivity(h, { communeId: ids.X!, unitIds: [ids.A!], startDate: '2022-03-09' });
        insertActivity(h, { communeId: ids.Y!, unitIds: [ids.B!], startDate: '2022-03-10', status: 'draft' });
        insertActivity(h, { communeId: ids.X!, unitIds: [ids.A!], startDate: '2022-03-11', deleted: true });
      },
    });
  });
  afterAll(() => t.close());

  const period = 'from=2022-01-01&to=2022-03-31';

  it('coverage: lượt, units and communes with the dated denominator', async () => {
    const res = await t.app.inject({ url: `/api/v1/stats/coverage?${period}` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.visits).toBe(6); // A: Jan, Feb, Feb (joint), Mar; B: Jan, Feb (joint)
    expect(body.activities).toBe(5);
    expect(body.units).toEqual({ assigned: 2, active: 2, onNorm: 1 });
    expect(body.communes).toMatchObject({ assigned: 3, reached: 3, coverageRate: 1, neverReached: [] });
    expect(body.months).toEqual([
      { month: '2022-01', assignedUnits: 2, activeUnits: 2, complianceRate: 1 },
      { month: '2022-02', assignedUnits: 2, activeUnits: 2, complianceRate: 1 },
      // B's only assignment in March is Y, and B did nothing approved there in March.
      { month: '2022-03', assignedUnits: 2, activeUnits: 1, complianceRate: 0.5 },
    ]);
  });

  it('coverage: a commune not reached in the period is listed with its last activity', async () => {
    const res = await t.app.inject({ url: '/api/v1/stats/coverage?from=2022-03-01&to=2022-03-31' });
    const body = res.json();
    expect(body.communes.reached).toBe(1);
    expect(body.communes.assigned).toBe(2); // Z's assignment ended in January
    expect(body.communes.neverReached).toEqual([
      {
        communeId: ids.Y,
        code: '00002',
        name: 'Xã Nà Phặc',
        district: 'Huyện Ngân Sơn',
        remote: true,
        lastActivityDate: '2022-02-20',
        daysSinceLast: 39,
      },
    ]);
  });

  it('coverage: filters by unit group, district and remote flag', async () => {
    const byGroup = (await t.app.inject({ url: `/api/v1/stats/coverage?${period}&unitGroup=doanh_nghiep` })).json();
    expect(byGroup.visits).toBe(2);
    expect(byGroup.units).toEqual({ assigned: 1, active: 1, onNorm: 0 });
    const remote = (await t.app.inject({ url: `/api/v1/stats/coverage?${period}&remote=true` })).json();
    expect(remote.visits).toBe(2);
    expect(remote.communes.assigned).toBe(1);
    const district = (
      await t.app.inject({ url: `/api/v1/stats/coverage?${period}&district=${encodeURIComponent('Huyện Bắc Sơn')}` })
    ).json();
    expect(district.visits).toBe(4);
  });

  it('compliance: the units × months matrix', async () => {
    const body = (await t.app.inject({ url: `/api/v1/stats/compliance?${period}` })).json();
    expect(body.months).toEqual(['2022-01', '2022-02', '2022-03']);
    expect(body.norm).toBe(1);
    const a = body.units.find((u: { code: string }) => u.code === 'A');
    const b = body.units.find((u: { code: string }) => u.code === 'B');
    expect(a.cells.map((c: { visits: number }) => c.visits)).toEqual([1, 2, 1]);
    expect(a.onNorm).toBe(true);
    expect(b.cells.map((c: { onNorm: boolean }) => c.onNorm)).toEqual([true, true, false]);
    expect(b.onNorm).toBe(false);
  });

  it('funding: cash, in-kind value and labour days by source, and items', async () => {
    const body = (await t.app.inject({ url: `/api/v1/stats/funding?${period}` })).json();
    expect(body.total).toEqual({ cash: 7_000_000, inKindValue: 3_000_000, labourDays: 12 });
    expect(body.bySource).toEqual([
      { source: 'can_bo_dong_gop', cash: 5_000_000, inKindValue: 0, labourDays: 12 },
      { source: 'kinh_phi_don_vi', cash: 0, inKindValue: 3_000_000, labourDays: 0 },
      { source: 'xa_hoi_hoa', cash: 2_000_000, inKindValue: 0, labourDays: 0 },
    ]);
    expect(body.items).toEqual([
      { item: 'Xi măng', measureUnit: 'tấn', quantity: 2, valueVnd: 3_000_000, contributions: 1 },
    ]);
    expect(body.visits).toBe(6);
    expect(body.averagePerVisit).toEqual({ cash: 1_166_667, inKindValue: 500_000, labourDays: 2 });
    expect(body.byCommune.map((c: { name: string }) => c.name)).toEqual(['Xã Tân Lập', 'Xã Nà Phặc']);
  });

  it('coverage: remote communes against the rest, always both rows, remote first', async () => {
    const body = (await t.app.inject({ url: `/api/v1/stats/coverage?${period}` })).json();
    expect(body.byRemote).toEqual([
      { remote: true, communesAssigned: 1, communesReached: 1, visits: 2, visitsPerCommune: 2 },
      { remote: false, communesAssigned: 2, communesReached: 2, visits: 4, visitsPerCommune: 2 },
    ]);
    expect(body.participants).toEqual({ total: 0, byGroup: [] });
  });

  it('compliance: pages with the rate and a summary over every unit', async () => {
    const page1 = (await t.app.inject({ url: `/api/v1/stats/compliance?${period}&sort=-rate&limit=1` })).json();
    expect(page1).toMatchObject({ total: 2, page: 1, limit: 1, pages: 2, summary: { assigned: 2, onNorm: 1 } });
    expect(page1.units.map((u: { code: string; rate: number }) => [u.code, u.rate])).toEqual([['A', 1]]);
    const page2 = (await t.app.inject({ url: `/api/v1/stats/compliance?${period}&sort=-rate&limit=1&page=2` })).json();
    expect(page2.units.map((u: { code: string; rate: number }) => [u.code, u.rate])).toEqual([['B', 2 / 3]]);
    const byName = (await t.app.inject({ url: `/api/v1/stats/compliance?${period}` })).json();
    // Vietnamese order: "Chi bộ…" before "Đảng bộ…" (Đ sorts after D, not after Z).
    expect(byName.units.map((u: { code: string }) => u.code)).toEqual(['A', 'B']);
    const bad = await t.app.inject({ url: `/api/v1/stats/compliance?${period}&sort=rate2` });
    expect(bad.statusCode).toBe(400);
    expect((await t.app.inject({ url: `/api/v1/stats/compliance?${period}&limit=1001` })).statusCode).toBe(400);
  });

  it('communes: each commune assigned in the period, with its reach, sorted and filtered', async () => {
    const body = (
      await t.app.inject({ url: `/api/v1/stats/communes?from=2022-03-01&to=2022-03-31&sort=-daysSinceLast` })
    ).json();
    expect(body).toMatchObject({
      period: { from: '2022-03-01', to: '2022-03-31' },
      total: 2,
      page: 1,
      limit: 100,
      pages: 1,
    });
    expect(body.items).toEqual([
      {
        communeId: ids.Y,
        code: '00002',
        name: 'Xã Nà Phặc',
        district: 'Huyện Ngân Sơn',
        remote: true,
        unitsAssigned: 2,
        visits: 0,
        activities: 0,
        lastActivityDate: '2022-02-20',
        daysSinceLast: 39,
        ntmCriteria: [],
      },
      {
        communeId: ids.X,
        code: '00001',
        name: 'Xã Tân Lập',
        district: 'Huyện Bắc Sơn',
        remote: false,
        unitsAssigned: 1,
        visits: 1,
        activities: 1,
        lastActivityDate: '2022-03-09',
        daysSinceLast: 22,
        ntmCriteria: [],
      },
    ]);
    const notReached = (
      await t.app.inject({ url: '/api/v1/stats/communes?from=2022-03-01&to=2022-03-31&reached=false' })
    ).json();
    expect(notReached.items.map((c: { communeId: number }) => c.communeId)).toEqual([ids.Y]);
  });

  it('funding: byUnit and byCommune largest first, cut to the limit, with the totals before the cut', async () => {
    const body = (await t.app.inject({ url: `/api/v1/stats/funding?${period}&limit=1` })).json();
    expect(body.byUnit).toEqual([
      { unitId: ids.A, name: 'Chi bộ Sở Tư pháp', cash: 5_000_000, inKindValue: 3_000_000, labourDays: 0 },
    ]);
    expect(body.unitsTotal).toBe(2);
    expect(body.byCommune.map((c: { name: string }) => c.name)).toEqual(['Xã Tân Lập']);
    expect(body.communesTotal).toBe(2);
    expect((await t.app.inject({ url: `/api/v1/stats/funding?${period}&limit=0` })).statusCode).toBe(400);
  });

  it('a write straight into the tables shows in the next answer (the triggers log it)', async () => {
    const url = `/api/v1/stats/coverage?${period}`;
    const before = (await t.app.inject({ url })).body;
    expect((await t.app.inject({ url })).body).toBe(before);
    const id = insertActivity(t.handle, { communeId: ids.Z!, unitIds: [ids.B!], startDate: '2022-01-20' });
    const after = (await t.app.inject({ url })).json();
    expect(after.visits).toBe(JSON.parse(before).visits + 1);
    t.handle.sqlite.prepare("UPDATE activities SET status = 'draft' WHERE id = ?").run(id);
    expect((await t.app.inject({ url })).body).toBe(before);
    t.handle.sqlite.prepare('DELETE FROM activities WHERE id = ?').run(id);
    expect(t.handle.sqlite.prepare('SELECT count(*) AS n FROM stats_changes').get()).toEqual({ n: 3 });
    expect((await t.app.inject({ url })).body).toBe(before);
    expect(t.handle.sqlite.prepare('SELECT count(*) AS n FROM stats_changes').get()).toEqual({ n: 0 });
  });

  it('a write by another connection (another process) shows in the next answer too', async () => {
    const url = `/api/v1/stats/coverage?${period}`;
    const before = (await t.app.inject({ url })).json();
    expect((await t.app.inject({ url })).json()).toEqual(before);
    const other = openDatabase(t.handle.sqlite.name);
    try {
      const id = insertActivity(other, { communeId: ids.X!, unitIds: [ids.A!], startDate: '2022-03-02' });
      expect((await t.app.inject({ url })).json().visits).toBe(before.visits + 1);
      other.sqlite.prepare('DELETE FROM activities WHERE id = ?').run(id);
      expect((await t.app.inject({ url })).json()).toEqual(before);
    } finally {
      other.sqlite.close();
    }
  });

  it('answers with an ETag, and 304 without a body to an If-None-Match that names it', async () => {
    const url = `/api/v1/stats/coverage?${period}`;
    const first = await t.app.inject({ url });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    const again = await t.app.inject({ url, headers: { 'if-none-match': `"x", W/${etag}` } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);
    expect((await t.app.inject({ url, headers: { 'if-none-match': '"x"' } })).statusCode).toBe(200);
    // Another period, or the same one after a write, is another answer with another tag.
    const other = await t.app.inject({ url: '/api/v1/stats/coverage?from=2022-01-01&to=2022-01-31' });
    expect(other.headers.etag).not.toBe(etag);
    const id = insertActivity(t.handle, { communeId: ids.X!, unitIds: [ids.A!], startDate: '2022-03-03' });
    const changed = await t.app.inject({ url, headers: { 'if-none-match': etag } });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    t.handle.sqlite.prepare('DELETE FROM activities WHERE id = ?').run(id);
    expect((await t.app.inject({ url, headers: { 'if-none-match': etag } })).statusCode).toBe(304);
  });

  it.each([
    ['a bad date', 'from=2022-02-30&to=2022-03-01', 'from'],
    ['from after to', 'from=2022-03-01&to=2022-01-01', 'to'],
    ['a missing bound', 'from=2022-03-01', 'to'],
    ['an unknown parameter', 'from=2022-01-01&to=2022-03-01&foo=1', ''],
    ['a bad remote flag', 'from=2022-01-01&to=2022-03-01&remote=maybe', 'remote'],
  ])('refuses %s with a problem that names the field', async (_label, query, path) => {
    const res = await t.app.inject({ url: `/api/v1/stats/coverage?${query}` });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    const body = res.json();
    expect(body).toMatchObject({ status: 400, title: 'Dữ liệu không hợp lệ' });
    expect(body.errors.length).toBeGreaterThan(0);
    expect(body.errors.map((e: { path: string }) => e.path)).toContain(path);
  });
});
