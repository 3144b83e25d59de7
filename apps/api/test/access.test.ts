/**
 * Who may call what: every /api/v1 route, as registered, called by every kind of principal.
 * Ids point at no record and bodies are empty, so nothing changes: what is checked is only whether
 * the request gets past authentication (401) and the role check (403).
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STATS_EXPORT_TABLES } from '@danvan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { openDatabase } from '../src/db/client.js';
import type { Access } from '../src/plugins/auth.js';
import { tokensRepository } from '../src/repositories/tokens-repository.js';
import { asRole, createToken, ensureAccount, login } from './helpers/auth.js';
import { createTestApp, type TestApp } from './helpers/test-app.js';

type PrincipalName = 'anonymous' | 'admin' | 'unit_officer' | 'viewer' | 'read token' | 'write token';
const PRINCIPALS: PrincipalName[] = ['anonymous', 'admin', 'unit_officer', 'viewer', 'read token', 'write token'];

const PUBLIC = new Set([
  'GET /api/v1/health',
  'GET /api/v1/openapi.json',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout',
]);
const REGISTRIES = ['/directives', '/units', '/communes', '/assignments'];
const REPORTED = ['/activities', '/contributions', '/plans', '/difficulties'];

/** The access each known route must declare; undefined for routes this table does not know yet. */
function expectedAccess(method: string, url: string): Access | undefined {
  const key = `${method} ${url}`;
  if (PUBLIC.has(key)) return 'public';
  const path = url.replace('/api/v1', '');
  if (path.startsWith('/users') || path.startsWith('/tokens') || path === '/audit') return 'admin';
  // Review workflow: a unit submits its own activities; only admins approve, return and lock months.
  if (path === '/activities/:id/submit') return 'write';
  if (path === '/activities/:id/approve' || path === '/activities/:id/return' || path === '/activities/review') {
    return 'admin';
  }
  if (path === '/locks') return method === 'GET' ? 'read' : 'admin';
  if (path === '/locks/:month') return 'admin';
  if (path === '/auth/me' || path.startsWith('/stats/')) return 'read';
  // Reports read like the figures; their settings are changed by admins.
  if (path.startsWith('/reports/period')) return 'read';
  if (path === '/reports/settings') return method === 'GET' ? 'read' : 'admin';
  // Imports: anyone signed in may fetch the template; uploading, previewing and committing write.
  if (path.startsWith('/imports/template.')) return 'read';
  if (path === '/imports' || path === '/imports/:id' || path === '/imports/:id/commit') return 'write';
  const resource = `/${path.split('/')[1]}`;
  const crud = path === resource || path === `${resource}/:id` || path === '/activities/:id/restore';
  if (!crud) return undefined;
  if (method === 'GET') return 'read';
  if (REGISTRIES.includes(resource)) return 'admin';
  if (REPORTED.includes(resource)) return 'write';
  return undefined;
}

