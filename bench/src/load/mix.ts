/**
 * The requests each autocannon connection sends, in a loop: lists with filters and search, record
 * details, the coverage, compliance and funding figures over varying periods, and a new draft's
 * whole life (create with contributions, read back, change with If-Match, a change with a stale
 * ETag, submit, approve). Every answer is tallied by kind against the status it should have.
 */
import { monthsOf, monthWithin, type Period, SEED_PERIOD } from '@danvan/domain';
import type autocannon from 'autocannon';
import { authHeaders, type Credentials, versionOf } from './client.js';
import { activityBody, type Fixture, LOAD_MARK, type Writer } from './setup.js';

export const KINDS = {
  list: { expected: 200, what: 'GET /activities with filters, sorted, paged' },
  search: { expected: 200, what: 'GET /activities?q= (two words without diacritics)' },
  detail: { expected: 200, what: 'GET /activities/{id} of a demo activity' },
  coverage: { expected: 200, what: 'GET /stats/coverage, varying period' },
  compliance: { expected: 200, what: 'GET /stats/compliance, varying period, sorted by rate' },
  funding: { expected: 200, what: 'GET /stats/funding, varying period and district' },
  create: { expected: 201, what: 'POST /activities, draft with 2 contributions (write token)' },
  'read-own': { expected: 200, what: 'GET /activities/{id} of the new draft' },
  patch: { expected: 200, what: 'PATCH /activities/{id} with the current If-Match' },
  'stale-patch': { expected: 412, what: 'PATCH with the If-Match from before the change' },
  submit: { expected: 200, what: 'POST /activities/{id}/submit with If-Match' },
  approve: { expected: 200, what: 'POST /activities/{id}/approve, admin session + CSRF' },
} as const;
export type Kind = keyof typeof KINDS;

export interface KindTally {
  /** Requests sent; those without an answer timed out or were in flight when the run ended. */
  sent: number;
  answers: number;
  expected: number;
  statuses: Map<number, number>;
  latencies: number[];
}

/** Where one connection is in its loop; autocannon resets it at the start of each loop. */
interface Context {
  sentAt?: number;
  /** The request in flight is a GET /health of the connecting phase. */
  ping?: boolean;
  writer?: Writer;
  id?: number;
  version?: number;
  staleVersion?: number;
}

interface Call {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  who: Credentials;
  body?: unknown;
  ifMatch?: number | undefined;
}

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;

/** The periods the figures and lists are asked for: the demo's months, quarters and whole span, and this year's. */
export const PERIODS: Period[] = [
  SEED_PERIOD,
  ...monthsOf(SEED_PERIOD).map((m) => monthWithin(m, SEED_PERIOD)!),
  { from: '2021-10-01', to: '2021-12-31' },
  { from: '2022-01-01', to: '2022-03-31' },
  { from: '2026-01-01', to: '2026-12-31' },
  { from: '2026-04-01', to: '2026-06-30' },
];

function query(params: Record<string, string | number | undefined>): string {
  const defined = Object.entries(params).filter((e): e is [string, string | number] => e[1] !== undefined);
  return new URLSearchParams(defined.map(([k, v]): [string, string] => [k, String(v)])).toString();
}

