/**
 * Fuzzes every registered route of the real app (on a real SQLite file with the demo data) and
 * checks, for every answer:
 *  - it is not a 5xx;
 *  - a 4xx is RFC 9457 problem+json whose `status` is the answer's;
 *  - a refused request (any answer that is not 2xx), and any GET, left the data as it was
 *    (every row of every table, and the photos folder);
 *  - the docs' static files never serve a file from outside their folder.
 * Used by test/fuzz.test.ts (a bounded run in the suite) and test/fuzz/run.ts (`pnpm fuzz`).
 */
import { ProblemSchema } from '@danvan/domain';
import fc from 'fast-check';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import sharp from 'sharp';
import type { RegisteredRoute } from '../../src/app.js';
import { SESSION_COOKIE } from '../../src/plugins/auth.js';
import { sessionsRepository } from '../../src/repositories/sessions-repository.js';
import { photosDirOf } from '../../src/services/photo-files.js';
import { asRole, createToken } from '../helpers/auth.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { DataWatch, sameData } from './fingerprint.js';
import {
  type Body,
  caseArbitrary,
  type FuzzCase,
  type Images,
  multipartBody,
  type ParamChoice,
  type PrincipalName,
} from './requests.js';
import type { IdPools } from './schema-arbitrary.js';

export interface Failure {
  route: string;
  principal: PrincipalName;
  variant: string;
  method: string;
  url: string;
  requestBody: string;
  status: number;
  problems: string[];
  responseBody: string;
}

export interface FuzzReport {
  cases: number;
  /** Requests light-my-request itself refused to build (an impossible URL or header). */
  unsendable: number;
  ms: number;
  seed: number;
  routes: number;
  byStatus: Record<number, number>;
  /** Per route: how many answers were 2xx, 3xx, 4xx (and 5xx). */
  byRoute: Record<string, Record<string, number>>;
  failures: Failure[];
}

export interface FuzzOptions {
  /** Cases in all, shared evenly by the routes (at least one each). */
  runs: number;
  seed?: number;
  /** Only routes whose "METHOD /url" contains this. */
  only?: string;
  /** Not the routes whose "METHOD /url" contains this. */
  except?: string;
  onRoute?: (route: string, cases: number, ms: number) => void;
}

/** Markers of files that must never come out of the docs' static folder. */
const LEAKED = ['root:x:0:0', '"packageManager"', '"devDependencies"', 'DATA_DIR'];

function excerpt(value: string | Buffer | undefined, max = 400): string {
  if (value === undefined) return '';
  const text = Buffer.isBuffer(value) ? value.toString('latin1') : value;
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}

async function makeImages(): Promise<Images> {
  const base = sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 40, b: 40 } } });
  const png = await base.clone().png().toBuffer();
  // The same PNG, its header (IHDR) saying 20000 × 20000 pixels: refused before decoding.
  const pngBomb = Buffer.from(png);
  pngBomb.writeUInt32BE(20_000, 16);
  pngBomb.writeUInt32BE(20_000, 20);
  pngBomb.writeUInt32BE(crc32(pngBomb.subarray(12, 29)), 29);
  return {
    jpeg: await base
      .clone()
      .jpeg()
      .withMetadata({ exif: { IFD0: { Copyright: 'fuzz' } } })
      .toBuffer(),
    png,
    webp: await base.clone().webp().toBuffer(),
    pngBomb,
  };
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** The ids that exist when the run starts, by the body and query fields that refer to them. */
function idPools(t: TestApp): IdPools {
  const ids = (table: string) =>
    t.handle.sqlite.prepare(`SELECT id FROM ${table} ORDER BY id`).pluck().all() as number[];
  const units = ids('units');
  const communes = ids('communes');
  const directives = ids('directives');
  const activities = ids('activities');
  return {
    unitId: units,
    unitIds: units,
    communeId: communes,
    directiveId: directives,
    parentId: directives,
    activityId: activities,
    ids: activities,
    entityId: activities,
  };
}

/** The table (and column) whose records a route's path parameter names. */
function resourceOf(url: string): { table: string; column: string } | undefined {
  const m = /^\/api\/v1\/([a-z-]+)\/:(\w+)/.exec(url);
  if (!m) return undefined;
  const table = { tokens: 'api_tokens', photos: 'activity_photos', locks: 'month_locks' }[m[1]!] ?? m[1]!;
  return { table: table.replaceAll('-', '_'), column: m[2] === 'month' ? 'month' : 'id' };
}

