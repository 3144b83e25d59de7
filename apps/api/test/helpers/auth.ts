/** Signing in from tests: demo accounts by role, sessions as headers, API tokens. */
import type { TokenScope } from '@danvan/domain';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { DatabaseHandle } from '../../src/db/client.js';
import { userDerived } from '../../src/db/derived.js';
import { units, users } from '../../src/db/schema.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/demo/load.js';
import { hashPasswordSync } from '../../src/lib/passwords.js';
import { SESSION_COOKIE } from '../../src/plugins/auth.js';
import type { TestApp } from './test-app.js';

export type TestRole = 'admin' | 'unit_officer' | 'viewer';
export type AuthHeaders = {
  cookie: string;
  'x-csrf-token': string;
};

type Inject = (o: InjectOptions) => Promise<LightMyRequestResponse>;

/** The app's own inject, before createTestApp made it send credentials. */
export const rawInject = new WeakMap<object, Inject>();

function injectOf(app: FastifyInstance): Inject {
  return rawInject.get(app) ?? ((o) => app.inject(o));
}

/** The `name=value` of the session cookie that an answer sets. */
export function sessionCookieOf(res: LightMyRequestResponse): string {
  const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error(`no ${SESSION_COOKIE} cookie in the answer (${res.statusCode}: ${res.body})`);
  return `${SESSION_COOKIE}=${cookie.value}`;
}

/** Signs in without any other credentials; throws unless the login succeeds. */
export async function login(
  app: FastifyInstance,
  username: string,
  password: string,
): Promise<{ cookie: string; csrfToken: string }> {
  const res = await injectOf(app)({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login as ${username}: ${res.statusCode} ${res.body}`);
  return { cookie: sessionCookieOf(res), csrfToken: res.json().csrfToken };
}

/**
 * The demo account of a role, created (with the demo password) when the database has none, as in
 * tests built without the demo dataset. A unit officer then gets the first unit.
 */
export function ensureAccount(handle: DatabaseHandle, role: TestRole): { username: string; password: string } {
  const demo = DEMO_ACCOUNTS.find((a) => a.role === role)!;
  const found = handle.db.select({ id: users.id }).from(users).where(eq(users.username, demo.username)).get();
  if (!found) {
    const unit =
      role === 'unit_officer'
        ? (handle.db
            .select({ id: units.id })
            .from(units)
            .where(eq(units.code, demo.unitCode ?? ''))
            .get() ?? handle.db.select({ id: units.id }).from(units).orderBy(units.id).get())
        : null;
    if (role === 'unit_officer' && !unit) throw new Error('a unit officer needs a unit: seed one first');
    const stamp = new Date().toISOString();
    handle.db
      .insert(users)
      .values({
        username: demo.username,
        fullName: demo.fullName,
        role,
        unitId: unit?.id ?? null,
        passwordHash: testPasswordHash(),
        active: true,
        ...userDerived(demo),
        version: 1,
        createdAt: stamp,
        updatedAt: stamp,
      })
      .run();
  }
  return { username: demo.username, password: DEMO_PASSWORD };
}

let cachedHash: string | undefined;
/** One real argon2id hash of the demo password, reused: tests need not pay for hashing each time. */
function testPasswordHash(): string {
  cachedHash ??= hashPasswordSync(DEMO_PASSWORD);
  return cachedHash;
}

const sessionsByApp = new WeakMap<TestApp, Map<TestRole, AuthHeaders>>();

/** Session headers (cookie and CSRF token) of the demo account of a role, signed in once per app. */
export async function asRole(t: TestApp, role: TestRole): Promise<AuthHeaders> {
  let cache = sessionsByApp.get(t);
  if (!cache) {
    cache = new Map();
    sessionsByApp.set(t, cache);
  }
  const known = cache.get(role) ?? (role === 'admin' && 'cookie' in t.auth ? (t.auth as AuthHeaders) : undefined);
  if (known) return known;
  const account = ensureAccount(t.handle, role);
  const session = await login(t.app, account.username, account.password);
  const headers = { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
  cache.set(role, headers);
  return headers;
}

export interface CreatedToken {
  id: number;
  token: string;
  headers: { authorization: string };
}

/** An API token made by the admin through the API (expiring in 30 days). */
export async function createToken(t: TestApp, scope: TokenScope, unitId: number | null = null): Promise<CreatedToken> {
  const expiresOn = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const res = await injectOf(t.app)({
    method: 'POST',
    url: '/api/v1/tokens',
    headers: { ...(await asRole(t, 'admin')) },
    payload: { name: `Token thử ${scope}`, scope, unitId, expiresOn },
  });
  if (res.statusCode !== 201) throw new Error(`create token: ${res.statusCode} ${res.body}`);
  const { id, token } = res.json() as { id: number; token: string };
  return { id, token, headers: { authorization: `Bearer ${token}` } };
}
