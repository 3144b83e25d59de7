import { compareVietnamese, PROBLEM_CONTENT_TYPE } from '@danvan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app.js';

const newUnit = {
  code: 'CB-THU',
  name: 'Chi bộ Thư viện tỉnh',
  kind: 'chi_bo_co_so',
  agency: 'Thư viện tỉnh',
  group: 'so_nganh',
  partyMembers: 12,
  staff: 30,
  activeFrom: '2015-01-01',
};

describe('/api/v1/units', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });

  describe('list', () => {
    it('pages the 77 demo units in Vietnamese alphabetical order', async () => {
      const res = await get('/api/v1/units');
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({ total: 77, page: 1, limit: 50, pages: 2 });
      expect(body.items).toHaveLength(50);
      const names = body.items.map((u: { name: string }) => u.name);
      expect([...names].sort(compareVietnamese)).toEqual(names);
      const second = (await get('/api/v1/units?page=2')).json();
      expect(second.items).toHaveLength(27);
      const ids = new Set([...body.items, ...second.items].map((u: { id: number }) => u.id));
      expect(ids.size).toBe(77);
      expect((await get('/api/v1/units?page=3')).json().items).toEqual([]);
    });

    it.each([['limit=0'], ['limit=501'], ['page=0'], ['sort=nope'], ['group=khong_co'], ['extra=1']])(
      'refuses %s with a problem',
      async (query) => {
        const res = await get(`/api/v1/units?${query}`);
        expect(res.statusCode).toBe(400);
        expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      },
    );

    it('finds units without diacritics and regardless of NFC/NFD', async () => {
      for (const q of ['ban dan van', 'BAN DÂN VẬN', 'Ban Dân vận'.normalize('NFD')]) {
        const body = (await get(`/api/v1/units?q=${encodeURIComponent(q)}`)).json();
        expect(body.items.map((u: { name: string }) => u.name)).toContain('Chi bộ Ban Dân vận Tỉnh ủy');
      }
      const none = (await get(`/api/v1/units?q=${encodeURIComponent('%_')}`)).json();
      expect(none.total).toBe(0);
    });

    it('filters by group, kind and assigned commune, and sorts descending', async () => {
      const enterprises = (await get('/api/v1/units?group=doanh_nghiep&limit=500')).json();
      expect(enterprises.total).toBeGreaterThan(0);
      expect(enterprises.items.every((u: { group: string }) => u.group === 'doanh_nghiep')).toBe(true);
      const two = (await get('/api/v1/units?group=doanh_nghiep,trung_uong&limit=500')).json();
      expect(two.total).toBeGreaterThan(enterprises.total);
      const dangBo = (await get('/api/v1/units?kind=dang_bo_co_so&limit=500')).json();
      expect(dangBo.items.every((u: { name: string }) => u.name.startsWith('Đảng bộ'))).toBe(true);

      // The demo's one reassignment: a commune handed from one unit to another on 2022-01-01.
      const handed = t.handle.sqlite
        .prepare(
          'SELECT commune_id AS c FROM assignments GROUP BY commune_id HAVING count(*) > 1 AND min(valid_to) IS NOT NULL',
        )
        .get() as { c: number };
      const ever = (await get(`/api/v1/units?communeId=${handed.c}`)).json();
      const before = (await get(`/api/v1/units?communeId=${handed.c}&activeOn=2021-12-01`)).json();
      const after = (await get(`/api/v1/units?communeId=${handed.c}&activeOn=2022-02-01`)).json();
      expect(ever.total).toBe(before.total + 1);
      expect(after.total).toBe(before.total);
      expect(after.items[0].id).not.toBe(before.items[0].id);
      const desc = (await get('/api/v1/units?sort=-name&limit=500')).json();
      const names = desc.items.map((u: { name: string }) => u.name);
      expect([...names].sort(compareVietnamese).reverse()).toEqual(names);
    });

    it('gives every unit as CSV with a BOM, by ?format=csv or Accept: text/csv', async () => {
      for (const res of [await get('/api/v1/units?format=csv'), await get('/api/v1/units', { accept: 'text/csv' })]) {
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
        expect(res.headers['content-disposition']).toContain('don-vi.csv');
        expect(res.body.startsWith('\uFEFFid,code,name,kind,kindLabel')).toBe(true);
        const lines = res.body.trim().split('\r\n');
        expect(lines).toHaveLength(78);
        expect(res.body).toContain('Chi bộ Ban Dân vận Tỉnh ủy');
      }
    });
  });

  describe('read, create, update, delete', () => {
    it('reads one unit with its ETag, and answers 404 and 400 as problems', async () => {
      const res = await get('/api/v1/units/1');
      expect(res.statusCode).toBe(200);
      expect(res.headers.etag).toBe(`"${res.json().version}"`);
      const missing = await get('/api/v1/units/99999');
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toMatchObject({ status: 404, detail: 'Không có đơn vị với id 99999' });
      expect((await get('/api/v1/units/abc')).statusCode).toBe(400);
    });

    it('creates a unit (201, Location, ETag) and refuses a duplicate code with 409', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/units', payload: newUnit });
      expect(res.statusCode).toBe(201);
      const created = res.json();
      expect(created).toMatchObject({ ...newUnit, version: 1, activeTo: null });
      expect(res.headers.location).toBe(`/api/v1/units/${created.id}`);
      expect(res.headers.etag).toBe('"1"');
      const dup = await t.app.inject({ method: 'POST', url: '/api/v1/units', payload: newUnit });
      expect(dup.statusCode).toBe(409);
      expect(dup.json().errors).toEqual([{ path: 'code', message: 'Mã đơn vị đã tồn tại' }]);
    });

    it('refuses invalid units field by field, and unknown fields', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/units',
        payload: { ...newUnit, code: 'X1', partyMembers: -1, activeTo: '2010-01-01' },
      });
      expect(res.statusCode).toBe(400);
      const paths = res.json().errors.map((e: { path: string }) => e.path);
      expect(paths).toContain('partyMembers');
      const unknown = await t.app.inject({
        method: 'POST',
        url: '/api/v1/units',
        payload: { ...newUnit, code: 'X2', x: 1 },
      });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().errors[0].message).toContain('x');
      const order = await t.app.inject({
        method: 'POST',
        url: '/api/v1/units',
        payload: { ...newUnit, code: 'X3', activeTo: '2010-01-01' },
      });
      expect(order.json().errors).toEqual([
        { path: 'activeTo', message: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu' },
      ]);
    });

    it('stores names in NFC and trimmed', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/units',
        payload: { ...newUnit, code: 'CB-NFD', name: '  Chi bộ Sở Tư pháp mới '.normalize('NFD') },
      });
      expect(res.json().name).toBe('Chi bộ Sở Tư pháp mới');
    });

    it('updates with If-Match: 428 without it, 412 when stale, 200 with the next version', async () => {
      const created = (
        await t.app.inject({ method: 'POST', url: '/api/v1/units', payload: { ...newUnit, code: 'CB-UPD' } })
      ).json();
      const url = `/api/v1/units/${created.id}`;
      const noMatch = await t.app.inject({ method: 'PATCH', url, payload: { staff: 31 } });
      expect(noMatch.statusCode).toBe(428);
      const ok = await t.app.inject({ method: 'PATCH', url, payload: { staff: 31 }, headers: { 'if-match': '"1"' } });
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toMatchObject({ staff: 31, version: 2, name: newUnit.name, activeTo: null });
      expect(ok.headers.etag).toBe('"2"');
      const stale = await t.app.inject({
        method: 'PATCH',
        url,
        payload: { staff: 99 },
        headers: { 'if-match': '"1"' },
      });
      expect(stale.statusCode).toBe(412);
      expect((await get(url)).json().staff).toBe(31);
      const badOrder = await t.app.inject({
        method: 'PATCH',
        url,
        payload: { activeTo: '2000-01-01' },
        headers: { 'if-match': '"2"' },
      });
      expect(badOrder.statusCode).toBe(400);
      const badHeader = await t.app.inject({
        method: 'PATCH',
        url,
        payload: { staff: 1 },
        headers: { 'if-match': 'abc' },
      });
      expect(badHeader.statusCode).toBe(400);
      const missing = await t.app.inject({
        method: 'PATCH',
        url: '/api/v1/units/99999',
        payload: { staff: 1 },
        headers: { 'if-match': '"1"' },
      });
      expect(missing.statusCode).toBe(404);
    });

    it('deletes an unused unit, and refuses one that records refer to with 409 and the reason', async () => {
      const inUse = await t.app.inject({ method: 'DELETE', url: '/api/v1/units/1', headers: { 'if-match': '*' } });
      expect(inUse.statusCode).toBe(409);
      expect(inUse.json().detail).toMatch(/phân công/);
      const created = (
        await t.app.inject({ method: 'POST', url: '/api/v1/units', payload: { ...newUnit, code: 'CB-DEL' } })
      ).json();
      const url = `/api/v1/units/${created.id}`;
      expect((await t.app.inject({ method: 'DELETE', url })).statusCode).toBe(428);
      expect((await t.app.inject({ method: 'DELETE', url, headers: { 'if-match': '"7"' } })).statusCode).toBe(412);
      const done = await t.app.inject({ method: 'DELETE', url, headers: { 'if-match': '"1"' } });
      expect(done.statusCode).toBe(204);
      expect((await get(url)).statusCode).toBe(404);
      expect((await t.app.inject({ method: 'DELETE', url, headers: { 'if-match': '*' } })).statusCode).toBe(404);
    });
  });
});