export class Fuzzer {
  private constructor(
    readonly t: TestApp,
    private readonly headers: Map<PrincipalName, Record<string, string>>,
    private readonly protectedIds: { users: number[]; tokens: number[] },
    private readonly images: Images,
    private readonly watch: DataWatch,
    private readonly pools: IdPools,
  ) {}

  static async create(): Promise<Fuzzer> {
    const t = await createTestApp({ demo: true, as: 'admin' });
    const admin = t.auth as Record<string, string>;
    const bdv = t.handle.sqlite.prepare("SELECT id FROM units WHERE code = 'CB-BDVTU'").get() as { id: number };
    const writeToken = await createToken(t, 'write', bdv.id);
    const readToken = await createToken(t, 'read');
    const headers = new Map<PrincipalName, Record<string, string>>([
      ['admin', admin],
      ['admin without CSRF', { cookie: admin.cookie! }],
      ['admin with a wrong CSRF', { cookie: admin.cookie!, 'x-csrf-token': 'x'.repeat(43) }],
      ['unit officer', await asRole(t, 'unit_officer')],
      ['viewer', await asRole(t, 'viewer')],
      ['write token', writeToken.headers],
      ['read token', readToken.headers],
      ['anonymous', {}],
      ['forged credentials', { authorization: `Bearer dvcs_${'A'.repeat(43)}`, cookie: `${SESSION_COOKIE}=forged` }],
    ]);
    const users = t.handle.sqlite.prepare('SELECT id FROM users').pluck().all() as number[];
    const images = await makeImages();
    await seedDrafts(t, images);
    const watch = new DataWatch(t.handle.sqlite, photosDirOf(t.dir));
    return new Fuzzer(t, headers, { users, tokens: [writeToken.id, readToken.id] }, images, watch, idPools(t));
  }

  routes(): RegisteredRoute[] {
    return this.t.app.registeredRoutes;
  }

  async run(options: FuzzOptions): Promise<FuzzReport> {
    const seed = options.seed ?? Date.now() % 2 ** 31;
    const routes = this.routes().filter((r) => {
      const key = `${r.method} ${r.url}`;
      return (!options.only || key.includes(options.only)) && (!options.except || !key.includes(options.except));
    });
    const perRoute = Math.max(1, Math.ceil(options.runs / routes.length));
    const report: FuzzReport = {
      cases: 0,
      unsendable: 0,
      ms: 0,
      seed,
      routes: routes.length,
      byStatus: {},
      byRoute: {},
      failures: [],
    };
    const started = performance.now();
    for (const [index, route] of routes.entries()) {
      const key = `${route.method} ${route.url}`;
      const routeStarted = performance.now();
      await fc.assert(
        fc.asyncProperty(caseArbitrary(route, this.images, this.pools), async (c) => {
          await this.runCase(route, c, report);
          return true;
        }),
        { numRuns: perRoute, seed: seed + index, endOnFailure: true },
      );
      options.onRoute?.(key, perRoute, performance.now() - routeStarted);
    }
    report.ms = Math.round(performance.now() - started);
    return report;
  }

  private resolveParam(route: RegisteredRoute, name: string, choice: ParamChoice): string {
    const resource = resourceOf(route.url);
    const reads = route.method === 'GET';
    const protectedIds =
      resource?.table === 'users' && !reads
        ? this.protectedIds.users
        : resource?.table === 'api_tokens' && !reads
          ? this.protectedIds.tokens
          : [];
    if (choice.kind === 'raw') {
      // Never the fuzzer's own accounts or tokens: deactivating them would end the run.
      let decoded = choice.segment;
      try {
        decoded = decodeURIComponent(choice.segment);
      } catch {
        // left as sent
      }
      return protectedIds.includes(Number(decoded.trim())) ? '999999999' : choice.segment;
    }
    const sqlite = this.t.handle.sqlite;
    const known =
      resource && sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(resource.table);
    // A route whose records this table of names does not know: a small id, often a real one.
    if (!resource || !known) return String(1 + (choice.pick % 20));
    const editable =
      choice.editable && resource.table === 'activities'
        ? "status IN ('draft', 'returned') AND deleted_at IS NULL"
        : '1 = 1';
    const exclude = protectedIds.length > 0 ? `AND id NOT IN (${protectedIds.join(',')})` : '';
    const values = sqlite
      .prepare(`SELECT "${resource.column}" FROM "${resource.table}" WHERE ${editable} ${exclude} ORDER BY 1`)
      .pluck()
      .all() as (string | number)[];
    if (values.length === 0) return name === 'month' ? '2021-10' : '999999999';
    return encodeURIComponent(String(values[choice.pick % values.length]));
  }

