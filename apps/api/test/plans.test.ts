import { foldVietnamese, PROBLEM_CONTENT_TYPE } from '@danvan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app.js';

interface PlanRow {
  id: number;
  unit_id: number;
  commune_id: number;
  month: string;
  content: string;
}

type Item = { id: number; month: string; plannedDate: string | null; createdAt: string; content: string };

describe('/api/v1/plans', () => {
  let t: TestApp;
  let demo: PlanRow[];
  /** A unit that plans every month, and its commune. */
  let diligent: { unitId: number; communeId: number };
  beforeAll(async () => {
    t = await createTestApp();
    demo = t.handle.sqlite.prepare('SELECT id, unit_id, commune_id, month, content FROM plans').all() as PlanRow[];
    const row = t.handle.sqlite
      .prepare(
        'SELECT unit_id AS unitId, min(commune_id) AS communeId FROM plans GROUP BY unit_id HAVING count(*) = 3 LIMIT 1',
      )
      .get() as { unitId: number; communeId: number };
    diligent = row;
  });
  afterAll(() => t.close());

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });
  const all = async (query: string): Promise<{ total: number; items: Item[] }> =>
    (await get(`/api/v1/plans?limit=500&${query}`)).json();
  const send = (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, ifMatch?: string) =>
    t.app.inject({ method, url, ...(payload ? { payload } : {}), headers: ifMatch ? { 'if-match': ifMatch } : {} });
  const newPlan = () => ({
    unitId: diligent.unitId,
    communeId: diligent.communeId,
    month: '2022-05',
    plannedDate: '2022-05-14',
    content: 'Tuyên truyền phòng, chống đuối nước cho học sinh thôn Nà Pàn',
    categories: ['tuyen_truyen'],
  });

  describe('list', () => {
    it('lists the 25 demo plans by month, in pages', async () => {
      const body = (await get('/api/v1/plans')).json();
      expect(body).toMatchObject({ total: 25, page: 1, limit: 50, pages: 1 });
      const months = body.items.map((p: Item) => p.month);
      expect(months).toEqual([...months].sort());
      const pages = await Promise.all(
        [1, 2, 3].map(async (p) => (await get(`/api/v1/plans?limit=10&page=${p}`)).json()),
      );
      expect(pages.map((p) => p.items.length)).toEqual([10, 10, 5]);
      expect(pages[2].pages).toBe(3);
      expect(new Set(pages.flatMap((p) => p.items.map((i: Item) => i.id))).size).toBe(25);
      expect((await get('/api/v1/plans?limit=10&page=4')).json().items).toEqual([]);
    });

    it.each([
      ['fromMonth=2022-13'],
      ['toMonth=2022-3'],
      ['sort=content'],
      ['unitId=x'],
      ['limit=1000'],
      ['status=moi'],
    ])('refuses %s with a problem', async (query) => {
      const res = await get(`/api/v1/plans?${query}`);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    });

    it('filters by unit, commune and a range of months', async () => {
      expect((await all(`unitId=${diligent.unitId}`)).total).toBe(3);
      expect((await all(`communeId=${diligent.communeId}`)).total).toBe(
        demo.filter((p) => p.commune_id === diligent.communeId).length,
      );
      expect((await all('fromMonth=2022-03')).total).toBe(demo.filter((p) => p.month >= '2022-03').length);
      expect((await all('toMonth=2022-03')).total).toBe(demo.filter((p) => p.month <= '2022-03').length);
      const march = await all('fromMonth=2022-03&toMonth=2022-03');
      expect(march.total).toBe(15);
      expect(march.items.every((p) => p.month === '2022-03')).toBe(true);
      expect((await all(`unitId=${diligent.unitId}&fromMonth=2022-03&toMonth=2022-04`)).total).toBe(2);
      expect((await all('fromMonth=2022-05')).total).toBe(0);
    });

    it('searches the content without diacritics, together with the other filters', async () => {
      for (const q of ['xi mang', 'XI MĂNG', 'Phun thuốc khử trùng'.normalize('NFD'), 'covid', 'van minh']) {
        const expected = demo.filter((p) => foldVietnamese(p.content).includes(foldVietnamese(q)));
        expect(expected.length).toBeGreaterThan(0);
        const body = await all(`q=${encodeURIComponent(q)}`);
        expect(body.items.map((p) => p.id).sort()).toEqual(expected.map((p) => p.id).sort());
      }
      const narrowed = await all('q=covid&fromMonth=2022-04');
      expect(narrowed.total).toBe(
        demo.filter((p) => p.month >= '2022-04' && foldVietnamese(p.content).includes('covid')).length,
      );
      // Paging still counts every match.
      const covid = demo.filter((p) => foldVietnamese(p.content).includes('covid')).length;
      const page = (await get('/api/v1/plans?q=covid&limit=2&page=2')).json();
      expect(page).toMatchObject({ total: covid, pages: Math.ceil(covid / 2) });
      expect((await all('q=khong%20co%20dau')).total).toBe(0);
      expect((await all('q=%20')).total).toBe(25);
    });

    it('sorts by month, planned date and creation time, both ways', async () => {
      const months = (await all('sort=-month')).items.map((p) => p.month);
      expect(months).toEqual([...months].sort().reverse());
      const dates = (await all('sort=plannedDate')).items.map((p) => p.plannedDate ?? '');
      expect(dates).toEqual([...dates].sort());
      const created = (await all('sort=-createdAt')).items.map((p) => p.createdAt);
      expect(created).toEqual([...created].sort().reverse());
    });

    it('gives the plans as CSV with unit and commune names and category labels', async () => {
      const res = await get('/api/v1/plans?format=csv');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toContain('ke-hoach.csv');
      expect(
        res.body.startsWith(
          '\uFEFFid,unitId,unitCode,unitName,communeId,communeCode,communeName,month,plannedDate,content,categories,categoryLabels,version',
        ),
      ).toBe(true);
      expect(res.body.trim().split('\r\n')).toHaveLength(26);
      expect(res.body).toContain('duong_be_tong,Hỗ trợ xi măng làm đường bê tông');
      const march = await get('/api/v1/plans?fromMonth=2022-03&toMonth=2022-03', { accept: 'text/csv' });
      expect(march.body.trim().split('\r\n')).toHaveLength(16);
    });
  });

  describe('read, create, update, delete', () => {
    it('reads one plan with its ETag, and answers 404 and 400 as problems', async () => {
      const res = await get('/api/v1/plans/1');
      expect(res.statusCode).toBe(200);
      expect(res.headers.etag).toBe(`"${res.json().version}"`);
      expect(res.json().categories.length).toBeGreaterThan(0);
      const missing = await get('/api/v1/plans/99999');
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toMatchObject({ status: 404, detail: 'Không có kế hoạch với id 99999' });
      expect((await get('/api/v1/plans/-1')).statusCode).toBe(400);
    });

    it('creates a plan (201, Location, ETag) with defaults', async () => {
      const res = await send('POST', '/api/v1/plans', newPlan());
      expect(res.statusCode).toBe(201);
      const created = res.json();
      expect(created).toMatchObject({ ...newPlan(), version: 1 });
      expect(res.headers.location).toBe(`/api/v1/plans/${created.id}`);
      expect(res.headers.etag).toBe('"1"');
      expect((await all('q=duoi%20nuoc')).items.map((p) => p.id)).toEqual([created.id]);
      const bare = await send('POST', '/api/v1/plans', { ...newPlan(), plannedDate: undefined, categories: undefined });
      expect(bare.statusCode).toBe(201);
      expect(bare.json()).toMatchObject({ plannedDate: null, categories: [] });
    });

    it('refuses invalid plans field by field, and unknown unit or commune', async () => {
      const res = await send('POST', '/api/v1/plans', {
        ...newPlan(),
        month: '2022-5',
        content: '',
        categories: ['khong_co'],
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(
        expect.arrayContaining(['month', 'content', 'categories.0']),
      );
      const outside = await send('POST', '/api/v1/plans', { ...newPlan(), plannedDate: '2022-06-01' });
      expect(outside.json().errors).toEqual([
        { path: 'plannedDate', message: 'Ngày dự kiến phải nằm trong tháng của kế hoạch' },
      ]);
      const fk = await send('POST', '/api/v1/plans', { ...newPlan(), unitId: 99999, communeId: 99998 });
      expect(fk.statusCode).toBe(400);
      expect(fk.json().errors).toEqual([
        { path: 'unitId', message: 'Không có đơn vị với id 99999' },
        { path: 'communeId', message: 'Không có xã với id 99998' },
      ]);
    });

    it('updates with If-Match: 428 without it, 412 when stale, and checks the merged plan', async () => {
      const created = (await send('POST', '/api/v1/plans', newPlan())).json();
      const url = `/api/v1/plans/${created.id}`;
      expect((await send('PATCH', url, { content: 'Nội dung mới' })).statusCode).toBe(428);
      const ok = await send(
        'PATCH',
        url,
        { plannedDate: '2022-05-21', categories: ['tuyen_truyen', 'tang_qua'] },
        '"1"',
      );
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toMatchObject({ plannedDate: '2022-05-21', version: 2, content: newPlan().content });
      expect(ok.headers.etag).toBe('"2"');
      expect((await send('PATCH', url, { content: 'Cũ' }, '"1"')).statusCode).toBe(412);
      // Moving the month without the date would leave the date outside it.
      const moved = await send('PATCH', url, { month: '2022-06' }, '"2"');
      expect(moved.statusCode).toBe(400);
      expect(moved.json().errors).toEqual([
        { path: 'plannedDate', message: 'Ngày dự kiến phải nằm trong tháng của kế hoạch' },
      ]);
      const both = await send('PATCH', url, { month: '2022-06', plannedDate: '2022-06-11' }, '"2"');
      expect(both.statusCode).toBe(200);
      const fk = await send('PATCH', url, { communeId: 99999 }, '"3"');
      expect(fk.json().errors).toEqual([{ path: 'communeId', message: 'Không có xã với id 99999' }]);
      expect((await send('PATCH', '/api/v1/plans/99999', { content: 'x' }, '*')).statusCode).toBe(404);
    });

    it('deletes a plan with If-Match (428, 412, 204, then 404)', async () => {
      const created = (await send('POST', '/api/v1/plans', newPlan())).json();
      const url = `/api/v1/plans/${created.id}`;
      expect((await send('DELETE', url)).statusCode).toBe(428);
      expect((await send('DELETE', url, undefined, '"4"')).statusCode).toBe(412);
      expect((await send('DELETE', url, undefined, '"1"')).statusCode).toBe(204);
      expect((await get(url)).statusCode).toBe(404);
      expect((await send('DELETE', url, undefined, '*')).statusCode).toBe(404);
    });
  });
});
