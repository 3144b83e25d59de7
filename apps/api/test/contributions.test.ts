import { matchesVietnamese, PROBLEM_CONTENT_TYPE } from '@danvan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app.js';

interface Item {
  id: number;
  activityId: number;
  valueVnd: number;
  createdAt: string;
}

describe('/api/v1/contributions', () => {
  let t: TestApp;
  let unitId: number;
  let communeId: number;
  /** All demo contributions (no activity is deleted in the demo). */
  let demoTotal: number;

  beforeAll(async () => {
    t = await createTestApp();
    unitId = t.handle.sqlite.prepare('SELECT id FROM units ORDER BY id LIMIT 1').pluck().get() as number;
    communeId = t.handle.sqlite.prepare('SELECT id FROM communes ORDER BY id LIMIT 1').pluck().get() as number;
    demoTotal = t.handle.sqlite.prepare('SELECT count(*) FROM contributions').pluck().get() as number;
  });
  afterAll(() => t.close());

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });
  const send = (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, ifMatch?: string) =>
    t.app.inject({
      method,
      url,
      ...(payload ? { payload } : {}),
      headers: ifMatch === undefined ? {} : { 'if-match': ifMatch },
    });
  const scalar = (query: string, ...params: unknown[]) =>
    (t.handle.sqlite
      .prepare(query)
      .pluck()
      .get(...params) as number | null) ?? 0;
  const total = async (query: string) => {
    const res = await get(`/api/v1/contributions?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().total as number;
  };

  /** A fresh draft activity with one cash contribution. */
  async function newActivity(title = 'Hỗ trợ thắp sáng đường quê thôn Bản Chang') {
    const res = await send('POST', '/api/v1/activities', {
      title,
      communeId,
      unitIds: [unitId],
      startDate: '2022-03-25',
      endDate: '2022-03-25',
      categories: ['thap_sang_duong_que'],
      contributions: [{ unitId, kind: 'tien_mat', source: 'can_bo_dong_gop', valueVnd: 2_000_000 }],
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: number; version: number; updatedAt: string; contributions: Item[] };
  }

  const cement = (activityId: number) => ({
    activityId,
    unitId,
    kind: 'hien_vat',
    source: 'xa_hoi_hoa',
    item: 'Xi măng',
    quantity: 2.5,
    measureUnit: 'tấn',
    valueVnd: 3_750_000,
    valuationMethod: 'hoa_don',
    note: 'Doanh nghiệp tài trợ',
  });

  describe('list', () => {
    it('pages every contribution of the demo, by activity date, newest first', async () => {
      const first = (await get('/api/v1/contributions')).json();
      expect(first).toMatchObject({ total: demoTotal, page: 1, limit: 50, pages: Math.ceil(demoTotal / 50) });
      const all = (await get('/api/v1/contributions?limit=500')).json().items as Item[];
      expect(all).toHaveLength(demoTotal);
      expect(all.slice(0, 50)).toEqual(first.items);
      const last = (await get(`/api/v1/contributions?page=${first.pages}`)).json();
      expect(last.items).toHaveLength(demoTotal - (first.pages - 1) * 50);
      expect((await get(`/api/v1/contributions?page=${first.pages + 1}`)).json().items).toEqual([]);
      const dates = t.handle.sqlite.prepare('SELECT id, start_date FROM activities').all() as {
        id: number;
        start_date: string;
      }[];
      const dateOf = new Map(dates.map((d) => [d.id, d.start_date]));
      const keys = all.map((c) => `${dateOf.get(c.activityId)}|${String(c.id).padStart(8, '0')}`);
      expect(keys).toEqual([...keys].sort().reverse());
    });

    it('sorts by value and creation time, ties by id', async () => {
      const asc = (await get('/api/v1/contributions?limit=500&sort=valueVnd')).json().items as Item[];
      expect(
        asc.every(
          (c, i) =>
            i === 0 ||
            c.valueVnd > asc[i - 1]!.valueVnd ||
            (c.valueVnd === asc[i - 1]!.valueVnd && c.id > asc[i - 1]!.id),
        ),
      ).toBe(true);
      const desc = (await get('/api/v1/contributions?limit=500&sort=-valueVnd')).json().items as Item[];
      expect(desc[0]!.valueVnd).toBe(scalar('SELECT max(value_vnd) FROM contributions'));
      const created = (await get('/api/v1/contributions?limit=500&sort=createdAt')).json().items as Item[];
      expect(created.every((c, i) => i === 0 || c.createdAt >= created[i - 1]!.createdAt)).toBe(true);
      const oldest = (await get('/api/v1/contributions?limit=500&sort=activityDate')).json().items as Item[];
      expect(oldest[0]!.activityId).toBe(
        scalar(
          'SELECT id FROM activities WHERE id IN (SELECT activity_id FROM contributions) ORDER BY start_date, id LIMIT 1',
        ),
      );
    });

    it.each([['limit=501'], ['page=0'], ['sort=item'], ['kind=vang'], ['from=2022-02-01&to=2022-01-01'], ['x=1']])(
      'refuses %s with a problem',
      async (query) => {
        const res = await get(`/api/v1/contributions?${query}`);
        expect(res.statusCode).toBe(400);
        expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      },
    );

    it('filters by activity, unit, commune, kind, source, activity status and period', async () => {
      const activityId = scalar(
        'SELECT activity_id FROM contributions GROUP BY activity_id ORDER BY count(*) DESC LIMIT 1',
      );
      expect(await total(`activityId=${activityId}`)).toBe(
        scalar('SELECT count(*) FROM contributions WHERE activity_id = ?', activityId),
      );
      const giver = scalar('SELECT unit_id FROM contributions GROUP BY unit_id ORDER BY count(*) DESC LIMIT 1');
      expect(await total(`unitId=${giver}`)).toBe(
        scalar('SELECT count(*) FROM contributions WHERE unit_id = ?', giver),
      );
      const place = scalar(
        'SELECT a.commune_id FROM contributions c JOIN activities a ON a.id = c.activity_id GROUP BY 1 ORDER BY count(*) DESC LIMIT 1',
      );
      expect(await total(`communeId=${place}`)).toBe(
        scalar(
          'SELECT count(*) FROM contributions c JOIN activities a ON a.id = c.activity_id WHERE a.commune_id = ?',
          place,
        ),
      );
      for (const kind of ['tien_mat', 'hien_vat', 'ngay_cong']) {
        const n = scalar('SELECT count(*) FROM contributions WHERE kind = ?', kind);
        expect(n).toBeGreaterThan(0);
        expect(await total(`kind=${kind}`)).toBe(n);
      }
      expect(await total('kind=tien_mat,hien_vat')).toBe(
        scalar(`SELECT count(*) FROM contributions WHERE kind IN ('tien_mat', 'hien_vat')`),
      );
      expect(await total('source=xa_hoi_hoa,ngan_sach')).toBe(
        scalar(`SELECT count(*) FROM contributions WHERE source IN ('xa_hoi_hoa', 'ngan_sach')`),
      );
      const byStatus = (s: string) =>
        scalar(
          `SELECT count(*) FROM contributions c JOIN activities a ON a.id = c.activity_id WHERE a.status IN (${s})`,
        );
      expect(await total('status=approved')).toBe(byStatus(`'approved'`));
      expect(await total('status=draft,submitted,returned')).toBe(byStatus(`'draft', 'submitted', 'returned'`));
      expect(byStatus(`'approved'`) + byStatus(`'draft', 'submitted', 'returned'`)).toBe(demoTotal);
      expect(await total('from=2022-01-01&to=2022-01-31')).toBe(
        scalar(
          `SELECT count(*) FROM contributions c JOIN activities a ON a.id = c.activity_id
           WHERE a.start_date BETWEEN '2022-01-01' AND '2022-01-31'`,
        ),
      );
      expect(await total('kind=hien_vat&source=can_bo_dong_gop&from=2022-01-01')).toBe(
        scalar(
          `SELECT count(*) FROM contributions c JOIN activities a ON a.id = c.activity_id
           WHERE c.kind = 'hien_vat' AND c.source = 'can_bo_dong_gop' AND a.start_date >= '2022-01-01'`,
        ),
      );
    });

    it('searches the item and the activity without diacritics, in any normal form', async () => {
      const rows = t.handle.sqlite
        .prepare(`SELECT c.item, a.title, a.description FROM contributions c JOIN activities a ON a.id = c.activity_id`)
        .all() as { item: string | null; title: string; description: string }[];
      const matching = (q: string) =>
        rows.filter((r) => matchesVietnamese(r.item ?? '', q) || matchesVietnamese(`${r.title} ${r.description}`, q))
          .length;
      for (const q of ['xi mang', 'Xi măng'.normalize('NFD'), 'GẠO']) {
        expect(matching(q)).toBeGreaterThan(0);
        expect(await total(`q=${encodeURIComponent(q)}`)).toBe(matching(q));
      }
      const kg = (await get(`/api/v1/contributions?limit=500&q=gao&kind=hien_vat`)).json().items;
      expect(kg.some((c: { item: string; measureUnit: string }) => c.item === 'Gạo' && c.measureUnit === 'kg')).toBe(
        true,
      );
      expect(await total(`q=${encodeURIComponent('%')}`)).toBe(0);
    });

    it('gives the list as CSV with a BOM and Vietnamese labels', async () => {
      for (const res of [
        await get('/api/v1/contributions?format=csv'),
        await get('/api/v1/contributions', { accept: 'text/csv' }),
      ]) {
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
        expect(res.headers['content-disposition']).toContain('dong-gop.csv');
        expect(
          res.body.startsWith(
            '\uFEFFid,activityId,activityTitle,activityDate,communeName,district,unitId,unitName,kind,kindLabel,source,sourceLabel,' +
              'item,quantity,measureUnit,valueVnd,valuationMethod,valuationMethodLabel,note',
          ),
        ).toBe(true);
        expect(res.body.trim().split('\r\n')).toHaveLength(demoTotal + 1);
        for (const label of ['Tiền mặt', 'Hiện vật', 'Ngày công', 'Cán bộ, đảng viên tự nguyện đóng góp', 'Xi măng']) {
          expect(res.body).toContain(label);
        }
      }
      const cash = await get('/api/v1/contributions?format=csv&kind=tien_mat');
      expect(cash.body.trim().split('\r\n')).toHaveLength(
        scalar(`SELECT count(*) FROM contributions WHERE kind = 'tien_mat'`) + 1,
      );
      expect(cash.body).not.toContain(',Hiện vật,');
    });
  });

  describe('read and write', () => {
    it('reads one contribution with its ETag; 404 and 400 as problems', async () => {
      const res = await get('/api/v1/contributions/1');
      expect(res.statusCode).toBe(200);
      expect(res.headers.etag).toBe(`"${res.json().version}"`);
      expect(res.json().id).toBe(1);
      const missing = await get('/api/v1/contributions/999999');
      expect(missing.statusCode).toBe(404);
      expect(missing.json().detail).toBe('Không có khoản đóng góp với id 999999');
      expect((await get('/api/v1/contributions/0')).statusCode).toBe(400);
    });

    it('creates a contribution (201, Location, ETag) and bumps its activity', async () => {
      const activity = await newActivity();
      const payload = { ...cement(activity.id), item: ' Xi măng '.normalize('NFD') };
      const res = await send('POST', '/api/v1/contributions', payload);
      expect(res.statusCode, res.body).toBe(201);
      const created = res.json();
      expect(created).toMatchObject({ ...cement(activity.id), version: 1 });
      expect(created.item).toBe('Xi măng'.normalize('NFC'));
      expect(res.headers.location).toBe(`/api/v1/contributions/${created.id}`);
      expect(res.headers.etag).toBe('"1"');
      expect((await get(`/api/v1/contributions/${created.id}`)).json()).toEqual(created);
      const parent = await get(`/api/v1/activities/${activity.id}`);
      expect(parent.headers.etag).toBe('"2"');
      expect(parent.json().updatedAt).toBe(created.updatedAt);
      expect(parent.json().contributions.map((c: Item) => c.id)).toEqual([activity.contributions[0]!.id, created.id]);
      const withDefaults = await send('POST', '/api/v1/contributions', {
        activityId: activity.id,
        unitId,
        kind: 'ngay_cong',
        source: 'can_bo_dong_gop',
        quantity: 6,
        valueVnd: 0,
      });
      expect(withDefaults.json()).toMatchObject({ item: null, measureUnit: null, valuationMethod: null, note: '' });
    });

    it('refuses contributions that break the rules of their kind, or name unknown records', async () => {
      const activity = await newActivity();
      const paths = async (payload: object) => {
        const res = await send('POST', '/api/v1/contributions', payload);
        expect(res.statusCode).toBe(400);
        return res.json().errors.map((e: { path: string }) => e.path) as string[];
      };
      const { quantity: _q, valuationMethod: _v, ...vague } = cement(activity.id);
      expect(await paths(vague)).toEqual(['quantity', 'valuationMethod']);
      expect(await paths({ ...cement(activity.id), kind: 'ngay_cong' })).toEqual(['valueVnd']);
      expect(await paths({ ...cement(activity.id), kind: 'tien_mat', valueVnd: 0 })).toEqual(['valueVnd']);
      for (const valueVnd of [-1, 1.5]) {
        expect(new Set(await paths({ ...cement(activity.id), valueVnd }))).toEqual(new Set(['valueVnd']));
      }
      expect(await paths({ ...cement(activity.id), source: 'ngan_hang' })).toEqual(['source']);
      const unknown = await send('POST', '/api/v1/contributions', { ...cement(activity.id), extra: true });
      expect(unknown.json().errors[0].message).toContain('extra');
      const missing = await send('POST', '/api/v1/contributions', { ...cement(999_999), unitId: 999_998 });
      expect(missing.statusCode).toBe(400);
      expect(missing.json().errors).toEqual([
        { path: 'activityId', message: 'Không có hoạt động với id 999999' },
        { path: 'unitId', message: 'Không có đơn vị với id 999998' },
      ]);
      expect((await get(`/api/v1/activities/${activity.id}`)).json().version).toBe(1);
    });

    it('updates with If-Match, re-checks the rules of the kind on the merged record, and bumps the activity', async () => {
      const activity = await newActivity();
      const cash = activity.contributions[0]!;
      const url = `/api/v1/contributions/${cash.id}`;
      expect((await send('PATCH', url, { valueVnd: 3_000_000 })).statusCode).toBe(428);
      expect((await send('PATCH', url, { valueVnd: 3_000_000 }, '"2"')).statusCode).toBe(412);
      const ok = await send('PATCH', url, { valueVnd: 3_000_000, note: 'Bổ sung' }, '"1"');
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.headers.etag).toBe('"2"');
      expect(ok.json()).toMatchObject({ valueVnd: 3_000_000, note: 'Bổ sung', kind: 'tien_mat', version: 2 });
      const parent = (await get(`/api/v1/activities/${activity.id}`)).json();
      expect(parent.version).toBe(2);
      expect(parent.contributions[0]).toEqual(ok.json());

      // Cash turned into goods without saying what, how much and how valued.
      const goods = await send('PATCH', url, { kind: 'hien_vat' }, '"2"');
      expect(goods.statusCode).toBe(400);
      expect(goods.json().errors.map((e: { path: string }) => e.path)).toEqual([
        'item',
        'quantity',
        'measureUnit',
        'valuationMethod',
      ]);
      const labour = await send('PATCH', url, { kind: 'ngay_cong', quantity: 4 }, '"2"');
      expect(labour.json().errors).toEqual([{ path: 'valueVnd', message: 'Ngày công không ghi tiền' }]);
      const complete = await send(
        'PATCH',
        url,
        { kind: 'hien_vat', item: 'Bóng đèn', quantity: 40, measureUnit: 'chiếc', valuationMethod: 'hoa_don' },
        '"2"',
      );
      expect(complete.statusCode, complete.body).toBe(200);
      expect(complete.json()).toMatchObject({ kind: 'hien_vat', valueVnd: 3_000_000, version: 3 });
      const badUnit = await send('PATCH', url, { unitId: 999_999 }, '"3"');
      expect(badUnit.json().errors).toEqual([{ path: 'unitId', message: 'Không có đơn vị với id 999999' }]);
      const move = await send('PATCH', url, { activityId: 1 }, '"3"');
      expect(move.statusCode).toBe(400);
      expect(move.json().errors[0].message).toContain('activityId');
      expect((await get(`/api/v1/activities/${activity.id}`)).json().version).toBe(3);
      const missing = await send('PATCH', '/api/v1/contributions/999999', { note: 'x' }, '*');
      expect(missing.statusCode).toBe(404);
    });

    it('deletes with If-Match (hard delete) and bumps the activity', async () => {
      const activity = await newActivity();
      const url = `/api/v1/contributions/${activity.contributions[0]!.id}`;
      expect((await send('DELETE', url)).statusCode).toBe(428);
      expect((await send('DELETE', url, undefined, '"5"')).statusCode).toBe(412);
      const done = await send('DELETE', url, undefined, '"1"');
      expect(done.statusCode).toBe(204);
      expect((await get(url)).statusCode).toBe(404);
      expect((await send('DELETE', url, undefined, '*')).statusCode).toBe(404);
      const parent = (await get(`/api/v1/activities/${activity.id}`)).json();
      expect(parent).toMatchObject({ version: 2, contributions: [] });
    });

    it('hides and protects the contributions of a soft-deleted activity until it is restored', async () => {
      const activity = await newActivity('Hoạt động có đóng góp sẽ bị xoá');
      const own = `activityId=${activity.id}`;
      expect(await total(own)).toBe(1);
      expect((await send('DELETE', `/api/v1/activities/${activity.id}`, undefined, '"1"')).statusCode).toBe(204);
      expect(await total(own)).toBe(0);
      expect(await total('limit=1')).toBe(
        scalar(
          'SELECT count(*) FROM contributions c JOIN activities a ON a.id = c.activity_id WHERE a.deleted_at IS NULL',
        ),
      );
      const url = `/api/v1/contributions/${activity.contributions[0]!.id}`;
      expect((await get(url)).statusCode).toBe(200);
      const add = await send('POST', '/api/v1/contributions', cement(activity.id));
      expect(add.statusCode).toBe(409);
      expect(add.json().detail).toContain('khôi phục');
      expect((await send('PATCH', url, { note: 'x' }, '"1"')).statusCode).toBe(409);
      expect((await send('DELETE', url, undefined, '"1"')).statusCode).toBe(409);
      expect((await get(`/api/v1/activities/${activity.id}`)).json().version).toBe(2);
      expect((await send('POST', `/api/v1/activities/${activity.id}/restore`, undefined, '"2"')).statusCode).toBe(200);
      expect(await total(own)).toBe(1);
      expect((await send('PATCH', url, { note: 'x' }, '"1"')).statusCode).toBe(200);
    });
  });
});