  /** Credentials for the case; logging in or out uses a throwaway session, never the fuzzer's own. */
  private credentials(route: RegisteredRoute, principal: PrincipalName): Record<string, string> {
    const headers = this.headers.get(principal)!;
    const authRoute = route.url === '/api/v1/auth/logout' || route.url === '/api/v1/auth/login';
    if (!authRoute || !headers.cookie?.startsWith(`${SESSION_COOKIE}=`) || principal === 'forged credentials') {
      return headers;
    }
    const adminId = this.t.handle.sqlite
      .prepare("SELECT id FROM users WHERE username = 'admin'")
      .pluck()
      .get() as number;
    const { token, session } = sessionsRepository(this.t.handle.db).create(adminId, new Date(), 3_600_000);
    const cookie = `${SESSION_COOKIE}=${token}`;
    if (principal === 'admin without CSRF') return { cookie };
    if (principal === 'admin with a wrong CSRF') return { cookie, 'x-csrf-token': 'x'.repeat(43) };
    return { cookie, 'x-csrf-token': session.csrfToken };
  }

  private request(route: RegisteredRoute, c: FuzzCase): InjectOptions {
    const url =
      route.url.replace(/:(\w+)|\*/g, (_m, name: string | undefined) =>
        this.resolveParam(route, name ?? '*', c.params[name ?? '*']!),
      ) + (c.query ? `?${c.query}` : '');
    const headers: Record<string, string> = { ...this.credentials(route, c.principal) };
    if (c.ifMatch !== undefined) headers['if-match'] = c.ifMatch;
    if (c.accept !== undefined) headers.accept = c.accept;
    const body = c.body;
    const options: InjectOptions = { method: route.method as InjectOptions['method'], url, headers };
    switch (body.kind) {
      case 'none':
        break;
      case 'json': {
        const text = JSON.stringify(body.value);
        if (text !== undefined) {
          headers['content-type'] = body.contentType ?? 'application/json';
          options.payload = text;
        }
        break;
      }
      case 'raw':
      case 'multipart':
        if (body.contentType !== undefined) headers['content-type'] = body.contentType;
        options.payload = body.payload;
        break;
    }
    return options;
  }

  private async runCase(route: RegisteredRoute, c: FuzzCase, report: FuzzReport): Promise<void> {
    // Built first: logging in or out makes a throwaway session, which is not the request's doing.
    const options = this.request(route, c);
    const before = this.watch.take();
    let res: LightMyRequestResponse;
    try {
      res = await answerWithin(this.t.anonymous(options), CASE_TIMEOUT_MS);
    } catch (error) {
      if (!(error instanceof NoAnswer)) {
        report.unsendable++;
        return;
      }
      // A request left hanging would otherwise hold the whole run until the test's own time-out,
      // without saying which case it was.
      report.cases++;
      report.failures.push({
        route: `${route.method} ${route.url}`,
        principal: c.principal,
        variant: c.variant,
        method: route.method,
        url: excerpt(options.url as string, 300),
        requestBody: excerpt(options.payload as string | Buffer | undefined),
        status: 0,
        problems: [`no answer within ${CASE_TIMEOUT_MS / 1000} s`],
        responseBody: '',
      });
      return;
    }
    report.cases++;
    report.byStatus[res.statusCode] = (report.byStatus[res.statusCode] ?? 0) + 1;
    const routeKey = `${route.method} ${route.url}`;
    const routeCounts = report.byRoute[routeKey] ?? {};
    report.byRoute[routeKey] = routeCounts;
    const family = `${String(res.statusCode)[0]}xx`;
    routeCounts[family] = (routeCounts[family] ?? 0) + 1;
    const after = this.watch.take();
    const problems = checkAnswer(route, res);
    const refused = res.statusCode < 200 || res.statusCode >= 300;
    if ((refused || route.method === 'GET') && !sameData(before, after)) {
      problems.push(refused ? `a refused request (${res.statusCode}) changed the data` : 'a read changed the data');
    }
    if (problems.length > 0) {
      report.failures.push({
        route: `${route.method} ${route.url}`,
        principal: c.principal,
        variant: c.variant,
        method: route.method,
        url: excerpt(options.url as string, 300),
        requestBody: excerpt(options.payload as string | Buffer | undefined),
        status: res.statusCode,
        problems,
        responseBody: excerpt(res.body),
      });
    }
  }
}

