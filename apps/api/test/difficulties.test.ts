import { DifficultyStatus, foldVietnamese, PROBLEM_CONTENT_TYPE } from '@danvan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app.js';

interface DifficultyRow {
  id: number;
  unit_id: number | null;
  commune_id: number | null;
  kind: string;
  status: string;
  text: string;
  recommendation: string;
  period_from: string;
  period_to: string;
}

type Item = { id: number; status: string; periodFrom: string; createdAt: string };

const newDifficulty = {
  unitId: 1,
  kind: 'khoang_cach',
  text: 'Đường vào bản Khuổi Mản sạt lở sau mưa lũ, xe không vào được',
  periodFrom: '2022-03-01',
  periodTo: '2022-03-31',
};

describe('/api/v1/difficulties', () => {
  let t: TestApp;
  let demo: DifficultyRow[];
  beforeAll(async () => {
    t = await createTestApp();
    demo = t.handle.sqlite
      .prepare(
        'SELECT id, unit_id, commune_id, kind, status, text, recommendation, period_from, period_to FROM difficulties',
      )
      .all() as DifficultyRow[];
  });
  afterAll(() => t.close());

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });
  const all = async (query: string): Promise<{ total: number; items: Item[] }> =>
    (await get(`/api/v1/difficulties?limit=500&${query}`)).json();
  const send = (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, ifMatch?: string) =>
    t.app.inject({ method, url, ...(payload ? { payload } : {}), headers: ifMatch ? { 'if-match': ifMatch } : {} });
  const overlapping = (from?: string, to?: string) =>
    demo.filter((d) => (to === undefined || d.period_from <= to) && (from === undefined || d.period_to >= from));

  describe('list', () => {
    it('lists the 8 demo difficulties, latest period first, in pages', async () => {
      const body = (await get('/api/v1/difficulties')).json();
      expect(body).toMatchObject({ total: 8, page: 1, pages: 1 });
      const starts = body.items.map((d: Item) => d.periodFrom);
      expect(starts).toEqual([...starts].sort().reverse());
      const pages = await Promise.all(
        [1, 2, 3].map(async (p) => (await get(`/api/v1/difficulties?limit=3&page=${p}`)).json()),
      );
      expect(pages.map((p) => p.items.length)).toEqual([3, 3, 2]);
      expect(pages[0].pages).toBe(3);
      expect(new Set(pages.flatMap((p) => p.items.map((d: Item) => d.id))).size).toBe(8);
      expect((await get('/api/v1/difficulties?limit=3&page=4')).json().items).toEqual([]);
    });

    it.each([
      ['kind=xa'],
      ['status=closed'],
      ['from=2022-03-01&to=2022-01-01'],
      ['to=2022-02-29'],
      ['sort=kind'],
      ['unitId=0'],
    ])('refuses %s with a problem', async (query) => {
      const res = await get(`/api/v1/difficulties?${query}`);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    });

    it('searches text and recommendation without diacritics', async () => {
      for (const q of [
        'kinh phi',
        'KINH PHÍ',
        'vùng sâu, vùng xa'.normalize('NFD'),
        'y lai',
        'thu bay, chu nhat',
        'cong doan',
      ]) {
        const expected = demo.filter((d) =>
          foldVietnamese(`${d.text} ${d.recommendation}`).includes(foldVietnamese(q)),
        );
        expect(expected.length).toBeGreaterThan(0);
        const body = await all(`q=${encodeURIComponent(q)}`);
        expect(body.items.map((d) => d.id).sort()).toEqual(expected.map((d) => d.id).sort());
      }
    });

    it('filters by unit, commune, kind and status', async () => {
      const withCommune = demo.find((d) => d.commune_id !== null)!;
      expect((await all(`unitId=${withCommune.unit_id}`)).total).toBe(
        demo.filter((d) => d.unit_id === withCommune.unit_id).length,
      );
      expect((await all(`communeId=${withCommune.commune_id}`)).items.map((d) => d.id)).toEqual([withCommune.id]);
      expect((await all('kind=kinh_phi')).total).toBe(2);
      expect((await all('kind=kinh_phi,thoi_gian')).total).toBe(4);
      expect((await all('kind=khoang_cach')).total).toBe(demo.filter((d) => d.kind === 'khoang_cach').length);
      for (const status of DifficultyStatus.codes) {
        expect((await all(`status=${status}`)).total).toBe(demo.filter((d) => d.status === status).length);
      }
      expect((await all('status=moi,dang_xu_ly')).total).toBe(demo.filter((d) => d.status !== 'da_giai_quyet').length);
      expect((await all('kind=thoi_gian&status=da_giai_quyet')).total).toBe(1);
    });

    it('filters by a period: every difficulty whose period overlaps it', async () => {
      const cases: [string | undefined, string | undefined][] = [
        ['2022-02-01', undefined],
        [undefined, '2021-10-31'],
        ['2021-11-15', '2021-11-20'],
        ['2022-03-18', '2022-03-18'],
        ['2022-03-19', undefined],
      ];
      for (const [from, to] of cases) {
        const query = [from ? `from=${from}` : '', to ? `to=${to}` : ''].filter(Boolean).join('&');
        expect((await all(query)).total, query).toBe(overlapping(from, to).length);
      }
      expect(overlapping('2022-02-01').length).toBe(7);
      expect((await all('from=2022-03-19')).total).toBe(0);
    });

    it('sorts by status in workflow order, and by creation time', async () => {
      const order = (s: string) => DifficultyStatus.codes.indexOf(s as DifficultyStatus);
      const statuses = (await all('sort=status')).items.map((d) => d.status);
      expect(statuses).toEqual([...statuses].sort((a, b) => order(a) - order(b)));
      expect(statuses[0]).toBe('moi');
      const desc = (await all('sort=-status')).items.map((d) => d.status);
      expect(desc[0]).toBe('da_giai_quyet');
      expect(desc).toEqual([...desc].sort((a, b) => order(b) - order(a)));
      const created = (await all('sort=createdAt')).items.map((d) => d.createdAt);
      expect(created).toEqual([...created].sort());
      const starts = (await all('sort=periodFrom')).items.map((d) => d.periodFrom);
      expect(starts).toEqual([...starts].sort());
    });

    it('gives the difficulties as CSV with names and labels', async () => {
      const res = await get('/api/v1/difficulties?format=csv');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toContain('kho-khan.csv');
      expect(
        res.body.startsWith(
          '\uFEFFid,unitId,unitCode,unitName,communeId,communeCode,communeName,kind,kindLabel,text,recommendation,periodFrom,periodTo,status,statusLabel',
        ),
      ).toBe(true);
      expect(res.body.trim().split('\r\n')).toHaveLength(9);
      expect(res.body).toContain('kinh_phi,Kinh phí,');
      expect(res.body).toContain('da_giai_quyet,Đã giải quyết');
      const pending = await get('/api/v1/difficulties?status=moi', { accept: 'text/csv' });
      expect(pending.body.trim().split('\r\n')).toHaveLength(1 + demo.filter((d) => d.status === 'moi').length);
    });
  });

  describe('read, create, update, delete', () => {
    it('reads one difficulty with its ETag, and answers 404 and 400 as problems', async () => {
      const res = await get('/api/v1/difficulties/1');
      expect(res.statusCode).toBe(200);
      expect(res.headers.etag).toBe(`"${res.json().version}"`);
      const missing = await get('/api/v1/difficulties/99999');
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toMatchObject({ status: 404, detail: 'Không có khó khăn, kiến nghị với id 99999' });
      expect((await get('/api/v1/difficulties/abc')).statusCode).toBe(400);
    });

    it('creates a difficulty (201, Location, defaults, searchable)', async () => {
      const res = await send('POST', '/api/v1/difficulties', newDifficulty);
      expect(res.statusCode).toBe(201);
      const created = res.json();
      expect(created).toMatchObject({
        ...newDifficulty,
        communeId: null,
        recommendation: '',
        status: 'moi',
        version: 1,
      });
      expect(res.headers.location).toBe(`/api/v1/difficulties/${created.id}`);
      expect(res.headers.etag).toBe('"1"');
      expect((await all('q=khuoi%20man%20sat%20lo')).items.map((d) => d.id)).toEqual([created.id]);
      const commune = await send('POST', '/api/v1/difficulties', { ...newDifficulty, unitId: null, communeId: 1 });
      expect(commune.statusCode).toBe(201);
    });

    it('refuses invalid difficulties field by field: unit or commune required, period order, unknown ids', async () => {
      const res = await send('POST', '/api/v1/difficulties', {
        ...newDifficulty,
        kind: 'khac_nua',
        text: ' ',
        status: 'xong',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(
        expect.arrayContaining(['kind', 'text', 'status']),
      );
      const owner = await send('POST', '/api/v1/difficulties', { ...newDifficulty, unitId: null });
      expect(owner.statusCode).toBe(400);
      expect(owner.json().errors).toEqual([{ path: 'unitId', message: 'Cần chọn đơn vị hoặc xã' }]);
      const order = await send('POST', '/api/v1/difficulties', { ...newDifficulty, periodTo: '2022-02-01' });
      expect(order.json().errors).toEqual([
        { path: 'periodTo', message: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu' },
      ]);
      const fk = await send('POST', '/api/v1/difficulties', { ...newDifficulty, unitId: 99999, communeId: 99998 });
      expect(fk.statusCode).toBe(400);
      expect(fk.json().errors).toEqual([
        { path: 'unitId', message: 'Không có đơn vị với id 99999' },
        { path: 'communeId', message: 'Không có xã với id 99998' },
      ]);
    });

    it('updates with If-Match (428, 412, 200) and checks the merged record', async () => {
      const created = (await send('POST', '/api/v1/difficulties', newDifficulty)).json();
      const url = `/api/v1/difficulties/${created.id}`;
      expect((await send('PATCH', url, { status: 'dang_xu_ly' })).statusCode).toBe(428);
      const ok = await send('PATCH', url, { status: 'dang_xu_ly', recommendation: 'Đề nghị hỗ trợ xe bán tải' }, '"1"');
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toMatchObject({ status: 'dang_xu_ly', version: 2, text: newDifficulty.text });
      expect(ok.headers.etag).toBe('"2"');
      expect((await all('q=ban%20tai')).items.map((d) => d.id)).toEqual([created.id]);
      expect((await send('PATCH', url, { status: 'da_giai_quyet' }, '"1"')).statusCode).toBe(412);
      const orphan = await send('PATCH', url, { unitId: null }, '"2"');
      expect(orphan.statusCode).toBe(400);
      expect(orphan.json().errors).toEqual([{ path: 'unitId', message: 'Cần chọn đơn vị hoặc xã' }]);
      const order = await send('PATCH', url, { periodFrom: '2022-04-01' }, '"2"');
      expect(order.statusCode).toBe(400);
      expect(order.json().errors[0].path).toBe('periodTo');
      const moved = await send('PATCH', url, { unitId: null, communeId: 2 }, '"2"');
      expect(moved.statusCode).toBe(200);
      expect(moved.json()).toMatchObject({ unitId: null, communeId: 2, version: 3 });
      expect((await send('PATCH', '/api/v1/difficulties/99999', { status: 'moi' }, '*')).statusCode).toBe(404);
    });

    it('deletes a difficulty with If-Match (428, 412, 204, then 404)', async () => {
      const created = (await send('POST', '/api/v1/difficulties', newDifficulty)).json();
      const url = `/api/v1/difficulties/${created.id}`;
      expect((await send('DELETE', url)).statusCode).toBe(428);
      expect((await send('DELETE', url, undefined, '"2"')).statusCode).toBe(412);
      expect((await send('DELETE', url, undefined, '"1"')).statusCode).toBe(204);
      expect((await get(url)).statusCode).toBe(404);
      expect((await send('DELETE', url, undefined, '*')).statusCode).toBe(404);
    });
  });
});