describe('access matrix', () => {
  let t: TestApp;
  const headers = new Map<PrincipalName, Record<string, string>>();
  beforeAll(async () => {
    t = await createTestApp({ as: 'anonymous' });
    const bdv = t.handle.sqlite.prepare("SELECT id FROM units WHERE code = 'CB-BDVTU'").get() as { id: number };
    headers.set('anonymous', {});
    for (const role of ['admin', 'unit_officer', 'viewer'] as const) headers.set(role, await asRole(t, role));
    headers.set('read token', (await createToken(t, 'read')).headers);
    headers.set('write token', (await createToken(t, 'write', bdv.id)).headers);
  });
  afterAll(() => t.close());

  const apiRoutes = () => t.app.registeredRoutes.filter((r) => r.url.startsWith('/api/v1/'));

  it('every known route declares the access the rules give it', () => {
    const known = apiRoutes().filter((r) => expectedAccess(r.method, r.url) !== undefined);
    expect(known.length).toBeGreaterThan(50);
    const wrong = known
      .filter((r) => r.access !== expectedAccess(r.method, r.url))
      .map((r) => `${r.method} ${r.url}: ${r.access}, expected ${expectedAccess(r.method, r.url)}`);
    expect(wrong).toEqual([]);
  });

  it('knows every figures route, each readable by every signed-in principal', () => {
    const stats = apiRoutes()
      .filter((r) => r.url.startsWith('/api/v1/stats/'))
      .map((r) => `${r.method} ${r.url} ${r.access}`)
      .sort();
    expect(stats).toEqual(
      [
        'communes',
        'compliance',
        'coverage',
        ...STATS_EXPORT_TABLES.map((table) => `exports/${table}`).sort(),
        'funding',
        'plan-actual',
      ].map((s) => `GET /api/v1/stats/${s} read`),
    );
  });

  it('every route answers each principal as its access says', async () => {
    const failures: string[] = [];
    let calls = 0;
    for (const route of apiRoutes()) {
      const url = route.url.replace(/:(\w+)/g, '999999');
      const write = route.method !== 'GET';
      for (const principal of PRINCIPALS) {
        let auth = headers.get(principal)!;
        // Logging out ends the session: use a throwaway one.
        if (route.url === '/api/v1/auth/logout' && ['admin', 'unit_officer', 'viewer'].includes(principal)) {
          const username = { admin: 'admin', unit_officer: 'bandanvan', viewer: 'viewer' }[principal as 'admin'];
          const s = await login(t.app, username, 'danvan-demo');
          auth = { cookie: s.cookie, 'x-csrf-token': s.csrfToken };
        }
        const res = await t.anonymous({
          method: route.method as 'GET',
          url,
          headers: { ...auth, 'if-match': '"999"' },
          ...(write ? { payload: {} } : {}),
        });
        calls++;
        const status = res.statusCode;
        const token = principal.endsWith('token');
        const allowed = (() => {
          switch (route.access) {
            case 'public':
              return true;
            case 'read':
              // /auth/me is about browser sessions: a token has none.
              return principal !== 'anonymous' && !(token && route.url === '/api/v1/auth/me');
            case 'write':
              return ['admin', 'unit_officer', 'write token'].includes(principal);
            case 'admin':
              return principal === 'admin';
          }
        })();
        let expected: string;
        if (allowed) expected = 'not 401/403';
        else if (principal === 'anonymous' || (token && route.url === '/api/v1/auth/me')) expected = '401';
        else expected = '403';
        const ok = expected === 'not 401/403' ? status !== 401 && status !== 403 : status === Number(expected);
        if (!ok) failures.push(`${route.method} ${route.url} as ${principal}: ${status}, expected ${expected}`);
      }
    }
    expect(failures).toEqual([]);
    expect(calls).toBe(apiRoutes().length * PRINCIPALS.length);
  });

  it('follows the rules of the issue for every route', () => {
    // Restated from the issue, independently of how `allowed` above is computed.
    for (const route of apiRoutes()) {
      const write = route.method !== 'GET';
      const loginOrOut = route.url === '/api/v1/auth/login' || route.url === '/api/v1/auth/logout';
      if (write && !loginOrOut) expect(['write', 'admin'], `${route.method} ${route.url}`).toContain(route.access);
      if (route.access === 'public') expect(PUBLIC.has(`${route.method} ${route.url}`)).toBe(true);
    }
  });

  it('keeps the documentation public', async () => {
    for (const url of ['/api/docs', '/api/docs/', '/api/docs/json', '/api/docs/static/swagger-ui.css']) {
      expect((await t.anonymous({ url })).statusCode, url).toBe(200);
    }
  });

  it('answers 401 and 403 as problems, with a Bearer challenge on 401', async () => {
    const anonymous = await t.anonymous({ url: '/api/v1/units' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['www-authenticate']).toBe('Bearer realm="danvan"');
    expect(anonymous.json()).toMatchObject({ status: 401, title: 'Chưa đăng nhập', instance: '/api/v1/units' });
    const viewer = await t.anonymous({
      method: 'POST',
      url: '/api/v1/units',
      headers: headers.get('viewer')!,
      payload: {},
    });
    expect(viewer.json()).toMatchObject({ status: 403, title: 'Không có quyền' });
  });
});

describe('routes that forget to declare their access', () => {
  it('are for admins only (fail closed), and a write route cannot be declared read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'danvan-access-'));
    const handle = openDatabase(join(dir, 'a.db'));
    const app = await buildApp({ config: { webDist: join(dir, 'none') }, handle });
    try {
      app.get('/api/v1/quen-khai-bao', async () => ({ ok: true }));
      expect(() => app.post('/api/v1/ghi', { config: { access: 'read' } }, async () => ({}))).toThrow(/'read'/);
      await app.ready();
      ensureAccount(handle, 'admin');
      const { token } = tokensRepository(handle.db).create(
        { name: 'đọc', scope: 'read', unitId: null, expiresOn: '2999-01-01', createdBy: 1 },
        new Date(),
      );
      expect((await app.inject({ url: '/api/v1/quen-khai-bao' })).statusCode).toBe(401);
      const read = await app.inject({ url: '/api/v1/quen-khai-bao', headers: { authorization: `Bearer ${token}` } });
      expect(read.statusCode).toBe(403);
    } finally {
      await app.close();
      handle.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
