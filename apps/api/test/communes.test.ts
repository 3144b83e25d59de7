import { compareVietnamese, foldVietnamese, PROBLEM_CONTENT_TYPE } from '@danvan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app.js';

const newCommune = {
  code: '09999',
  name: 'Xã Thử Nghiệm',
  kind: 'xa',
  district: 'Huyện Ba Bể',
  areaClass: 'III',
  remote: true,
  ntmStatus: 'chua_dat',
  distanceKm: 120.5,
  population: 2100,
  households: 450,
  poorHouseholds: 160,
  validFrom: '1997-01-01',
};

interface CommuneRow {
  id: number;
  code: string;
  name: string;
  district: string;
  area_class: string;
  remote: number;
  ntm_status: string;
  valid_from: string;
  valid_to: string | null;
}

type Item = { id: number; name: string; district: string; distanceKm: number; population: number; code: string };

describe('/api/v1/communes', () => {
  let t: TestApp;
  let demo: CommuneRow[];
  beforeAll(async () => {
    t = await createTestApp();
    demo = t.handle.sqlite
      .prepare('SELECT id, code, name, district, area_class, remote, ntm_status, valid_from, valid_to FROM communes')
      .all() as CommuneRow[];
  });
  afterAll(() => t.close());

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });
  const all = async (query: string): Promise<{ total: number; items: Item[] }> =>
    (await get(`/api/v1/communes?limit=500&${query}`)).json();
  const send = (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, ifMatch?: string) =>
    t.app.inject({ method, url, ...(payload ? { payload } : {}), headers: ifMatch ? { 'if-match': ifMatch } : {} });
  const create = async (fields: Record<string, unknown> & { code: string }) => {
    const res = await send('POST', '/api/v1/communes', { ...newCommune, ...fields });
    expect(res.statusCode).toBe(201);
    return res.json() as { id: number; version: number };
  };

  describe('list', () => {
    it('pages the 100 demo communes in Vietnamese alphabetical order', async () => {
      const body = (await get('/api/v1/communes')).json();
      expect(body).toMatchObject({ total: 100, page: 1, limit: 50, pages: 2 });
      const names = body.items.map((c: Item) => c.name);
      expect([...names].sort(compareVietnamese)).toEqual(names);
      const pages = await Promise.all(
        [1, 2, 3, 4].map(async (p) => (await get(`/api/v1/communes?limit=30&page=${p}`)).json()),
      );
      expect(pages.map((p) => p.items.length)).toEqual([30, 30, 30, 10]);
      expect(pages[0].pages).toBe(4);
      expect(new Set(pages.flatMap((p) => p.items.map((c: Item) => c.id))).size).toBe(100);
      // Pages continue the same order.
      const everyName = pages.flatMap((p) => p.items.map((c: Item) => c.name));
      expect([...everyName].sort(compareVietnamese)).toEqual(everyName);
      expect((await get('/api/v1/communes?limit=30&page=5')).json().items).toEqual([]);
    });

    it.each([
      ['limit=0'],
      ['page=-1'],
      ['sort=households'],
      ['areaClass=IV'],
      ['remote=yes'],
      ['ntmStatus=dat'],
      ['activeOn=2022-13-01'],
      ['unitId=0'],
    ])('refuses %s with a problem', async (query) => {
      const res = await get(`/api/v1/communes?${query}`);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    });

    it('finds communes without diacritics and regardless of NFC/NFD', async () => {
      for (const q of ['tan lap', 'TÂN LẬP', 'Tân Lập'.normalize('NFD'), 'dong', 'ba be', '01840']) {
        const body = await all(`q=${encodeURIComponent(q)}`);
        const expected = demo.filter((c) =>
          foldVietnamese(`${c.code} ${c.name} ${c.district}`).includes(foldVietnamese(q)),
        );
        expect(expected.length).toBeGreaterThan(0);
        expect(body.total).toBe(expected.length);
      }
      expect((await all('q=tan%20lap')).items.map((c) => c.name)).toContain('Xã Tân Lập');
    });

    it('filters by district whatever the accents and case, matching that district only', async () => {
      const expected = demo.filter((c) => c.district === 'Huyện Ba Bể').length;
      expect(expected).toBe(11);
      for (const district of [
        'huyen ba be',
        'Huyện Ba Bể',
        'HUYỆN BA BỂ',
        'Huyện Ba Bể'.normalize('NFD'),
        ' huyen  ba be ',
      ]) {
        const body = await all(`district=${encodeURIComponent(district)}`);
        expect(body.total).toBe(expected);
        expect(body.items.every((c) => c.district === 'Huyện Ba Bể')).toBe(true);
      }
      // Bạch Thông and Bảo Lâm both start "Huyện B…": each gets only its own.
      expect((await all('district=huyen%20bach%20thong')).total).toBe(
        demo.filter((c) => c.district === 'Huyện Bạch Thông').length,
      );
      expect((await all('district=ba%20be')).total).toBe(0);
      expect((await all('district=')).total).toBe(100);
    });

    it('filters by area class, remoteness and NTM status', async () => {
      expect((await all('areaClass=III')).total).toBe(demo.filter((c) => c.area_class === 'III').length);
      expect((await all('areaClass=II,III')).total).toBe(demo.filter((c) => c.area_class !== 'I').length);
      expect((await all('remote=true')).total).toBe(33);
      expect((await all('remote=false')).total).toBe(67);
      const remote = await all('remote=true&areaClass=III');
      expect(remote.total).toBe(demo.filter((c) => c.remote === 1 && c.area_class === 'III').length);
      expect((await all('ntmStatus=chua_dat')).total).toBe(demo.filter((c) => c.ntm_status === 'chua_dat').length);
      expect((await all('ntmStatus=dat_chuan,nang_cao,kieu_mau')).total).toBe(
        demo.filter((c) => c.ntm_status !== 'chua_dat').length,
      );
    });

    it('filters by existence on a date and by the unit in charge, with dated assignments', async () => {
      const activeOn = '2000-01-01';
      const existing = demo.filter((c) => c.valid_from <= activeOn && (c.valid_to === null || c.valid_to >= activeOn));
      expect(existing.length).toBeLessThan(100);
      expect((await all(`activeOn=${activeOn}`)).total).toBe(existing.length);
      expect((await all('activeOn=2022-01-01')).total).toBe(100);

      // The unit that handed a commune over on 1/1/2022.
      const from = t.handle.sqlite
        .prepare('SELECT unit_id AS u, commune_id AS c FROM assignments WHERE valid_to IS NOT NULL')
        .get() as { u: number; c: number };
      const held = (
        t.handle.sqlite.prepare('SELECT commune_id AS c FROM assignments WHERE unit_id = ?').all(from.u) as {
          c: number;
        }[]
      ).map((r) => r.c);
      const ever = await all(`unitId=${from.u}`);
      expect(ever.items.map((c) => c.id).sort()).toEqual([...held].sort());
      expect(ever.items.map((c) => c.id)).toContain(from.c);
      const before = await all(`unitId=${from.u}&activeOn=2021-12-31`);
      const after = await all(`unitId=${from.u}&activeOn=2022-01-01`);
      expect(before.total).toBe(held.length);
      expect(after.total).toBe(held.length - 1);
      expect(after.items.map((c) => c.id)).not.toContain(from.c);
      expect((await all(`unitId=${from.u}&activeOn=2021-01-01`)).total).toBe(0);
    });

    it('sorts by name, code, district (then name), distance and population', async () => {
      const desc = (await all('sort=-name')).items.map((c) => c.name);
      expect(desc).toEqual([...desc].sort(compareVietnamese).reverse());
      const codes = (await all('sort=code')).items.map((c) => c.code);
      expect(codes).toEqual([...codes].sort());
      const byDistrict = (await all('sort=district')).items;
      const expected = [...byDistrict].sort(
        (a, b) => compareVietnamese(a.district, b.district) || compareVietnamese(a.name, b.name),
      );
      expect(byDistrict.map((c) => c.id)).toEqual(expected.map((c) => c.id));
      expect(byDistrict[0]?.district).toBe('Huyện Ba Bể');
      expect(byDistrict.at(-1)?.district).toBe('Huyện Pác Nặm');
      const distances = (await all('sort=distanceKm')).items.map((c) => c.distanceKm);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
      const population = (await all('sort=-population')).items.map((c) => c.population);
      expect(population).toEqual([...population].sort((a, b) => b - a));
      const farthest = (await get('/api/v1/communes?sort=-distanceKm&limit=1&remote=true')).json();
      expect(farthest.items[0].distanceKm).toBe(Math.max(...distances));
    });

    it('gives the communes as CSV with a BOM and labels next to codes', async () => {
      for (const res of [
        await get('/api/v1/communes?format=csv'),
        await get('/api/v1/communes', { accept: 'text/csv' }),
      ]) {
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
        expect(res.headers['content-disposition']).toContain('xa.csv');
        expect(
          res.body.startsWith(
            '\uFEFFid,code,name,kind,kindLabel,district,areaClass,areaClassLabel,remote,ntmStatus,ntmStatusLabel,distanceKm',
          ),
        ).toBe(true);
        expect(res.body.trim().split('\r\n')).toHaveLength(101);
        expect(res.body).toContain('Xã Tân Lập,xa,Xã,Huyện Hòa An');
      }
      const remote = await get('/api/v1/communes?format=csv&remote=true');
      expect(remote.body.trim().split('\r\n')).toHaveLength(34);
    });
  });

  describe('read, create, update, delete', () => {
    it('reads one commune with its ETag, and answers 404 and 400 as problems', async () => {
      const res = await get('/api/v1/communes/1');
      expect(res.statusCode).toBe(200);
      expect(res.headers.etag).toBe(`"${res.json().version}"`);
      expect(res.json()).toMatchObject({ id: 1, name: 'Xã Tân Lập', district: 'Huyện Hòa An', successorId: null });
      const missing = await get('/api/v1/communes/99999');
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toMatchObject({ status: 404, detail: 'Không có xã với id 99999' });
      expect((await get('/api/v1/communes/x')).statusCode).toBe(400);
    });

    it('creates a commune (201, Location, searchable) and refuses a duplicate code with 409', async () => {
      const res = await send('POST', '/api/v1/communes', newCommune);
      expect(res.statusCode).toBe(201);
      const created = res.json();
      expect(created).toMatchObject({ ...newCommune, version: 1, validTo: null, successorId: null });
      expect(res.headers.location).toBe(`/api/v1/communes/${created.id}`);
      expect(res.headers.etag).toBe('"1"');
      expect((await all('q=thu%20nghiem')).items.map((c) => c.id)).toEqual([created.id]);
      expect((await all('district=huyen%20ba%20be')).total).toBe(12);
      const dup = await send('POST', '/api/v1/communes', { ...newCommune, name: 'Xã Khác' });
      expect(dup.statusCode).toBe(409);
      expect(dup.json().errors).toEqual([{ path: 'code', message: 'Mã đơn vị hành chính đã tồn tại' }]);
    });

    it('refuses invalid communes field by field, and an unknown successor', async () => {
      const res = await send('POST', '/api/v1/communes', {
        ...newCommune,
        code: '09001',
        areaClass: 'IV',
        remote: 'yes',
        population: -1,
        distanceKm: 5000,
      });
      expect(res.statusCode).toBe(400);
      const paths = res.json().errors.map((e: { path: string }) => e.path);
      expect(paths).toEqual(expect.arrayContaining(['areaClass', 'remote', 'population', 'distanceKm']));
      const order = await send('POST', '/api/v1/communes', { ...newCommune, code: '09002', validTo: '1990-01-01' });
      expect(order.json().errors).toEqual([
        { path: 'validTo', message: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu' },
      ]);
      const successor = await send('POST', '/api/v1/communes', { ...newCommune, code: '09003', successorId: 99999 });
      expect(successor.statusCode).toBe(400);
      expect(successor.json().errors).toEqual([{ path: 'successorId', message: 'Không có xã với id 99999' }]);
    });

    it('updates with If-Match (428, 412, 200), recomputes search and sort keys, and checks the merged record', async () => {
      const created = await create({ code: '09010', name: 'Xã Sửa Đổi' });
      const url = `/api/v1/communes/${created.id}`;
      expect((await send('PATCH', url, { population: 2200 })).statusCode).toBe(428);
      const ok = await send('PATCH', url, { name: 'Xã Ân Thịnh', population: 2200 }, '"1"');
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toMatchObject({ name: 'Xã Ân Thịnh', population: 2200, version: 2, district: 'Huyện Ba Bể' });
      expect(ok.headers.etag).toBe('"2"');
      expect((await all('q=an%20thinh')).items.map((c) => c.id)).toEqual([created.id]);
      expect((await all('q=sua%20doi')).total).toBe(0);
      const names = (await all('')).items.map((c) => c.name);
      expect(names).toEqual([...names].sort(compareVietnamese));
      expect((await send('PATCH', url, { population: 1 }, '"1"')).statusCode).toBe(412);
      const order = await send('PATCH', url, { validTo: '1990-01-01' }, '"2"');
      expect(order.statusCode).toBe(400);
      expect(order.json().errors[0].path).toBe('validTo');
      const self = await send('PATCH', url, { validTo: '2025-06-30', successorId: created.id }, '"2"');
      expect(self.statusCode).toBe(400);
      expect(self.json().errors).toEqual([{ path: 'successorId', message: 'Xã không thể sáp nhập vào chính nó' }]);
      const dup = await send('PATCH', url, { code: '01840' }, '"2"');
      expect(dup.statusCode).toBe(409);
      expect((await send('PATCH', '/api/v1/communes/99999', { population: 1 }, '*')).statusCode).toBe(404);
    });

    it('records a merger: the old commune ends and names its successor, which then cannot be deleted', async () => {
      const merged = await create({ code: '09020', name: 'Xã Sáp Nhập' });
      const successor = await create({ code: '09021', name: 'Xã Mới' });
      const res = await send(
        'PATCH',
        `/api/v1/communes/${merged.id}`,
        { validTo: '2025-06-30', successorId: successor.id },
        '"1"',
      );
      expect(res.statusCode).toBe(200);
      expect((await all('activeOn=2025-07-01&q=sap%20nhap')).total).toBe(0);
      expect((await all('activeOn=2025-06-30&q=sap%20nhap')).total).toBe(1);
      const refused = await send('DELETE', `/api/v1/communes/${successor.id}`, undefined, '*');
      expect(refused.statusCode).toBe(409);
      expect(refused.json().detail).toMatch(/xã đã sáp nhập/);
    });

    it('deletes an unused commune, and refuses one that history refers to with 409 and the reasons', async () => {
      const inUse = await send('DELETE', '/api/v1/communes/1', undefined, '*');
      expect(inUse.statusCode).toBe(409);
      expect(inUse.json().detail).toMatch(/phân công/);
      const visited = t.handle.sqlite.prepare('SELECT commune_id AS c FROM activities LIMIT 1').get() as { c: number };
      expect((await send('DELETE', `/api/v1/communes/${visited.c}`, undefined, '*')).json().detail).toMatch(
        /hoạt động/,
      );
      const created = await create({ code: '09030' });
      const url = `/api/v1/communes/${created.id}`;
      expect((await send('DELETE', url)).statusCode).toBe(428);
      expect((await send('DELETE', url, undefined, '"2"')).statusCode).toBe(412);
      expect((await send('DELETE', url, undefined, '"1"')).statusCode).toBe(204);
      expect((await get(url)).statusCode).toBe(404);
      expect((await send('DELETE', url, undefined, '*')).statusCode).toBe(404);
    });
  });

  // Last: it adds communes, which the counts above do not expect.
  describe('districts', () => {
    it('lists each district once, with its number of communes, in Vietnamese order', async () => {
      const res = await get('/api/v1/communes/districts');
      expect(res.statusCode).toBe(200);
      const { items } = res.json() as { items: { name: string; communes: number }[] };
      const rows = t.handle.sqlite.prepare('SELECT district FROM communes').all() as { district: string }[];
      const expected = new Map<string, number>();
      for (const c of rows) expected.set(c.district, (expected.get(c.district) ?? 0) + 1);
      expect(new Map(items.map((d) => [d.name, d.communes]))).toEqual(expected);
      expect(items.reduce((sum, d) => sum + d.communes, 0)).toBe(rows.length);
      expect(new Set(demo.map((c) => c.district)).size).toBe(items.length);
      expect(items.map((d) => d.name)).toEqual([...expected.keys()].sort(compareVietnamese));
    });

    it('counts a commune added to a district, and a new district', async () => {
      const before = (await get('/api/v1/communes/districts')).json().items as { name: string; communes: number }[];
      const baBe = before.find((d) => d.name === 'Huyện Ba Bể')?.communes ?? 0;
      await create({ code: '09991', name: 'Xã Đếm Huyện', district: 'Huyện Ba Bể' });
      await create({ code: '09992', name: 'Xã Huyện Mới', district: 'Huyện Ân Thi' });
      const after = (await get('/api/v1/communes/districts')).json().items as { name: string; communes: number }[];
      expect(after.find((d) => d.name === 'Huyện Ba Bể')?.communes).toBe(baBe + 1);
      expect(after.find((d) => d.name === 'Huyện Ân Thi')?.communes).toBe(1);
      expect(after.map((d) => d.name)).toEqual(after.map((d) => d.name).sort(compareVietnamese));
    });

    it('is for signed-in users only', async () => {
      expect((await t.anonymous('/api/v1/communes/districts')).statusCode).toBe(401);
    });
  });
});
