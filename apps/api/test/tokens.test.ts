import { createHash } from 'node:crypto';
import { ApiTokenCreatedSchema, addDays, todayInVietnam } from '@danvan/domain';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestExpiry } from '../src/routes/tokens.js';
import { asRole, createToken } from './helpers/auth.js';
import { createTestApp, type TestApp } from './helpers/test-app.js';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

describe('/api/v1/tokens', () => {
  let t: TestApp;
  let bdv: { unitId: number; communeId: number };
  const today = todayInVietnam();
  beforeAll(async () => {
    t = await createTestApp();
    bdv = t.handle.sqlite
      .prepare(
        `SELECT u.id AS unitId, min(a.commune_id) AS communeId FROM units u JOIN assignments a ON a.unit_id = u.id
         WHERE u.code = 'CB-BDVTU' GROUP BY u.id`,
      )
      .get() as { unitId: number; communeId: number };
  });
  afterAll(() => t.close());

  const create = (payload: object) => t.app.inject({ method: 'POST', url: '/api/v1/tokens', payload });
  const withToken = (token: string, url: string, method: 'GET' | 'POST' = 'GET', payload?: object) =>
    t.anonymous({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });
  const plan = () => ({
    unitId: bdv.unitId,
    communeId: bdv.communeId,
    month: '2022-06',
    content: 'Tuyên truyền pháp luật cho đoàn viên thôn',
    categories: [],
  });

  it('shows a new token once, in the answer to its creation, and keeps only its digest', async () => {
    const res = await create({ name: 'Đồng bộ báo cáo', scope: 'read', expiresOn: addDays(today, 90) });
    expect(res.statusCode).toBe(201);
    const body = ApiTokenCreatedSchema.parse(res.json());
    expect(body.token).toMatch(/^dvcs_[\w-]{43}$/);
    expect(body).toMatchObject({
      name: 'Đồng bộ báo cáo',
      scope: 'read',
      unitId: null,
      expiresOn: addDays(today, 90),
      prefix: body.token.slice(5, 13),
      revokedAt: null,
      lastUsedAt: null,
    });
    const admin = t.handle.sqlite.prepare("SELECT id FROM users WHERE username = 'admin'").get() as { id: number };
    expect(body.createdBy).toBe(admin.id);

    const row = t.handle.sqlite.prepare('SELECT * FROM api_tokens WHERE id = ?').get(body.id) as Record<
      string,
      unknown
    >;
    expect(row.token_hash).toBe(sha256(body.token));
    expect(Object.values(row).some((v) => typeof v === 'string' && v.includes(body.token.slice(5)))).toBe(false);

    const list = await t.app.inject({ url: '/api/v1/tokens' });
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(body.token);
    const listed = list.json().items.find((i: { id: number }) => i.id === body.id);
    expect(listed).toBeDefined();
    expect(listed).not.toHaveProperty('token');
    expect(listed).not.toHaveProperty('tokenHash');
  });

  it('lets a read token read but not write (403), without any CSRF header', async () => {
    const { token } = await createToken(t, 'read');
    expect((await withToken(token, '/api/v1/units?limit=1')).statusCode).toBe(200);
    expect((await withToken(token, '/api/v1/stats/coverage?from=2021-09-10&to=2022-03-18')).statusCode).toBe(200);
    const write = await withToken(token, '/api/v1/plans', 'POST', plan());
    expect(write.statusCode).toBe(403);
    expect(write.json()).toMatchObject({ title: 'Không có quyền', detail: 'Token này chỉ có quyền đọc.' });
    expect((await withToken(token, '/api/v1/tokens')).statusCode).toBe(403);
  });

  it('lets a write token for a unit write that unit’s records, but not the registries', async () => {
    const { token } = await createToken(t, 'write', bdv.unitId);
    const res = await withToken(token, '/api/v1/plans', 'POST', plan());
    expect(res.statusCode).toBe(201);
    const unit = await withToken(token, '/api/v1/units', 'POST', { code: 'X' });
    expect(unit.statusCode).toBe(403);
    expect(unit.json().detail).toContain('quản trị');
    expect((await withToken(token, '/api/v1/users')).statusCode).toBe(403);
  });

  it('records when a token was last used, at most once a minute', async () => {
    const { id, token } = await createToken(t, 'read');
    const lastUsed = () =>
      (t.handle.sqlite.prepare('SELECT last_used_at AS v FROM api_tokens WHERE id = ?').get(id) as { v: string | null })
        .v;
    expect(lastUsed()).toBeNull();
    await withToken(token, '/api/v1/units?limit=1');
    const first = lastUsed();
    expect(first).not.toBeNull();
    const recent = new Date(Date.now() - 30_000).toISOString();
    t.handle.sqlite.prepare('UPDATE api_tokens SET last_used_at = ? WHERE id = ?').run(recent, id);
    await withToken(token, '/api/v1/units?limit=1');
    expect(lastUsed()).toBe(recent);
    const old = new Date(Date.now() - 120_000).toISOString();
    t.handle.sqlite.prepare('UPDATE api_tokens SET last_used_at = ? WHERE id = ?').run(old, id);
    await withToken(token, '/api/v1/units?limit=1');
    expect(lastUsed()! > old).toBe(true);
  });

  it('refuses an expired token with 401, and accepts one on its last day', async () => {
    const { id, token } = await createToken(t, 'read');
    t.handle.sqlite.prepare('UPDATE api_tokens SET expires_on = ? WHERE id = ?').run(today, id);
    expect((await withToken(token, '/api/v1/units?limit=1')).statusCode).toBe(200);
    t.handle.sqlite.prepare('UPDATE api_tokens SET expires_on = ? WHERE id = ?').run(addDays(today, -1), id);
    const res = await withToken(token, '/api/v1/units?limit=1');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ title: 'Chưa đăng nhập' });
  });

  it('revokes a token at once; revoking again changes nothing; an unknown token is 404', async () => {
    const { id, token } = await createToken(t, 'write', bdv.unitId);
    const revoked = await t.app.inject({ method: 'POST', url: `/api/v1/tokens/${id}/revoke` });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().revokedAt).toEqual(expect.any(String));
    expect((await withToken(token, '/api/v1/units?limit=1')).statusCode).toBe(401);
    const again = await t.app.inject({ method: 'POST', url: `/api/v1/tokens/${id}/revoke` });
    expect(again.json().revokedAt).toBe(revoked.json().revokedAt);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/tokens/99999/revoke' })).statusCode).toBe(404);
    const listed = (await t.app.inject({ url: '/api/v1/tokens?revoked=true&limit=500' })).json();
    expect(listed.items.map((i: { id: number }) => i.id)).toContain(id);
    const live = (await t.app.inject({ url: '/api/v1/tokens?revoked=false&limit=500' })).json();
    expect(live.items.map((i: { id: number }) => i.id)).not.toContain(id);
  });

  it('refuses a token in use from the next request on, revoked by the API or by another process', async () => {
    // Usable tokens are kept in memory between requests while nothing is written (UsableTokens).
    const viaApi = await createToken(t, 'read');
    const viaOther = await createToken(t, 'read');
    for (const { token } of [viaApi, viaOther]) {
      for (let i = 0; i < 3; i++) expect((await withToken(token, '/api/v1/units?limit=1')).statusCode).toBe(200);
    }
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/tokens/${viaApi.id}/revoke` })).statusCode).toBe(200);
    expect((await withToken(viaApi.token, '/api/v1/units?limit=1')).statusCode).toBe(401);
    expect((await withToken(viaOther.token, '/api/v1/units?limit=1')).statusCode).toBe(200);
    // Another connection to the same file, as the sqlite3 shell or a maintenance script would have.
    const other = new Database(t.handle.sqlite.name);
    try {
      other.prepare('UPDATE api_tokens SET revoked_at = ? WHERE id = ?').run(new Date().toISOString(), viaOther.id);
    } finally {
      other.close();
    }
    expect((await withToken(viaOther.token, '/api/v1/units?limit=1')).statusCode).toBe(401);
  });

  it('refuses an expiry more than a year ahead or in the past with 400, and takes exactly a year', async () => {
    const tooLate = await create({ name: 'Quá hạn', scope: 'read', expiresOn: addDays(latestExpiry(today), 1) });
    expect(tooLate.statusCode).toBe(400);
    expect(tooLate.json().errors).toEqual([{ path: 'expiresOn', message: expect.stringContaining('1 năm') }]);
    const past = await create({ name: 'Đã qua', scope: 'read', expiresOn: addDays(today, -1) });
    expect(past.statusCode).toBe(400);
    expect((await create({ name: 'Một năm', scope: 'read', expiresOn: latestExpiry(today) })).statusCode).toBe(201);
    expect(latestExpiry('2024-02-29')).toBe('2025-02-28');
    expect(latestExpiry('2026-11-28')).toBe('2027-11-28');
  });

  it('needs a unit for a write token and none for a read token, and a unit that exists', async () => {
    const expiresOn = addDays(today, 30);
    expect((await create({ name: 'A', scope: 'write', expiresOn })).statusCode).toBe(400);
    expect((await create({ name: 'B', scope: 'read', unitId: bdv.unitId, expiresOn })).statusCode).toBe(400);
    const unknown = await create({ name: 'C', scope: 'write', unitId: 99999, expiresOn });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].path).toBe('unitId');
  });

  it('is for admins only', async () => {
    const payload = { name: 'Không được', scope: 'read', expiresOn: addDays(today, 30) };
    for (const role of ['unit_officer', 'viewer'] as const) {
      const headers = await asRole(t, role);
      expect((await t.app.inject({ url: '/api/v1/tokens', headers })).statusCode).toBe(403);
      expect((await t.app.inject({ method: 'POST', url: '/api/v1/tokens', headers, payload })).statusCode).toBe(403);
    }
    expect((await t.anonymous({ url: '/api/v1/tokens' })).statusCode).toBe(401);
  });

  it('judges a request by its Authorization header alone', async () => {
    for (const authorization of ['Bearer dvcs_khong-co', 'Bearer', 'Basic YWRtaW46ZGFudmFuLWRlbW8=', 'dvcs_x']) {
      // The admin's cookie comes along too: a bad token is not rescued by it.
      const res = await t.anonymous({ url: '/api/v1/units?limit=1', headers: { ...t.auth, authorization } });
      expect(res.statusCode).toBe(401);
      expect(res.headers['www-authenticate']).toContain('Bearer');
    }
  });
});
