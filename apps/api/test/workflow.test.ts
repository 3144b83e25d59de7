/**
 * The review workflow, month locks and the audit trail, through the API with real sessions:
 * a unit officer records and submits, the admin returns with a comment, the officer fixes and
 * resubmits, the admin approves; the figures change only at approval.
 */
import { SEED_PERIOD } from '@danvan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthHeaders, asRole } from './helpers/auth.js';
import { createTestApp, type TestApp } from './helpers/test-app.js';

describe('workflow, locks and audit', () => {
  let t: TestApp;
  let officer: AuthHeaders;
  let viewer: AuthHeaders;
  let bdv: number;
  let commune: number;

  beforeAll(async () => {
    t = await createTestApp();
    officer = await asRole(t, 'unit_officer');
    viewer = await asRole(t, 'viewer');
    bdv = (t.handle.sqlite.prepare("SELECT id FROM units WHERE code = 'CB-BDVTU'").get() as { id: number }).id;
    commune = (
      t.handle.sqlite.prepare('SELECT commune_id AS c FROM assignments WHERE unit_id = ? LIMIT 1').get(bdv) as {
        c: number;
      }
    ).c;
  });
  afterAll(() => t.close());

  const as = (headers: Record<string, string>) => ({
    get: (url: string) => t.app.inject({ url, headers }),
    send: (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, ifMatch?: string) =>
      t.app.inject({
        method,
        url,
        headers: { ...headers, ...(ifMatch ? { 'if-match': ifMatch } : {}) },
        ...(payload ? { payload } : {}),
      }),
  });
  const admin = () => as({});
  const visits = async () =>
    (await admin().get(`/api/v1/stats/coverage?from=${SEED_PERIOD.from}&to=${SEED_PERIOD.to}`)).json().visits;
  const audit = async (query: string) => (await admin().get(`/api/v1/audit?${query}&limit=500`)).json();

  const newActivity = () => ({
    title: 'Tặng chăn ấm cho hộ nghèo thôn Nà Pài',
    communeId: commune,
    unitIds: [bdv],
    startDate: '2022-03-12',
    endDate: '2022-03-12',
    categories: ['tang_qua'],
    participants: [{ group: 'dang_vien', count: 8 }],
    contributions: [
      {
        unitId: bdv,
        kind: 'hien_vat',
        source: 'can_bo_dong_gop',
        item: 'Chăn ấm',
        quantity: 30,
        measureUnit: 'chiếc',
        valueVnd: 9_000_000,
        valuationMethod: 'hoa_don',
      },
    ],
  });

  it('records, submits, returns, resubmits and approves; the figures change only at approval', async () => {
    const o = as(officer);
    const start = await visits();
    const created = await o.send('POST', '/api/v1/activities', newActivity());
    expect(created.statusCode).toBe(201);
    const id = created.json().id as number;
    const url = `/api/v1/activities/${id}`;
    expect(created.json().status).toBe('draft');
    expect(await visits()).toBe(start);

    const etag = async () => (await o.get(url)).headers.etag as string;
    expect((await o.send('POST', `${url}/approve`, undefined, await etag())).statusCode).toBe(403);
    const submitted = await o.send('POST', `${url}/submit`, undefined, await etag());
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json().status).toBe('submitted');
    expect(await visits()).toBe(start);
    // A submitted activity waits for review: the officer cannot change it meanwhile.
    const locked = await o.send('PATCH', url, { beneficiaries: 40 }, await etag());
    expect(locked.statusCode).toBe(409);

    const noComment = await admin().send('POST', `${url}/return`, { comment: '' }, await etag());
    expect(noComment.statusCode).toBe(400);
    const returned = await admin().send('POST', `${url}/return`, { comment: 'Bổ sung số hộ được tặng' }, await etag());
    expect(returned.json()).toMatchObject({ status: 'returned', reviewComment: 'Bổ sung số hộ được tặng' });
    // The officer sees what was returned and why.
    const mine = (await o.get('/api/v1/activities?status=returned')).json();
    expect(mine.items.map((a: { id: number; reviewComment: string }) => [a.id, a.reviewComment])).toContainEqual([
      id,
      'Bổ sung số hộ được tặng',
    ]);

    expect((await o.send('PATCH', url, { beneficiaries: 30 }, await etag())).statusCode).toBe(200);
    expect((await o.send('POST', `${url}/submit`, undefined, await etag())).statusCode).toBe(200);
    const approved = await admin().send('POST', `${url}/approve`, undefined, await etag());
    expect(approved.json()).toMatchObject({ status: 'approved', beneficiaries: 30 });
    expect(approved.json().approvedAt).toEqual(expect.any(String));
    expect(await visits()).toBe(start + 1);

    // Approved records are read-only until returned.
    expect((await o.send('PATCH', url, { beneficiaries: 31 }, await etag())).statusCode).toBe(409);
    expect((await admin().send('PATCH', url, { beneficiaries: 31 }, await etag())).statusCode).toBe(409);
    expect((await admin().send('POST', `${url}/approve`, undefined, await etag())).statusCode).toBe(409);

    const history = await audit(`entity=activities&entityId=${id}&sort=at`);
    expect(history.items.map((e: { action: string }) => e.action)).toEqual([
      'create',
      'submit',
      'return',
      'update',
      'submit',
      'approve',
    ]);
    const [first, , third] = history.items;
    expect(first).toMatchObject({ actorKind: 'user', actorName: 'Cán bộ Chi bộ Ban Dân vận Tỉnh ủy', before: null });
    expect(first.after).toMatchObject({ id, status: 'draft' });
    expect(third.before.status).toBe('submitted');
    expect(third.after).toMatchObject({ status: 'returned', reviewComment: 'Bổ sung số hộ được tặng' });
  });

  it('reviews several activities at once and reports each one', async () => {
    const o = as(officer);
    const ids: number[] = [];
    for (let i = 0; i < 2; i++) {
      const a = (await o.send('POST', '/api/v1/activities', newActivity())).json();
      await o.send('POST', `/api/v1/activities/${a.id}/submit`, undefined, `"${a.version}"`);
      ids.push(a.id);
    }
    const draft = (await o.send('POST', '/api/v1/activities', newActivity())).json();
    const res = await admin().send('POST', '/api/v1/activities/review', {
      ids: [...ids, draft.id, 999999],
      action: 'approve',
    });
    expect(res.statusCode).toBe(200);
    const results = res.json().results;
    expect(results.slice(0, 2)).toEqual(ids.map((id) => ({ id, ok: true, status: 'approved' })));
    expect(results[2]).toMatchObject({ id: draft.id, ok: false });
    expect(results[2].error).toContain('Bản nháp');
    expect(results[3]).toMatchObject({ id: 999999, ok: false });
    const noReason = await admin().send('POST', '/api/v1/activities/review', { ids, action: 'return' });
    expect(noReason.statusCode).toBe(400);
    expect((await o.send('POST', '/api/v1/activities/review', { ids, action: 'approve' })).statusCode).toBe(403);
  });

  it('a locked month refuses every change to its activities and their money, until unlocked', async () => {
    const o = as(officer);
    const a = (
      await o.send('POST', '/api/v1/activities', { ...newActivity(), startDate: '2022-02-10', endDate: '2022-02-10' })
    ).json();
    const openMonth = (await o.send('POST', '/api/v1/activities', newActivity())).json();
    const url = `/api/v1/activities/${a.id}`;
    expect((await o.send('POST', '/api/v1/locks', { month: '2022-02', reason: 'Đã báo cáo' })).statusCode).toBe(403);
    const lock = await admin().send('POST', '/api/v1/locks', { month: '2022-02', reason: 'Đã báo cáo quý I' });
    expect(lock.statusCode).toBe(201);
    expect(lock.json()).toMatchObject({
      month: '2022-02',
      reason: 'Đã báo cáo quý I',
      lockedByName: 'Quản trị hệ thống',
    });
    expect((await admin().send('POST', '/api/v1/locks', { month: '2022-02', reason: 'lần nữa' })).statusCode).toBe(409);
    const seen = await as(viewer).get('/api/v1/locks');
    expect(seen.json().items.map((l: { month: string }) => l.month)).toEqual(['2022-02']);

    const refusals = [
      await o.send('PATCH', url, { beneficiaries: 5 }, `"${a.version}"`),
      await o.send('POST', `${url}/submit`, undefined, `"${a.version}"`),
      await o.send('DELETE', url, undefined, `"${a.version}"`),
      await o.send('POST', '/api/v1/contributions', {
        activityId: a.id,
        unitId: bdv,
        kind: 'tien_mat',
        source: 'can_bo_dong_gop',
        valueVnd: 1_000_000,
      }),
      await o.send('POST', '/api/v1/activities', { ...newActivity(), startDate: '2022-02-20', endDate: '2022-02-20' }),
      // Moving an open month's activity into the locked month is refused too.
      await o.send(
        'PATCH',
        `/api/v1/activities/${openMonth.id}`,
        { startDate: '2022-02-11', endDate: '2022-02-11' },
        '*',
      ),
    ];
    for (const r of refusals) {
      expect(r.statusCode).toBe(409);
      expect(r.json().detail).toContain('Tháng 2/2022 đã khoá sổ');
    }
    expect((await admin().send('DELETE', '/api/v1/locks/2022-02', { reason: '' })).statusCode).toBe(400);
    expect(
      (await admin().send('DELETE', '/api/v1/locks/2022-02', { reason: 'Sửa số liệu theo kiểm tra' })).statusCode,
    ).toBe(204);
    expect((await o.send('PATCH', url, { beneficiaries: 5 }, `"${a.version}"`)).statusCode).toBe(200);
    expect((await admin().send('DELETE', '/api/v1/locks/2022-02', { reason: 'x' })).statusCode).toBe(404);

    const entries = (await audit('entity=month_locks&entityId=2022-02&sort=at')).items;
    expect(entries.map((e: { action: string }) => e.action)).toEqual(['lock', 'unlock']);
    expect(entries[1].after).toEqual({ reason: 'Sửa số liệu theo kiểm tra' });
  });

  it('every write leaves an audit entry; the trail cannot be changed through the API', async () => {
    const before = (await audit('entity=units')).total;
    const unit = await admin().send('POST', '/api/v1/units', {
      code: 'CB-AUDIT',
      name: 'Chi bộ Nhà xuất bản tỉnh',
      kind: 'chi_bo_co_so',
      agency: 'Nhà xuất bản tỉnh',
      group: 'so_nganh',
      partyMembers: 9,
      staff: 20,
      activeFrom: '2010-01-01',
    });
    const id = unit.json().id;
    await admin().send('PATCH', `/api/v1/units/${id}`, { staff: 21 }, '"1"');
    await admin().send('DELETE', `/api/v1/units/${id}`, undefined, '"2"');
    const trail = (await audit(`entity=units&entityId=${id}&sort=at`)).items;
    expect(trail.map((e: { action: string }) => e.action)).toEqual(['create', 'update', 'delete']);
    expect(trail[1].before.staff).toBe(20);
    expect(trail[1].after.staff).toBe(21);
    expect(trail[2].after).toBeNull();
    expect((await audit('entity=units')).total).toBe(before + 3);
    // Logins are recorded too.
    expect((await audit('action=login')).total).toBeGreaterThan(0);
    for (const method of ['POST', 'PATCH', 'PUT', 'DELETE'] as const) {
      const res = await t.app.inject({ method, url: `/api/v1/audit/${trail[0].id}`, payload: {} });
      expect(res.statusCode).toBe(404);
    }
    expect((await as(officer).get('/api/v1/audit')).statusCode).toBe(403);
    expect((await as(viewer).get('/api/v1/audit')).statusCode).toBe(403);
  });
});