/** A day of 2026 up to November, where the load's activities go (no month of it is locked). */
function dayOf2026(): string {
  const month = 1 + Math.floor(Math.random() * 11);
  const day = 1 + Math.floor(Math.random() * 28);
  return `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export class Mix {
  readonly tallies = new Map<Kind, KindTally>();
  /**
   * 'connecting': every request is a GET /health until every connection has had an answer, so that
   * they are all open before the load begins (a busy Node 20 server accepts one connection per turn
   * of its event loop: 200 connections opened at once into a loaded server wait tens of seconds).
   * 'load': the mix.
   */
  phase: 'connecting' | 'load' = 'connecting';
  readonly pings = { sent: 0, answers: 0, unexpected: 0 };
  private created = 0;

  constructor(private readonly fixture: Fixture) {
    for (const kind of Object.keys(KINDS) as Kind[])
      this.tallies.set(kind, { sent: 0, answers: 0, expected: 0, statuses: new Map(), latencies: [] });
  }

  /** The loop of one connection. */
  requests(): autocannon.Request[] {
    const f = this.fixture;
    const reader = f.reader;
    const admin: Credentials = f.admin;
    const periodParams = () => {
      const p = pick(PERIODS);
      return { from: p.from, to: p.to };
    };
    const list = () => ({
      method: 'GET' as const,
      who: reader,
      path: `/activities?${query({
        status: 'approved',
        ...periodParams(),
        ...(Math.random() < 0.5 ? { district: pick(f.districts) } : { unitId: pick(f.unitIds) }),
        sort: pick(['-startDate', 'title', '-updatedAt']),
        limit: 20,
        page: 1 + Math.floor(Math.random() * 2),
      })}`,
    });
    const detail = () => ({ method: 'GET' as const, who: reader, path: `/activities/${pick(f.activityIds)}` });
    const coverage = () => ({ method: 'GET' as const, who: reader, path: `/stats/coverage?${query(periodParams())}` });
    const funding = () => ({
      method: 'GET' as const,
      who: admin,
      path: `/stats/funding?${query({ ...periodParams(), limit: 10, district: Math.random() < 0.3 ? pick(f.districts) : undefined })}`,
    });
    const own = (ctx: Context) => ctx.writer!.who;
    return [
      this.step('list', list),
      this.step('coverage', coverage),
      this.step('search', () => ({
        method: 'GET',
        who: admin,
        path: `/activities?${query({ q: pick(f.searches), limit: 20 })}`,
      })),
      this.step('detail', detail),
      this.step('funding', funding),
      this.step(
        'create',
        (ctx) => {
          ctx.writer = pick(f.writers);
          const title = `${LOAD_MARK}: hoạt động ${++this.created}`;
          return {
            method: 'POST',
            who: ctx.writer.who,
            path: '/activities',
            body: activityBody(ctx.writer, title, dayOf2026()),
          };
        },
        (status, body, ctx, version) => {
          if (status !== 201) return;
          ctx.id = (JSON.parse(body) as { id: number }).id;
          ctx.version = version ?? undefined;
        },
      ),
      this.step('read-own', (ctx) =>
        ctx.id === undefined ? null : { method: 'GET', who: own(ctx), path: `/activities/${ctx.id}` },
      ),
      this.step('list', list),
      this.step(
        'patch',
        (ctx) =>
          ctx.version === undefined
            ? null
            : {
                method: 'PATCH',
                who: own(ctx),
                path: `/activities/${ctx.id}`,
                ifMatch: ctx.version,
                body: {
                  beneficiaries: 20 + Math.floor(Math.random() * 200),
                  description: 'Đã bổ sung số người hưởng lợi.',
                },
              },
        (status, _body, ctx, version) => {
          if (status !== 200) return;
          ctx.staleVersion = ctx.version;
          ctx.version = version ?? undefined;
        },
      ),
      this.step('stale-patch', (ctx) =>
        ctx.staleVersion === undefined
          ? null
          : {
              method: 'PATCH',
              who: own(ctx),
              path: `/activities/${ctx.id}`,
              ifMatch: ctx.staleVersion,
              body: { beneficiaries: 1 },
            },
      ),
      this.step('compliance', () => ({
        method: 'GET',
        who: reader,
        path: `/stats/compliance?${query({ ...periodParams(), sort: '-rate', limit: 20 })}`,
      })),
      this.step(
        'submit',
        (ctx) =>
          ctx.version === undefined
            ? null
            : { method: 'POST', who: own(ctx), path: `/activities/${ctx.id}/submit`, ifMatch: ctx.version, body: {} },
        (status, _body, ctx, version) => {
          ctx.version = status === 200 ? (version ?? undefined) : undefined;
        },
      ),
      this.step('coverage', coverage),
      this.step('approve', (ctx) =>
        ctx.version === undefined
          ? null
          : { method: 'POST', who: admin, path: `/activities/${ctx.id}/approve`, ifMatch: ctx.version, body: {} },
      ),
      this.step('detail', detail),
      this.step('funding', funding),
    ];
  }

  /**
   * One request of the loop. `build` returns null when an earlier step of the loop failed: autocannon
   * then starts the loop again (a "reset").
   */
  private step(
    kind: Kind,
    build: (ctx: Context) => Call | null,
    after?: (status: number, body: string, ctx: Context, version: number | null) => void,
  ): autocannon.Request {
    const tally = this.tallies.get(kind)!;
    return {
      setupRequest: (request, context) => {
        const ctx = context as Context;
        ctx.ping = this.phase === 'connecting';
        if (ctx.ping) {
          this.pings.sent++;
          return { ...request, method: 'GET', path: '/api/v1/health', headers: {}, body: undefined };
        }
        const call = build(ctx);
        if (!call) return null as unknown as autocannon.Request;
        const headers: Record<string, string> = { ...authHeaders(call.who, call.method !== 'GET') };
        if (call.body !== undefined) headers['content-type'] = 'application/json';
        if (call.ifMatch !== undefined) headers['if-match'] = `"${call.ifMatch}"`;
        ctx.sentAt = performance.now();
        tally.sent++;
        return {
          ...request,
          method: call.method,
          path: `/api/v1${call.path}`,
          headers,
          body: call.body === undefined ? undefined : JSON.stringify(call.body),
        };
      },
      onResponse: (status, body, context, headers) => {
        const ctx = context as Context;
        if (ctx.ping) {
          this.pings.answers++;
          if (status !== 200) this.pings.unexpected++;
          return;
        }
        tally.answers++;
        if (status === KINDS[kind].expected) tally.expected++;
        tally.statuses.set(status, (tally.statuses.get(status) ?? 0) + 1);
        if (ctx.sentAt !== undefined) tally.latencies.push(performance.now() - ctx.sentAt);
        const etag = Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === 'etag')?.[1];
        after?.(status, body, ctx, versionOf(typeof etag === 'string' ? etag : undefined));
      },
    };
  }
}