/** How long one case may take before it counts as a request left without an answer. */
const CASE_TIMEOUT_MS = 30_000;

class NoAnswer extends Error {}

function answerWithin<T>(answer: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new NoAnswer()), ms);
  });
  return Promise.race([answer, timeout]).finally(() => clearTimeout(timer));
}

function checkAnswer(route: RegisteredRoute, res: LightMyRequestResponse): string[] {
  const problems: string[] = [];
  const status = res.statusCode;
  if (status >= 500) problems.push(`${status} answer`);
  if (status >= 400) {
    const type = String(res.headers['content-type'] ?? '');
    if (!type.startsWith('application/problem+json')) problems.push(`4xx with content-type "${type}"`);
    let body: unknown;
    try {
      body = JSON.parse(res.body);
    } catch {
      problems.push('4xx body is not JSON');
    }
    if (body !== undefined) {
      const parsed = ProblemSchema.safeParse(body);
      if (!parsed.success) problems.push(`4xx body is not a problem: ${parsed.error.issues[0]?.message}`);
      else if (parsed.data.status !== status) problems.push(`problem says ${parsed.data.status}, answer is ${status}`);
    }
  }
  if (route.url.includes('*') && status === 200 && LEAKED.some((m) => res.body.includes(m))) {
    problems.push('served a file from outside the static folder');
  }
  return problems;
}

/** A few draft activities, two with photos, so that the photo and workflow routes have records to work on. */
async function seedDrafts(t: TestApp, images: Images): Promise<void> {
  const sqlite = t.handle.sqlite;
  const assignment = sqlite
    .prepare('SELECT unit_id AS unitId, commune_id AS communeId FROM assignments ORDER BY id LIMIT 1')
    .get() as { unitId: number; communeId: number };
  for (let i = 0; i < 4; i++) {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/activities',
      payload: {
        title: `Hoạt động thử ${i}`,
        communeId: assignment.communeId,
        unitIds: [assignment.unitId],
        startDate: '2026-01-10',
        endDate: '2026-01-10',
        categories: ['tuyen_truyen'],
      },
    });
    if (res.statusCode !== 201) throw new Error(`seed draft: ${res.statusCode} ${res.body}`);
    if (i >= 2) continue;
    const boundary = 'seedBoundary';
    const upload = await t.app.inject({
      method: 'POST',
      url: `/api/v1/activities/${res.json().id}/photos`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: multipartBody(
        [
          { name: 'file', filename: 'a.png', contentType: 'image/png', data: images.png },
          { name: 'caption', data: 'Ảnh thử' },
        ],
        boundary,
      ),
    });
    if (upload.statusCode !== 201) throw new Error(`seed photo: ${upload.statusCode} ${upload.body}`);
  }
}

/** A failure's lines for a report. */
export function describeFailure(f: Failure): string {
  return [
    `${f.route} as ${f.principal} [${f.variant}] → ${f.status}: ${f.problems.join('; ')}`,
    `  ${f.method} ${f.url}`,
    f.requestBody ? `  body: ${f.requestBody}` : '',
    `  answer: ${f.responseBody}`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** Failures grouped by route, status and problem: one line each, with a count and the first example. */
export function summariseFailures(failures: Failure[]): string[] {
  const groups = new Map<string, { count: number; first: Failure }>();
  for (const f of failures) {
    const key = `${f.route} ${f.status} ${f.problems.join('; ')}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { count: 1, first: f });
  }
  return [...groups.values()].map((g) => `${g.count} × ${describeFailure(g.first)}`);
}

export type { Body };
