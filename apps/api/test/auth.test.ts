import { createHash } from 'node:crypto';
import { PROBLEM_CONTENT_TYPE, SessionInfoSchema } from '@danvan/domain';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../src/plugins/auth.js';
import { asRole, createToken, login, sessionCookieOf } from './helpers/auth.js';
import { createTestApp, type TestApp } from './helpers/test-app.js';

const PASSWORD = 'danvan-demo';
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** A plan of the demo officer's own unit (CB-BDVTU), for writes that should go through. */
function planFor(unitId: number, communeId: number) {
  return { unitId, communeId, month: '2022-05', content: 'Tuyên truyền phòng, chống đuối nước', categories: [] };
}

describe('/api/v1/auth', () => {
  let t: TestApp;
  let bdv: { unitId: number; communeId: number };
  beforeAll(async () => {
    t = await createTestApp({ as: 'anonymous' });
    bdv = t.handle.sqlite
      .prepare(
        `SELECT u.id AS unitId, min(a.commune_id) AS communeId FROM units u JOIN assignments a ON a.unit_id = u.id
         WHERE u.code = 'CB-BDVTU' GROUP BY u.id`,
      )
      .get() as { unitId: number; communeId: number };
  });
  afterAll(() => t.close());

  const post = (url: string, payload: unknown, headers: Record<string, string> = {}, remoteAddress?: string) =>
    t.anonymous({
      method: 'POST',
      url,
      payload: payload as object,
      headers,
      ...(remoteAddress ? { remoteAddress } : {}),
    });
  const signIn = (username: string, password: string, remoteAddress?: string) =>
    post('/api/v1/auth/login', { username, password }, {}, remoteAddress);
  const me = (headers: Record<string, string>) => t.anonymous({ url: '/api/v1/auth/me', headers });
  const cookieOf = (res: LightMyRequestResponse) => res.cookies.find((c) => c.name === SESSION_COOKIE)!;

  describe('login', () => {
    it('answers with the session (user, CSRF token, expiry) and sets an httpOnly, SameSite=Lax cookie', async () => {
      const before = Date.now();
      const res = await signIn('bandanvan', PASSWORD);
      expect(res.statusCode).toBe(200);
      const body = SessionInfoSchema.parse(res.json());
      expect(body.user).toEqual({
        id: expect.any(Number),
        username: 'bandanvan',
        fullName: 'Cán bộ Chi bộ Ban Dân vận Tỉnh ủy',
        role: 'unit_officer',
        unitId: bdv.unitId,
        unitName: 'Chi bộ Ban Dân vận Tỉnh ủy',
      });
      expect(body.csrfToken).toMatch(/^[\w-]{43}$/);
      const expires = Date.parse(body.expiresAt);
      expect(expires - before).toBeGreaterThanOrEqual(12 * 3_600_000 - 1000);
      expect(expires - before).toBeLessThanOrEqual(12 * 3_600_000 + 5000);
      expect(res.body).not.toContain('argon2');

      const cookie = cookieOf(res);
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', maxAge: 12 * 3600 });
      expect(cookie.secure).toBeFalsy();
      expect(Math.abs(Date.parse(String(cookie.expires)) - expires)).toBeLessThan(1000);
      expect(res.headers['set-cookie']).toMatch(/HttpOnly/);
      expect(res.headers['set-cookie']).toMatch(/SameSite=Lax/);
      expect(res.headers['set-cookie']).toMatch(/Max-Age=43200/);
      expect(res.headers['set-cookie']).toMatch(/Expires=/);
    });

    it('keeps only a digest of the session token in the database', async () => {
      const res = await signIn('viewer', PASSWORD);
      const token = cookieOf(res).value;
      expect(token).toMatch(/^[\w-]{43}$/);
      const rows = t.handle.sqlite.prepare('SELECT id, csrf_token FROM sessions').all() as { id: string }[];
      expect(rows.some((r) => r.id === sha256(token))).toBe(true);
      expect(JSON.stringify(rows)).not.toContain(token);
    });

    it('refuses a wrong password and an unknown user with the same answer', async () => {
      const wrong = await signIn('viewer', 'sai-mat-khau-roi', '10.1.0.1');
      const unknown = await signIn('khong-co-ai', 'sai-mat-khau-roi', '10.1.0.1');
      for (const res of [wrong, unknown]) {
        expect(res.statusCode).toBe(401);
        expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
        expect(res.cookies).toEqual([]);
      }
      expect(wrong.json()).toEqual(unknown.json());
      expect(wrong.json()).toMatchObject({ title: 'Chưa đăng nhập', detail: 'Tên đăng nhập hoặc mật khẩu không đúng' });
    });

    it('takes the username in any case and with spaces around it, and refuses an empty form with 400', async () => {
      expect((await signIn('  Viewer ', PASSWORD)).statusCode).toBe(200);
      const empty = await post('/api/v1/auth/login', { username: '', password: '' });
      expect(empty.statusCode).toBe(400);
      expect(
        empty
          .json()
          .errors.map((e: { path: string }) => e.path)
          .sort(),
      ).toEqual(['password', 'username']);
    });

    it('refuses an inactive account, and ends its sessions when it is deactivated', async () => {
      const admin = await asRole(t, 'admin');
      const created = await t.anonymous({
        method: 'POST',
        url: '/api/v1/users',
        headers: admin,
        payload: { username: 'nghi-huu', fullName: 'Cán bộ đã nghỉ', role: 'viewer', password: 'mot-mat-khau-dai' },
      });
      expect(created.statusCode).toBe(201);
      const session = await login(t.app, 'nghi-huu', 'mot-mat-khau-dai');
      expect((await me({ cookie: session.cookie })).statusCode).toBe(200);
      const off = await t.anonymous({
        method: 'PATCH',
        url: `/api/v1/users/${created.json().id}`,
        headers: { ...admin, 'if-match': '"1"' },
        payload: { active: false },
      });
      expect(off.statusCode).toBe(200);
      expect((await me({ cookie: session.cookie })).statusCode).toBe(401);
      const refused = await signIn('nghi-huu', 'mot-mat-khau-dai');
      expect(refused.statusCode).toBe(401);
      expect(refused.json().detail).toBe('Tài khoản đã ngừng hoạt động');
    });
  });

  describe('sessions', () => {
    it('/auth/me gives the session back, and 401 without one or with a token', async () => {
      const res = await signIn('admin', PASSWORD);
      const cookie = sessionCookieOf(res);
      const info = await me({ cookie });
      expect(info.statusCode).toBe(200);
      expect(info.json()).toEqual(res.json());
      const anonymous = await me({});
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json()).toMatchObject({ status: 401, title: 'Chưa đăng nhập' });
      const token = await createToken(t, 'read');
      expect((await me(token.headers)).statusCode).toBe(401);
      expect((await me({ cookie: `${SESSION_COOKIE}=khong-phai-phien` })).statusCode).toBe(401);
    });

    it('gives a new session id at every login; the old cookie works until it is logged out', async () => {
      const first = await signIn('viewer', PASSWORD);
      const second = await signIn('viewer', PASSWORD);
      const a = sessionCookieOf(first);
      const b = sessionCookieOf(second);
      expect(a).not.toBe(b);
      expect(first.json().csrfToken).not.toBe(second.json().csrfToken);
      expect((await me({ cookie: a })).statusCode).toBe(200);
      expect((await me({ cookie: b })).statusCode).toBe(200);

      const out = await post('/api/v1/auth/logout', undefined, { cookie: a, 'x-csrf-token': first.json().csrfToken });
      expect(out.statusCode).toBe(204);
      const cleared = cookieOf(out);
      expect(cleared.value).toBe('');
      expect(Date.parse(String(cleared.expires))).toBeLessThan(Date.now());
      expect((await me({ cookie: a })).statusCode).toBe(401);
      expect((await me({ cookie: b })).statusCode).toBe(200);
    });

    it('ends the session a browser came with when it logs in again', async () => {
      const first = sessionCookieOf(await signIn('viewer', PASSWORD));
      const again = await post('/api/v1/auth/login', { username: 'viewer', password: PASSWORD }, { cookie: first });
      expect(again.statusCode).toBe(200);
      expect((await me({ cookie: first })).statusCode).toBe(401);
      expect((await me({ cookie: sessionCookieOf(again) })).statusCode).toBe(200);
    });

    it('logging out needs the CSRF token of a live session, and is a no-op without one', async () => {
      const res = await signIn('viewer', PASSWORD);
      const cookie = sessionCookieOf(res);
      expect((await post('/api/v1/auth/logout', undefined, { cookie })).statusCode).toBe(403);
      expect((await me({ cookie })).statusCode).toBe(200);
      expect((await post('/api/v1/auth/logout', undefined)).statusCode).toBe(204);
    });

    it('refuses a session past its expiry', async () => {
      const cookie = sessionCookieOf(await signIn('viewer', PASSWORD));
      const id = sha256(cookie.split('=')[1]!);
      t.handle.sqlite
        .prepare('UPDATE sessions SET expires_at = ? WHERE id = ?')
        .run(new Date(Date.now() - 1000).toISOString(), id);
      expect((await me({ cookie })).statusCode).toBe(401);
      expect((await t.anonymous({ url: '/api/v1/units', headers: { cookie } })).statusCode).toBe(401);
    });

    it('records activity at most once a minute', async () => {
      const cookie = sessionCookieOf(await signIn('viewer', PASSWORD));
      const id = sha256(cookie.split('=')[1]!);
      const lastSeen = () =>
        (t.handle.sqlite.prepare('SELECT last_seen_at AS v FROM sessions WHERE id = ?').get(id) as { v: string }).v;
      const old = new Date(Date.now() - 120_000).toISOString();
      t.handle.sqlite.prepare('UPDATE sessions SET last_seen_at = ? WHERE id = ?').run(old, id);
      await me({ cookie });
      const touched = lastSeen();
      expect(touched > old).toBe(true);
      const recent = new Date(Date.now() - 30_000).toISOString();
      t.handle.sqlite.prepare('UPDATE sessions SET last_seen_at = ? WHERE id = ?').run(recent, id);
      await me({ cookie });
      expect(lastSeen()).toBe(recent);
    });
  });

  describe('CSRF', () => {
    it('refuses a cookie write without the x-csrf-token header, or with a wrong one, and accepts the right one', async () => {
      const res = await signIn('bandanvan', PASSWORD);
      const cookie = sessionCookieOf(res);
      const send = (headers: Record<string, string>) =>
        post('/api/v1/plans', planFor(bdv.unitId, bdv.communeId), { cookie, ...headers });
      const missing = await send({});
      expect(missing.statusCode).toBe(403);
      expect(missing.json()).toMatchObject({ title: 'Không có quyền' });
      expect(missing.json().detail).toContain('x-csrf-token');
      const wrong = await send({ 'x-csrf-token': 'khong-dung' });
      expect(wrong.statusCode).toBe(403);
      expect(wrong.json().detail).toContain('không khớp');
      const other = await signIn('bandanvan', PASSWORD);
      expect((await send({ 'x-csrf-token': other.json().csrfToken })).statusCode).toBe(403);
      expect((await send({ 'x-csrf-token': res.json().csrfToken })).statusCode).toBe(201);
    });

    it('lets reads through without it', async () => {
      const cookie = sessionCookieOf(await signIn('bandanvan', PASSWORD));
      expect((await t.anonymous({ url: '/api/v1/plans', headers: { cookie } })).statusCode).toBe(200);
    });

    it('does not ask bearer-token writes for it', async () => {
      const token = await createToken(t, 'write', bdv.unitId);
      const res = await post('/api/v1/plans', planFor(bdv.unitId, bdv.communeId), token.headers);
      expect(res.statusCode).toBe(201);
    });
  });

  describe('failed-login limits', () => {
    it('answers the 6th failure for one username with 429 and Retry-After, even with the right password', async () => {
      for (let i = 1; i <= 5; i++) {
        expect((await signIn('viewer', `sai-lan-${i}`, `10.2.0.${i}`)).statusCode).toBe(401);
      }
      const blocked = await signIn('viewer', 'sai-lan-6', '10.2.0.6');
      expect(blocked.statusCode).toBe(429);
      expect(blocked.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      const retry = Number(blocked.headers['retry-after']);
      expect(retry).toBeGreaterThan(800);
      expect(retry).toBeLessThanOrEqual(900);
      expect(blocked.json()).toMatchObject({ status: 429, title: 'Quá nhiều lần đăng nhập sai' });
      expect((await signIn('viewer', PASSWORD, '10.2.0.7')).statusCode).toBe(429);
      // Another account from the same address is not affected.
      expect((await signIn('bandanvan', PASSWORD, '10.2.0.5')).statusCode).toBe(200);
    });

    it('answers the 21st failure from one address with 429, whatever the username', async () => {
      const address = '10.3.0.1';
      for (let i = 1; i <= 20; i++) {
        expect((await signIn(`nguoi-${i}`, 'sai-mat-khau', address)).statusCode).toBe(401);
      }
      const blocked = await signIn('nguoi-21', 'sai-mat-khau', address);
      expect(blocked.statusCode).toBe(429);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      expect((await signIn('admin', PASSWORD, address)).statusCode).toBe(429);
      expect((await signIn('admin', PASSWORD, '10.3.0.2')).statusCode).toBe(200);
    });

    it('forgets a username’s failures after a successful login', async () => {
      for (let i = 1; i <= 4; i++) expect((await signIn('bandanvan', 'sai', `10.4.0.${i}`)).statusCode).toBe(401);
      expect((await signIn('bandanvan', PASSWORD, '10.4.0.5')).statusCode).toBe(200);
      for (let i = 1; i <= 5; i++) expect((await signIn('bandanvan', 'sai', `10.4.1.${i}`)).statusCode).toBe(401);
      expect((await signIn('bandanvan', 'sai', '10.4.1.6')).statusCode).toBe(429);
    });
  });
});

