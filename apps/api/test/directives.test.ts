import { compareVietnamese, foldVietnamese, PROBLEM_CONTENT_TYPE } from '@danvan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app.js';

const newDirective = {
  code: '15-KH/ĐUK',
  kind: 'ke_hoach',
  issuer: 'Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh',
  issuedOn: '2021-10-01',
  title: 'Kế hoạch triển khai Hướng dẫn 02-HD/BDVTU trong Đảng bộ Khối',
  parentId: 2,
};

interface DirectiveRow {
  id: number;
  code: string;
  kind: string;
  issuer: string;
  title: string;
  parent_id: number | null;
}

describe('/api/v1/directives', () => {
  let t: TestApp;
  let demo: DirectiveRow[];
  beforeAll(async () => {
    t = await createTestApp();
    demo = t.handle.sqlite
      .prepare('SELECT id, code, kind, issuer, title, parent_id FROM directives')
      .all() as DirectiveRow[];
  });
  afterAll(() => t.close());

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });
  const send = (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, ifMatch?: string) =>
    t.app.inject({ method, url, ...(payload ? { payload } : {}), headers: ifMatch ? { 'if-match': ifMatch } : {} });
  const create = async (fields: { code: string; parentId?: number | null }) => {
    const res = await send('POST', '/api/v1/directives', { ...newDirective, ...fields });
    expect(res.statusCode).toBe(201);
    return res.json() as { id: number; version: number };
  };

  describe('list', () => {
    it('lists the 6 demo directives, newest first, and pages them', async () => {
      const body = (await get('/api/v1/directives')).json();
      expect(body).toMatchObject({ total: 6, page: 1, limit: 50, pages: 1 });
      const dates = body.items.map((d: { issuedOn: string }) => d.issuedOn);
      expect([...dates].sort().reverse()).toEqual(dates);
      expect(body.items[0].code).toBe('02-HD/BDVTU');

      const first = (await get('/api/v1/directives?limit=4')).json();
      expect(first).toMatchObject({ total: 6, pages: 2 });
      expect(first.items).toHaveLength(4);
      const second = (await get('/api/v1/directives?limit=4&page=2')).json();
      expect(second.items).toHaveLength(2);
      expect(new Set([...first.items, ...second.items].map((d: { id: number }) => d.id)).size).toBe(6);
      expect((await get('/api/v1/directives?limit=4&page=3')).json().items).toEqual([]);
    });

    it.each([['limit=0'], ['limit=501'], ['page=0'], ['sort=issuer'], ['kind=thong_tu'], ['parentId=abc'], ['x=1']])(
      'refuses %s with a problem',
      async (query) => {
        const res = await get(`/api/v1/directives?${query}`);
        expect(res.statusCode).toBe(400);
        expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      },
    );

    it('sorts by title the Vietnamese way, and by code', async () => {
      const titles = (await get('/api/v1/directives?sort=title')).json().items.map((d: { title: string }) => d.title);
      expect(titles).toEqual([...titles].sort(compareVietnamese));
      const desc = (await get('/api/v1/directives?sort=-title')).json().items.map((d: { title: string }) => d.title);
      expect(desc).toEqual([...titles].reverse());
      const codes = (await get('/api/v1/directives?sort=code')).json().items.map((d: { code: string }) => d.code);
      expect(codes).toEqual(demo.map((d) => d.code).sort());
    });

    it('searches code, title and issuer without diacritics and regardless of NFC/NFD', async () => {
      for (const q of ['bdvtu', 'ban dan van', 'BAN DÂN VẬN', 'Ban Dân vận'.normalize('NFD'), 'de an', 'nêu gương']) {
        const body = (await get(`/api/v1/directives?q=${encodeURIComponent(q)}`)).json();
        const expected = demo.filter((d) =>
          foldVietnamese(`${d.code} ${d.title} ${d.issuer}`).includes(foldVietnamese(q)),
        );
        expect(expected.length).toBeGreaterThan(0);
        expect(body.total).toBe(expected.length);
        expect(body.items.map((d: { id: number }) => d.id).sort()).toEqual(expected.map((d) => d.id).sort());
      }
      expect((await get('/api/v1/directives?q=bdvtu')).json().items[0].code).toBe('02-HD/BDVTU');
      expect((await get(`/api/v1/directives?q=${encodeURIComponent('%')}`)).json().total).toBe(0);
    });

    it('filters by kind (one or several) and by parent', async () => {
      const nq = (await get('/api/v1/directives?kind=nghi_quyet')).json();
      expect(nq.total).toBe(demo.filter((d) => d.kind === 'nghi_quyet').length);
      expect(nq.items.every((d: { kind: string }) => d.kind === 'nghi_quyet')).toBe(true);
      const two = (await get('/api/v1/directives?kind=nghi_quyet,de_an')).json();
      expect(two.total).toBe(demo.filter((d) => ['nghi_quyet', 'de_an'].includes(d.kind)).length);
      const children = (await get('/api/v1/directives?parentId=1')).json();
      expect(children.items.map((d: { code: string }) => d.code)).toEqual(['02-HD/BDVTU']);
      expect((await get('/api/v1/directives?parentId=3')).json().total).toBe(0);
    });

    it('gives every directive as CSV with a BOM, kind labels and the parent code', async () => {
      const res = await get('/api/v1/directives?format=csv');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toContain('van-ban.csv');
      expect(
        res.body.startsWith('\uFEFFid,code,kind,kindLabel,issuer,issuedOn,title,summary,parentId,parentCode'),
      ).toBe(true);
      expect(res.body.trim().split('\r\n')).toHaveLength(7);
      expect(res.body).toContain('2,02-HD/BDVTU,huong_dan,Hướng dẫn,Ban Dân vận Tỉnh ủy,2021-09-10');
      expect(res.body).toContain(',1,02-ĐA/TU,"min_activities_per_unit_month=1 (Mỗi chi, đảng bộ');
      const filtered = await get('/api/v1/directives?kind=nghi_quyet', { accept: 'text/csv' });
      expect(filtered.body.trim().split('\r\n')).toHaveLength(1 + demo.filter((d) => d.kind === 'nghi_quyet').length);
    });
  });

  describe('read, create, update, delete', () => {
    it('reads Hướng dẫn 02 with its parent and norm, with its ETag; 404 and 400 as problems', async () => {
      const res = await get('/api/v1/directives/2');
      expect(res.statusCode).toBe(200);
      expect(res.headers.etag).toBe(`"${res.json().version}"`);
      expect(res.json()).toMatchObject({
        code: '02-HD/BDVTU',
        kind: 'huong_dan',
        parentId: 1,
        norms: [{ kind: 'min_activities_per_unit_month', value: 1 }],
      });
      const missing = await get('/api/v1/directives/99999');
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toMatchObject({ status: 404, detail: 'Không có văn bản chỉ đạo với id 99999' });
      expect((await get('/api/v1/directives/0')).statusCode).toBe(400);
    });

    it('creates a directive (201, Location, ETag, defaults) and refuses a duplicate code with 409', async () => {
      const res = await send('POST', '/api/v1/directives', newDirective);
      expect(res.statusCode).toBe(201);
      const created = res.json();
      expect(created).toMatchObject({ ...newDirective, summary: '', norms: [], version: 1 });
      expect(res.headers.location).toBe(`/api/v1/directives/${created.id}`);
      expect(res.headers.etag).toBe('"1"');
      expect((await get(`/api/v1/directives?q=${encodeURIComponent('15-kh/duk')}`)).json().total).toBe(1);
      const dup = await send('POST', '/api/v1/directives', { ...newDirective, title: 'Khác' });
      expect(dup.statusCode).toBe(409);
      expect(dup.json().errors).toEqual([{ path: 'code', message: 'Số, ký hiệu văn bản đã tồn tại' }]);
    });

    it('refuses invalid directives field by field, and an unknown parent', async () => {
      const res = await send('POST', '/api/v1/directives', {
        ...newDirective,
        code: 'X-1',
        kind: 'thong_tu',
        issuedOn: '2021-02-30',
        title: '  ',
        norms: [{ kind: 'min_activities_per_unit_month', value: 0 }],
      });
      expect(res.statusCode).toBe(400);
      const paths = res.json().errors.map((e: { path: string }) => e.path);
      expect(paths).toEqual(expect.arrayContaining(['kind', 'issuedOn', 'title', 'norms.0.value']));
      const parent = await send('POST', '/api/v1/directives', { ...newDirective, code: 'X-2', parentId: 99999 });
      expect(parent.statusCode).toBe(400);
      expect(parent.json().errors).toEqual([{ path: 'parentId', message: 'Không có văn bản chỉ đạo với id 99999' }]);
    });

    it('updates with If-Match: 428 without it, 412 when stale, 200 with the next version', async () => {
      const created = await create({ code: 'UPD-1' });
      const url = `/api/v1/directives/${created.id}`;
      expect((await send('PATCH', url, { summary: 'Tóm tắt' })).statusCode).toBe(428);
      const ok = await send(
        'PATCH',
        url,
        { summary: 'Tóm tắt', norms: [{ kind: 'min_activities_per_unit_month', value: 2 }] },
        '"1"',
      );
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toMatchObject({ summary: 'Tóm tắt', version: 2, parentId: 2, title: newDirective.title });
      expect(ok.json().norms).toEqual([{ kind: 'min_activities_per_unit_month', value: 2 }]);
      expect(ok.headers.etag).toBe('"2"');
      const stale = await send('PATCH', url, { summary: 'Cũ' }, '"1"');
      expect(stale.statusCode).toBe(412);
      expect((await get(url)).json().summary).toBe('Tóm tắt');
      const dup = await send('PATCH', url, { code: '02-ĐA/TU' }, '"2"');
      expect(dup.statusCode).toBe(409);
      const missing = await send('PATCH', '/api/v1/directives/99999', { summary: 'x' }, '"1"');
      expect(missing.statusCode).toBe(404);
    });

    it('refuses a directive that would implement itself or close a cycle (400 on parentId)', async () => {
      const top = await create({ code: 'CYC-1', parentId: null });
      const middle = await create({ code: 'CYC-2', parentId: top.id });
      const bottom = await create({ code: 'CYC-3', parentId: middle.id });
      const self = await send('PATCH', `/api/v1/directives/${top.id}`, { parentId: top.id }, '*');
      expect(self.statusCode).toBe(400);
      expect(self.json().errors).toEqual([{ path: 'parentId', message: 'Văn bản không thể triển khai chính nó' }]);
      const cycle = await send('PATCH', `/api/v1/directives/${top.id}`, { parentId: bottom.id }, '*');
      expect(cycle.statusCode).toBe(400);
      expect(cycle.json().errors[0].path).toBe('parentId');
      expect((await get(`/api/v1/directives/${top.id}`)).json()).toMatchObject({ parentId: null, version: 1 });
      // Moving a branch elsewhere in the tree is fine.
      const moved = await send('PATCH', `/api/v1/directives/${bottom.id}`, { parentId: top.id }, '"1"');
      expect(moved.statusCode).toBe(200);
    });

    it('deletes an unused directive, and refuses one that assignments or other directives refer to', async () => {
      const guide = await send('DELETE', '/api/v1/directives/2', undefined, '*');
      expect(guide.statusCode).toBe(409);
      expect(guide.json().detail).toMatch(/phân công/);
      const project = await send('DELETE', '/api/v1/directives/1', undefined, '*');
      expect(project.statusCode).toBe(409);
      expect(project.json().detail).toMatch(/1 văn bản triển khai/);
      const created = await create({ code: 'DEL-1' });
      const url = `/api/v1/directives/${created.id}`;
      expect((await send('DELETE', url)).statusCode).toBe(428);
      expect((await send('DELETE', url, undefined, '"5"')).statusCode).toBe(412);
      expect((await send('DELETE', url, undefined, '"1"')).statusCode).toBe(204);
      expect((await get(url)).statusCode).toBe(404);
      expect((await send('DELETE', url, undefined, '*')).statusCode).toBe(404);
    });
  });
});
