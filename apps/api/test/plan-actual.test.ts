/**
 * Plan against actual on the demo data: 25 plans (Feb–Apr 2022) against the approved activities of the
 * same units, communes and months. Expectations are worked out here from the raw rows, never from the
 * service's own queries.
 */
import { PLAN_ACTUAL_MAX_LIMIT, PLAN_ACTUAL_PAGE_SIZE, type PlanActual, PROBLEM_CONTENT_TYPE } from '@danvan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthHeaders, asRole, createToken } from './helpers/auth.js';
import { createTestApp, type TestApp } from './helpers/test-app.js';

const URL = '/api/v1/stats/plan-actual';
const SPRING = 'fromMonth=2022-02&toMonth=2022-04';

interface RawActivity {
  id: number;
  status: string;
  startDate: string;
  communeId: number;
  deletedAt: string | null;
  unitId: number;
}

describe('GET /api/v1/stats/plan-actual', () => {
  let t: TestApp;
  let bdv: number;
  let officer: AuthHeaders;
  let viewer: AuthHeaders;
  const sql = <T>(query: string, ...params: unknown[]) => t.handle.sqlite.prepare(query).all(...params) as T[];

  beforeAll(async () => {
    t = await createTestApp();
    bdv = sql<{ id: number }>("SELECT id FROM units WHERE code = 'CB-BDVTU'")[0]!.id;
    officer = await asRole(t, 'unit_officer');
    viewer = await asRole(t, 'viewer');
  });
  afterAll(() => t.close());

  const get = async (query: string, headers: Record<string, string> = {}) =>
    t.app.inject({ url: `${URL}?${query}`, headers });
  const body = async (query: string, headers: Record<string, string> = {}): Promise<PlanActual> => {
    const res = await get(query, headers);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  /** Plan against actual worked out from the raw rows, keyed "unit|commune|month". */
  function expectedCells(fromMonth: string, toMonth: string, unitId?: number) {
    const cells = new Map<string, { planned: number; actual: number; submitted: number }>();
    const cell = (u: number, c: number, m: string) => {
      const key = `${u}|${c}|${m}`;
      const found = cells.get(key) ?? { planned: 0, actual: 0, submitted: 0 };
      cells.set(key, found);
      return found;
    };
    const inRange = (m: string) => m >= fromMonth && m <= toMonth;
    for (const p of sql<{ unitId: number; communeId: number; month: string }>(
      'SELECT unit_id AS unitId, commune_id AS communeId, month FROM plans',
    )) {
      if (inRange(p.month) && (unitId === undefined || p.unitId === unitId))
        cell(p.unitId, p.communeId, p.month).planned++;
    }
    for (const a of sql<RawActivity>(
      `SELECT a.id, a.status, a.start_date AS startDate, a.commune_id AS communeId, a.deleted_at AS deletedAt,
              au.unit_id AS unitId
       FROM activities a JOIN activity_units au ON au.activity_id = a.id`,
    )) {
      const month = a.startDate.slice(0, 7);
      if (!inRange(month) || a.deletedAt !== null || (unitId !== undefined && a.unitId !== unitId)) continue;
      if (a.status === 'approved') cell(a.unitId, a.communeId, month).actual++;
      if (a.status === 'submitted') cell(a.unitId, a.communeId, month).submitted++;
    }
    return cells;
  }

  function cellsOf(answer: PlanActual) {
    return new Map(
      answer.rows.map((r) => [
        `${r.unitId}|${r.communeId}|${r.month}`,
        { planned: r.planned, actual: r.actual, submitted: r.submitted },
      ]),
    );
  }

  describe('figures', () => {
    it('counts the 25 demo plans against the approved activities, cell by cell as the raw rows give them', async () => {
      const answer = await body(SPRING);
      expect(answer.months).toEqual(['2022-02', '2022-03', '2022-04']);
      expect(answer.unitId).toBeNull();
      expect(cellsOf(answer)).toEqual(expectedCells('2022-02', '2022-04'));
      // Counted by hand from the demo rows: 5 + 15 + 5 plans; 14 approved lượt in February and 17 in
      // March up to the report of 18/3; the 3 submitted activities (10/2, 4/3 and 7/3) wait for review.
      expect(answer.byMonth).toEqual([
        { month: '2022-02', planned: 5, actual: 14, submitted: 1 },
        { month: '2022-03', planned: 15, actual: 17, submitted: 2 },
        { month: '2022-04', planned: 5, actual: 0, submitted: 0 },
      ]);
      expect(answer.totals).toEqual({ planned: 25, actual: 31, submitted: 3, met: 10, notMet: 15, unplanned: 23 });
      for (const r of answer.rows) {
        const status = r.planned === 0 ? 'unplanned' : r.actual >= r.planned ? 'met' : 'not_met';
        expect(r.status, `${r.unitId}|${r.communeId}|${r.month}`).toBe(status);
        expect(r.unitName).not.toBe('');
        expect(r.communeName).not.toBe('');
      }
    });

    it('gives one unit: Chi bộ Ban Dân vận Tỉnh ủy met its plans for Xã Văn Minh in February and March, not April', async () => {
      // The raw rows: one plan a month at its commune, and approved activities there on 27/2 and 13/3.
      const commune = sql<{ communeId: number }>(
        'SELECT DISTINCT commune_id AS communeId FROM plans WHERE unit_id = ?',
        bdv,
      );
      expect(commune).toHaveLength(1);
      const done = sql<{ startDate: string }>(
        `SELECT a.start_date AS startDate FROM activities a JOIN activity_units au ON au.activity_id = a.id
         WHERE au.unit_id = ? AND a.commune_id = ? AND a.status = 'approved' AND a.start_date >= '2022-02-01'`,
        bdv,
        commune[0]!.communeId,
      );
      expect(done.map((a) => a.startDate).sort()).toEqual(['2022-02-27', '2022-03-13']);

      const answer = await body(`unitId=${bdv}&${SPRING}`);
      expect(answer.unitId).toBe(bdv);
      expect(answer.rows.map((r) => [r.communeName, r.month, r.planned, r.actual, r.submitted, r.status])).toEqual([
        ['Xã Văn Minh', '2022-02', 1, 1, 0, 'met'],
        ['Xã Văn Minh', '2022-03', 1, 1, 0, 'met'],
        ['Xã Văn Minh', '2022-04', 1, 0, 0, 'not_met'],
      ]);
      expect(answer.rows[0]).toMatchObject({ unitName: 'Chi bộ Ban Dân vận Tỉnh ủy', district: 'Huyện Na Rì' });
      expect(answer.totals).toEqual({ planned: 3, actual: 2, submitted: 0, met: 2, notMet: 1, unplanned: 0 });
    });

    it('agrees with the raw rows over other ranges, including months with nothing', async () => {
      for (const [from, to] of [
        ['2021-09', '2022-03'],
        ['2022-03', '2022-03'],
        ['2023-01', '2023-06'],
      ] as const) {
        const answer = await body(`fromMonth=${from}&toMonth=${to}&limit=${PLAN_ACTUAL_MAX_LIMIT}`);
        expect(answer.pages, `${from}..${to}`).toBeLessThanOrEqual(1);
        expect(cellsOf(answer), `${from}..${to}`).toEqual(expectedCells(from, to));
      }
      const empty = await body('fromMonth=2023-01&toMonth=2023-02');
      expect(empty.rows).toEqual([]);
      expect(empty.byMonth).toEqual([
        { month: '2023-01', planned: 0, actual: 0, submitted: 0 },
        { month: '2023-02', planned: 0, actual: 0, submitted: 0 },
      ]);
    });

    it('pages the places (a unit and a commune with all their months), the totals being of every place', async () => {
      const range = 'fromMonth=2021-09&toMonth=2022-03';
      const whole = await body(`${range}&limit=${PLAN_ACTUAL_MAX_LIMIT}`);
      const placeOf = (r: PlanActual['rows'][number]) => `${r.unitId}|${r.communeId}`;
      const places = [...new Set(whole.rows.map(placeOf))];
      expect(places.length).toBeGreaterThan(PLAN_ACTUAL_PAGE_SIZE);
      expect(whole).toMatchObject({ total: places.length, page: 1, limit: PLAN_ACTUAL_MAX_LIMIT, pages: 1 });

      // By default a page of PLAN_ACTUAL_PAGE_SIZE places; the pages one after the other are the whole answer.
      const first = await body(range);
      expect(first).toMatchObject({ total: places.length, page: 1, limit: PLAN_ACTUAL_PAGE_SIZE });
      expect(first.pages).toBe(Math.ceil(places.length / PLAN_ACTUAL_PAGE_SIZE));
      const pages = [first];
      for (let page = 2; page <= first.pages; page++) pages.push(await body(`${range}&page=${page}`));
      expect(pages.map((p) => new Set(p.rows.map(placeOf)).size)).toEqual(
        pages.map((_, i) => Math.min(PLAN_ACTUAL_PAGE_SIZE, places.length - i * PLAN_ACTUAL_PAGE_SIZE)),
      );
      expect(pages.flatMap((p) => p.rows)).toEqual(whole.rows);
      for (const p of pages) {
        expect(p.totals).toEqual(whole.totals);
        expect(p.byMonth).toEqual(whole.byMonth);
      }
      expect((await body(`${range}&page=${first.pages + 1}`)).rows).toEqual([]);

      const tooMany = await t.app.inject({
        url: `/api/v1/stats/plan-actual?${range}&limit=${PLAN_ACTUAL_MAX_LIMIT + 1}`,
      });
      expect(tooMany.statusCode).toBe(400);
      expect(tooMany.json().errors.map((e: { path: string }) => e.path)).toEqual(['limit']);
    });

    it("follows a unit's new name in the order of places", async () => {
      const unitsInOrder = async () => [
        ...new Set((await body(`${SPRING}&limit=${PLAN_ACTUAL_MAX_LIMIT}`)).rows.map((r) => r.unitId)),
      ];
      const before = await unitsInOrder();
      const last = before.at(-1)!;
      expect(before.length).toBeGreaterThan(2);
      const unit = (await t.app.inject({ url: `/api/v1/units/${last}` })).json<{ name: string; version: number }>();
      const renamed = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/units/${last}`,
        payload: { name: `Ấp ${unit.name}` },
        headers: { 'if-match': `"${unit.version}"` },
      });
      expect(renamed.statusCode, renamed.body).toBe(200);
      try {
        // "Ấp …" sorts before every "Chi bộ …" and "Đảng bộ …" in Vietnamese order.
        expect(await unitsInOrder()).toEqual([last, ...before.slice(0, -1)]);
      } finally {
        const back = await t.app.inject({
          method: 'PATCH',
          url: `/api/v1/units/${last}`,
          payload: { name: unit.name },
          headers: { 'if-match': `"${unit.version + 1}"` },
        });
        expect(back.statusCode, back.body).toBe(200);
      }
      expect(await unitsInOrder()).toEqual(before);
    });

    it('counts a joint activity for each of its units', async () => {
      const joint = sql<{ id: number; units: string; month: string; communeId: number }>(
        `SELECT a.id, group_concat(au.unit_id) AS units, substr(a.start_date, 1, 7) AS month, a.commune_id AS communeId
         FROM activities a JOIN activity_units au ON au.activity_id = a.id
         WHERE a.status = 'approved' AND a.deleted_at IS NULL AND a.start_date >= '2022-02-01'
         GROUP BY a.id HAVING count(*) > 1 LIMIT 1`,
      )[0]!;
      const answer = await body(SPRING);
      for (const unit of joint.units.split(',').map(Number)) {
        const row = answer.rows.find(
          (r) => r.unitId === unit && r.communeId === joint.communeId && r.month === joint.month,
        );
        expect(row?.actual, `unit ${unit}`).toBeGreaterThanOrEqual(1);
      }
    });

    it('moves with the workflow: approval turns a waiting activity into actual, a return takes it out; deleted ones never count', async () => {
      // Activity submitted on 7/3 by a unit that planned that commune for March.
      const waiting = sql<{ id: number; version: number; unitId: number; communeId: number }>(
        `SELECT a.id, a.version, au.unit_id AS unitId, a.commune_id AS communeId
         FROM activities a JOIN activity_units au ON au.activity_id = a.id
         JOIN plans p ON p.unit_id = au.unit_id AND p.commune_id = a.commune_id AND p.month = '2022-03'
         WHERE a.status = 'submitted' AND a.start_date LIKE '2022-03-%'`,
      );
      expect(waiting).toHaveLength(1);
      const a = waiting[0]!;
      const cell = async () =>
        (await body(`unitId=${a.unitId}&fromMonth=2022-03&toMonth=2022-03`)).rows.find(
          (r) => r.communeId === a.communeId,
        );
      expect(await cell()).toMatchObject({ planned: 1, actual: 0, submitted: 1, status: 'not_met' });

      const approved = await t.app.inject({
        method: 'POST',
        url: `/api/v1/activities/${a.id}/approve`,
        headers: { 'if-match': `"${a.version}"` },
      });
      expect(approved.statusCode, approved.body).toBe(200);
      expect(await cell()).toMatchObject({ planned: 1, actual: 1, submitted: 0, status: 'met' });

      const returned = await t.app.inject({
        method: 'POST',
        url: `/api/v1/activities/${a.id}/return`,
        headers: { 'if-match': approved.headers.etag as string },
        payload: { comment: 'Đề nghị bổ sung ảnh minh chứng' },
      });
      expect(returned.statusCode, returned.body).toBe(200);
      expect(await cell()).toMatchObject({ planned: 1, actual: 0, submitted: 0, status: 'not_met' });

      // The API never deletes an approved activity; a soft-deleted one still must not count if it were.
      t.handle.sqlite
        .prepare("UPDATE activities SET status = 'approved', deleted_at = '2022-03-20T00:00:00.000Z' WHERE id = ?")
        .run(a.id);
      expect(await cell()).toMatchObject({ planned: 1, actual: 0, submitted: 0, status: 'not_met' });
      expect(cellsOf(await body(SPRING))).toEqual(expectedCells('2022-02', '2022-04'));
    });
  });

  describe('confinement', () => {
    it("answers a unit officer and a unit's write token with their own unit only, whatever they ask", async () => {
      const token = (await createToken(t, 'write', bdv)).headers;
      const mine = await body(`unitId=${bdv}&${SPRING}`);
      for (const headers of [officer, token]) {
        const scoped = await body(SPRING, headers);
        expect(scoped).toEqual(mine);
        expect(scoped.rows.every((r) => r.unitId === bdv)).toBe(true);
        expect(await body(`unitId=${bdv}&${SPRING}`, headers)).toEqual(mine);
      }
    });

    it("refuses a unit officer another unit's figures with 403", async () => {
      const other = sql<{ id: number }>('SELECT unit_id AS id FROM plans WHERE unit_id <> ? LIMIT 1', bdv)[0]!.id;
      const res = await get(`unitId=${other}&${SPRING}`, officer);
      expect(res.statusCode).toBe(403);
      expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      expect(res.json().detail).toBe('Chỉ xem được kế hoạch của đơn vị mình');
    });

    it('lets a viewer and a read token see every unit, and nobody without credentials', async () => {
      const all = await body(SPRING);
      expect(await body(SPRING, viewer)).toEqual(all);
      expect(await body(SPRING, (await createToken(t, 'read')).headers)).toEqual(all);
      expect((await t.anonymous({ url: `${URL}?${SPRING}` })).statusCode).toBe(401);
    });
  });

  describe('validation', () => {
    it.each([
      ['', 'fromMonth'],
      ['fromMonth=2022-02', 'toMonth'],
      ['fromMonth=2022-13&toMonth=2022-12', 'fromMonth'],
      ['fromMonth=2022-02-01&toMonth=2022-04', 'fromMonth'],
      ['fromMonth=2022-04&toMonth=2022-02', 'toMonth'],
      ['fromMonth=2020-01&toMonth=2022-01', 'toMonth'],
      ['unitId=abc&fromMonth=2022-02&toMonth=2022-04', 'unitId'],
      ['unitId=0&fromMonth=2022-02&toMonth=2022-04', 'unitId'],
    ])('refuses %j with a problem naming %s', async (query, path) => {
      const res = await get(query);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    });

    it('says why in Vietnamese, and refuses unknown parameters', async () => {
      const reversed = (await get('fromMonth=2022-04&toMonth=2022-02')).json();
      expect(reversed.errors).toContainEqual({
        path: 'toMonth',
        message: 'Tháng bắt đầu phải trước hoặc bằng tháng kết thúc',
      });
      const long = (await get('fromMonth=2020-01&toMonth=2022-01')).json();
      expect(long.errors).toContainEqual({ path: 'toMonth', message: 'Mỗi lần xem tối đa 24 tháng' });
      expect((await get(`${SPRING}&from=2022-02-01`)).statusCode).toBe(400);
    });

    it('answers an unknown unit with no rows rather than an error', async () => {
      const answer = await body(`unitId=999999&${SPRING}`);
      expect(answer.rows).toEqual([]);
      expect(answer.totals.planned).toBe(0);
    });
  });
});