describe('session settings', () => {
  it('takes the session lifetime from the configuration', async () => {
    const t = await createTestApp({ demo: false, sessionHours: 2 });
    try {
      const payload = { username: 'admin', password: PASSWORD };
      const res = await t.anonymous({ method: 'POST', url: '/api/v1/auth/login', payload });
      expect(res.cookies[0]).toMatchObject({ name: SESSION_COOKIE, maxAge: 7200 });
      expect(Date.parse(res.json().expiresAt) - Date.now()).toBeGreaterThan(7_190_000);
    } finally {
      await t.close();
    }
  });

  it('sets Secure over https, and believes X-Forwarded-Proto only behind a trusted proxy', async () => {
    const direct = await createTestApp({ demo: false });
    const proxied = await createTestApp({ demo: false, trustProxy: true });
    try {
      const payload = { username: 'admin', password: PASSWORD };
      const headers = { 'x-forwarded-proto': 'https' };
      const a = await direct.anonymous({ method: 'POST', url: '/api/v1/auth/login', payload, headers });
      const b = await proxied.anonymous({ method: 'POST', url: '/api/v1/auth/login', payload, headers });
      expect(a.cookies[0]?.secure).toBeFalsy();
      expect(b.cookies[0]?.secure).toBe(true);
      expect(b.headers['set-cookie']).toMatch(/Secure/);
    } finally {
      await direct.close();
      await proxied.close();
    }
  });
});
