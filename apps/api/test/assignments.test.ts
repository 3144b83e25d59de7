import { compareVietnamese, foldVietnamese, PROBLEM_CONTENT_TYPE } from '@danvan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app.js';

interface AssignmentRow {
  id: number;
  unit_id: number;
  commune_id: number;
  directive_id: number;
  role: string;
  valid_from: string;
  valid_to: string | null;
  unit_group: string;
  unit_name: string;
  unit_search: string;
  commune_name: string;
  commune_search: string;
  district: string;
}

type Item = { id: number; unitId: number; communeId: number; validFrom: string; validTo: string | null; role: string };

describe('/api/v1/assignments', () => {
  let t: TestApp;
  let demo: AssignmentRow[];
  /** The commune handed from one unit to another on 1/1/2022. */
  let handed: { communeId: number; fromUnitId: number; toUnitId: number };
  beforeAll(async () => {
    t = await createTestApp();
    demo = t.handle.sqlite
      .prepare(
        `SELECT a.id, a.unit_id, a.commune_id, a.directive_id, a.role, a.valid_from, a.valid_to,
                u.unit_group, u.name AS unit_name, u.search AS unit_search,
                c.name AS commune_name, c.search AS commune_search, c.district
           FROM assignments a JOIN units u ON u.id = a.unit_id JOIN communes c ON c.id = a.commune_id`,
      )
      .all() as AssignmentRow[];
    const ended = demo.find((a) => a.valid_to !== null)!;
    const next = demo.find((a) => a.commune_id === ended.commune_id && a.valid_from === '2022-01-01')!;
    handed = { communeId: ended.commune_id, fromUnitId: ended.unit_id, toUnitId: next.unit_id };
  });
  afterAll(() => t.close());

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });
  const all = async (query: string): Promise<{ total: number; items: Item[] }> =>
    (await get(`/api/v1/assignments?limit=500&${query}`)).json();
  const send = (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, ifMatch?: string) =>
    t.app.inject({ method, url, ...(payload ? { payload } : {}), headers: ifMatch ? { 'if-match': ifMatch } : {} });
  const activeOn = (a: AssignmentRow, d: string) => a.valid_from <= d && (a.valid_to === null || a.valid_to >= d);
  /** A commune the given unit was never assigned to. */
  const freeCommune = (unitId: number) =>
    [...new Set(demo.map((a) => a.commune_id))].find(
      (c) => !demo.some((a) => a.unit_id === unitId && a.commune_id === c),
    )!;

  describe('list', () => {
    it('lists every demo assignment, newest first, in pages', async () => {
      expect(demo.length).toBeGreaterThan(100);
      const body = (await get('/api/v1/assignments')).json();
      expect(body).toMatchObject({ total: demo.length, limit: 50, pages: Math.ceil(demo.length / 50) });
      expect(body.items[0]).toMatchObject({
        communeId: handed.communeId,
        unitId: handed.toUnitId,
        validFrom: '2022-01-01',
      });
      const dates = body.items.map((a: Item) => a.validFrom);
      expect(dates).toEqual([...dates].sort().reverse());
      const last = (await get(`/api/v1/assignments?page=${body.pages}`)).json();
      expect(last.items).toHaveLength(demo.length - 50 * (body.pages - 1));
      expect((await get(`/api/v1/assignments?page=${body.pages + 1}`)).json().items).toEqual([]);
      const every = await all('');
      expect(new Set(every.items.map((a) => a.id)).size).toBe(demo.length);
    });

    it('covers all 100 communes from 10/9/2021, with two rows for the commune handed over on 1/1/2022', async () => {
      const main = await all('role=phu_trach_chinh&activeOn=2021-09-10');
      expect(new Set(main.items.map((a) => a.communeId)).size).toBe(100);
      const later = await all('role=phu_trach_chinh&activeOn=2022-02-01');
      expect(new Set(later.items.map((a) => a.communeId)).size).toBe(100);
      expect((await all('activeOn=2021-09-09')).total).toBe(0);
      const history = await all(`communeId=${handed.communeId}&role=phu_trach_chinh&sort=validFrom`);
      expect(history.items.map((a) => [a.unitId, a.validFrom, a.validTo])).toEqual([
        [handed.fromUnitId, '2021-09-10', '2021-12-31'],
        [handed.toUnitId, '2022-01-01', null],
      ]);
    });

    it.each([
      ['limit=501'],
      ['sort=role'],
      ['unitGroup=so'],
      ['role=chinh'],
      ['activeOn=01/01/2022'],
      ['directiveId=-1'],
      ['from=2022-01-01'],
    ])('refuses %s with a problem', async (query) => {
      const res = await get(`/api/v1/assignments?${query}`);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    });

    it('filters by unit, commune, directive, role and date', async () => {
      expect((await all(`unitId=${handed.fromUnitId}`)).total).toBe(
        demo.filter((a) => a.unit_id === handed.fromUnitId).length,
      );
      expect((await all(`communeId=${handed.communeId}`)).total).toBe(
        demo.filter((a) => a.commune_id === handed.communeId).length,
      );
      expect((await all('directiveId=2')).total).toBe(demo.length);
      expect((await all('directiveId=1')).total).toBe(0);
      expect((await all('role=tham_gia')).total).toBe(demo.filter((a) => a.role === 'tham_gia').length);
      for (const d of ['2021-12-31', '2022-01-01', '2022-03-18']) {
        expect((await all(`activeOn=${d}`)).total).toBe(demo.filter((a) => activeOn(a, d)).length);
      }
      const combined = await all(`unitId=${handed.fromUnitId}&activeOn=2022-01-01`);
      expect(combined.items.map((a) => a.communeId)).not.toContain(handed.communeId);
    });

    it('filters by unit group and by district (without diacritics), through units and communes', async () => {
      expect((await all('unitGroup=doanh_nghiep')).total).toBe(
        demo.filter((a) => a.unit_group === 'doanh_nghiep').length,
      );
      const two = await all('unitGroup=doanh_nghiep,trung_uong');
      expect(two.total).toBe(demo.filter((a) => ['doanh_nghiep', 'trung_uong'].includes(a.unit_group)).length);
      const baBe = demo.filter((a) => a.district === 'Huyện Ba Bể').length;
      expect(baBe).toBeGreaterThan(11);
      for (const district of ['huyen ba be', 'Huyện Ba Bể', 'HUYỆN BA BỂ'.normalize('NFD')]) {
        expect((await all(`district=${encodeURIComponent(district)}`)).total).toBe(baBe);
      }
      expect((await all('district=ba%20be')).total).toBe(0);
      const both = await all('district=huyen%20pac%20nam&unitGroup=so_nganh');
      expect(both.total).toBe(demo.filter((a) => a.district === 'Huyện Pác Nặm' && a.unit_group === 'so_nganh').length);
    });

    it('searches unit and commune names without diacritics', async () => {
      for (const q of ['tan lap', 'Tân Lập'.normalize('NFD'), 'ban dan van', 'agribank', 'dien luc']) {
        const needle = foldVietnamese(q);
        const expected = demo.filter((a) => a.unit_search.includes(needle) || a.commune_search.includes(needle));
        expect(expected.length).toBeGreaterThan(0);
        const body = await all(`q=${encodeURIComponent(q)}`);
        expect(body.items.map((a) => a.id).sort()).toEqual(expected.map((a) => a.id).sort());
      }
      expect((await all('q=khong%20co%20dau')).total).toBe(0);
    });

    it('sorts by unit and commune name the Vietnamese way, and by end date', async () => {
      const unitName = new Map(demo.map((a) => [a.id, a.unit_name]));
      const communeName = new Map(demo.map((a) => [a.id, a.commune_name]));
      const byUnit = (await all('sort=unit')).items.map((a) => unitName.get(a.id)!);
      expect(byUnit).toEqual([...byUnit].sort(compareVietnamese));
      const byCommune = (await all('sort=-commune')).items.map((a) => communeName.get(a.id)!);
      expect(byCommune).toEqual([...byCommune].sort(compareVietnamese).reverse());
      const byEnd = (await all('sort=-validTo')).items;
      expect(byEnd[0]).toMatchObject({ communeId: handed.communeId, validTo: '2021-12-31' });
    });

    it('gives the assignments as CSV with unit and commune names and role labels', async () => {
      const res = await get('/api/v1/assignments?format=csv');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toContain('phan-cong.csv');
      expect(
        res.body.startsWith(
          '\uFEFFid,unitId,unitCode,unitName,communeId,communeCode,communeName,district,directiveId,directiveCode,role,roleLabel,validFrom,validTo',
        ),
      ).toBe(true);
      expect(res.body.trim().split('\r\n')).toHaveLength(demo.length + 1);
      expect(res.body).toContain('Xã Tân Lập,Huyện Hòa An,2,02-HD/BDVTU,phu_trach_chinh,Phụ trách chính,2021-09-10');
      const some = await get(`/api/v1/assignments?communeId=${handed.communeId}`, { accept: 'text/csv' });
      expect(some.body.trim().split('\r\n')).toHaveLength(
        1 + demo.filter((a) => a.commune_id === handed.communeId).length,
      );
    });
  });

  describe('read, create, update, delete', () => {
    it('reads one assignment with its ETag, and answers 404 and 400 as problems', async () => {
      const res = await get('/api/v1/assignments/1');
      expect(res.statusCode).toBe(200);
      expect(res.headers.etag).toBe(`"${res.json().version}"`);
      const missing = await get('/api/v1/assignments/99999');
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toMatchObject({ status: 404, detail: 'Không có phân công với id 99999' });
      expect((await get('/api/v1/assignments/1.5')).statusCode).toBe(400);
    });

    it('refuses invalid assignments field by field, and unknown unit, commune or directive', async () => {
      const base = { unitId: 1, communeId: freeCommune(1), directiveId: 2, role: 'tham_gia', validFrom: '2022-03-01' };
      const res = await send('POST', '/api/v1/assignments', {
        ...base,
        role: 'chinh',
        validFrom: '2022-02-30',
        directiveId: undefined,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(
        expect.arrayContaining(['role', 'validFrom', 'directiveId']),
      );
      const order = await send('POST', '/api/v1/assignments', { ...base, validTo: '2022-02-01' });
      expect(order.json().errors).toEqual([
        { path: 'validTo', message: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu' },
      ]);
      const fk = await send('POST', '/api/v1/assignments', {
        ...base,
        unitId: 99999,
        communeId: 99998,
        directiveId: 99997,
      });
      expect(fk.statusCode).toBe(400);
      expect(fk.json().errors).toEqual([
        { path: 'unitId', message: 'Không có đơn vị với id 99999' },
        { path: 'communeId', message: 'Không có xã với id 99998' },
        { path: 'directiveId', message: 'Không có văn bản chỉ đạo với id 99997' },
      ]);
    });

    it('refuses with 409 a second assignment of a unit to a commune over overlapping dates', async () => {
      // The old unit cannot be put back over its own past term, nor the new one twice.
      const back = await send('POST', '/api/v1/assignments', {
        unitId: handed.fromUnitId,
        communeId: handed.communeId,
        directiveId: 2,
        role: 'tham_gia',
        validFrom: '2021-12-01',
      });
      expect(back.statusCode).toBe(409);
      expect(back.json()).toMatchObject({ status: 409, errors: [{ path: 'validFrom' }] });
      expect(back.json().detail).toContain('10/09/2021 đến 31/12/2021');
      const twice = await send('POST', '/api/v1/assignments', {
        unitId: handed.toUnitId,
        communeId: handed.communeId,
        directiveId: 2,
        role: 'phu_trach_chinh',
        validFrom: '2023-01-01',
        validTo: '2023-12-31',
      });
      expect(twice.statusCode).toBe(409);
      // After its term ended, the old unit may take part again.
      const again = await send('POST', '/api/v1/assignments', {
        unitId: handed.fromUnitId,
        communeId: handed.communeId,
        directiveId: 2,
        role: 'tham_gia',
        validFrom: '2022-01-01',
      });
      expect(again.statusCode).toBe(201);
      expect((await all(`communeId=${handed.communeId}&activeOn=2022-01-01`)).total).toBe(2);
    });

    it('reassigns by ending the old row and adding a new one; updates use If-Match (428, 412) and the overlap rule', async () => {
      const communeId = freeCommune(2);
      const first = await send('POST', '/api/v1/assignments', {
        unitId: 2,
        communeId,
        directiveId: 2,
        role: 'tham_gia',
        validFrom: '2022-03-01',
      });
      expect(first.statusCode).toBe(201);
      expect(first.json()).toMatchObject({ validTo: null, note: '', version: 1 });
      expect(first.headers.location).toBe(`/api/v1/assignments/${first.json().id}`);
      const url = `/api/v1/assignments/${first.json().id}`;
      const next = { unitId: 2, communeId, directiveId: 2, role: 'phu_trach_chinh', validFrom: '2022-06-01' };
      expect((await send('POST', '/api/v1/assignments', next)).statusCode).toBe(409);

      expect((await send('PATCH', url, { validTo: '2022-05-31' })).statusCode).toBe(428);
      const ended = await send('PATCH', url, { validTo: '2022-05-31' }, '"1"');
      expect(ended.statusCode).toBe(200);
      expect(ended.json()).toMatchObject({
        validTo: '2022-05-31',
        validFrom: '2022-03-01',
        role: 'tham_gia',
        version: 2,
      });
      expect(ended.headers.etag).toBe('"2"');
      expect((await send('PATCH', url, { note: 'cũ' }, '"1"')).statusCode).toBe(412);
      const second = await send('POST', '/api/v1/assignments', next);
      expect(second.statusCode).toBe(201);

      // An update is checked against the others, never against itself.
      expect((await send('PATCH', url, { note: 'Kết thúc do điều chỉnh' }, '"2"')).statusCode).toBe(200);
      const reopen = await send('PATCH', url, { validTo: null }, '"3"');
      expect(reopen.statusCode).toBe(409);
      const earlier = await send(
        'PATCH',
        `/api/v1/assignments/${second.json().id}`,
        { validFrom: '2022-05-01' },
        '"1"',
      );
      expect(earlier.statusCode).toBe(409);
      const order = await send('PATCH', url, { validTo: '2022-01-01' }, '"3"');
      expect(order.statusCode).toBe(400);
      expect(order.json().errors[0].path).toBe('validTo');
      const fk = await send('PATCH', url, { unitId: 99999 }, '"3"');
      expect(fk.json().errors).toEqual([{ path: 'unitId', message: 'Không có đơn vị với id 99999' }]);
      expect((await send('PATCH', '/api/v1/assignments/99999', { note: 'x' }, '*')).statusCode).toBe(404);
      const history = await all(`unitId=2&communeId=${communeId}&sort=validFrom`);
      expect(history.items.map((a) => [a.role, a.validFrom, a.validTo])).toEqual([
        ['tham_gia', '2022-03-01', '2022-05-31'],
        ['phu_trach_chinh', '2022-06-01', null],
      ]);
    });

    it('deletes an assignment with If-Match (428, 412, 204, then 404)', async () => {
      const created = await send('POST', '/api/v1/assignments', {
        unitId: 3,
        communeId: freeCommune(3),
        directiveId: 2,
        role: 'tham_gia',
        validFrom: '2022-03-01',
      });
      const url = `/api/v1/assignments/${created.json().id}`;
      expect((await send('DELETE', url)).statusCode).toBe(428);
      expect((await send('DELETE', url, undefined, '"3"')).statusCode).toBe(412);
      expect((await send('DELETE', url, undefined, '"1"')).statusCode).toBe(204);
      expect((await get(url)).statusCode).toBe(404);
      expect((await send('DELETE', url, undefined, '*')).statusCode).toBe(404);
    });
  });
});
