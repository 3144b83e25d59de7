/**
 * Builds the real app on a real SQLite file in a temporary folder, optionally with the demo data,
 * signed in: `t.app.inject` sends the session cookie and CSRF header of an account (the demo
 * admin unless `as` says otherwise) with every request that does not name its own credentials
 * (a `cookie` or `authorization` header). `t.anonymous` sends none.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.js';
import { type DatabaseHandle, openDatabase } from '../../src/db/client.js';
import { loadDemoData } from '../../src/demo/load.js';
import { type AuthHeaders, ensureAccount, login, rawInject, type TestRole } from './auth.js';

export interface TestApp {
  app: Awaited<ReturnType<typeof buildApp>>;
  handle: DatabaseHandle;
  dir: string;
  /** The headers `app.inject` adds by default (empty when the app was built anonymous). */
  auth: AuthHeaders | Record<string, never>;
  /** `app.inject` without any credentials. */
  anonymous(options: InjectOptions | string): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  demo?: boolean;
  webDist?: string;
  seed?: (h: DatabaseHandle) => void;
  /** Whom requests come from by default: the demo admin unless said otherwise. */
  as?: TestRole | 'anonymous';
  sessionHours?: number;
  trustProxy?: boolean;
}

function withCredentials(options: InjectOptions | string, defaults: Record<string, string>): InjectOptions {
  const o = typeof options === 'string' ? { url: options } : options;
  const headers = { ...(o.headers ?? {}) } as Record<string, string>;
  const named = Object.keys(headers).some((k) => ['cookie', 'authorization'].includes(k.toLowerCase()));
  return { ...o, headers: named ? headers : { ...defaults, ...headers } };
}

export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'danvan-api-test-'));
  const handle = openDatabase(join(dir, 'test.db'));
  if (options.demo ?? true) loadDemoData(handle);
  options.seed?.(handle);
  const app = await buildApp({
    config: {
      webDist: options.webDist ?? join(dir, 'no-web'),
      dataDir: dir,
      ...(options.sessionHours ? { sessionHours: options.sessionHours } : {}),
      ...(options.trustProxy ? { trustProxy: options.trustProxy } : {}),
    },
    handle,
  });
  await app.ready();

  const raw = app.inject.bind(app);
  rawInject.set(app, raw);
  const as = options.as ?? 'admin';
  let auth: TestApp['auth'] = {};
  if (as !== 'anonymous') {
    const account = ensureAccount(handle, as);
    const session = await login(app, account.username, account.password);
    auth = { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
  }
  const defaults = auth as Record<string, string>;
  // Every existing call (t.app.inject({ url })) goes through here; the chained form is left alone.
  app.inject = ((o?: InjectOptions | string) =>
    o === undefined ? raw() : raw(withCredentials(o, defaults))) as typeof app.inject;

  return {
    app,
    handle,
    dir,
    auth,
    anonymous: (o) => raw(typeof o === 'string' ? { url: o } : o),
    async close() {
      await app.close();
      handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
