/**
 * The stats API read from inside the server (`app.inject`, with the caller's own credentials), so
 * that what is built from the figures — the period report, the tables' downloads — can never say
 * other numbers than the dashboards, under the same rights and unit confinement, and the stats
 * engine can change how it counts without them knowing.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { HttpProblem } from '../plugins/problems.js';

/** The most rows one page of /stats/compliance and /stats/communes gives. */
export const STATS_PAGE = 1000;

/** The caller's own credentials, so the stats routes apply the same rights and confinement. */
function credentialsOf(request: FastifyRequest): Record<string, string> {
  const { authorization, cookie } = request.headers;
  if (authorization) return { authorization };
  return cookie ? { cookie } : {};
}

/** `who` names the reader in errors ("report", "export"); `slug` is the type of the problems it passes on. */
export function statsReader(app: FastifyInstance, request: FastifyRequest, who: string, slug: string) {
  const headers = credentialsOf(request);

  /** One answer of `/stats{path}`, checked against `schema`. */
  async function get<T>(path: string, schema: z.ZodType<T>, params: URLSearchParams): Promise<T> {
    const res = await app.inject({ method: 'GET', url: `/api/v1/stats${path}?${params}`, headers });
    if (res.statusCode !== 200) {
      // A refusal (403) or a bad scope (400) is the caller's: pass it on as it came.
      let problem: { title?: string; detail?: string } = {};
      try {
        problem = res.json();
      } catch {}
      if (res.statusCode < 500) {
        throw new HttpProblem(res.statusCode, slug, problem.title ?? 'Không lấy được số liệu', problem.detail);
      }
      throw new Error(`${who}: /stats${path} answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
    }
    const parsed = schema.safeParse(res.json());
    if (!parsed.success) throw new Error(`${who}: /stats${path} has an unexpected shape: ${parsed.error.message}`);
    return parsed.data;
  }

  /** Every row of a paged stats list, at most `maxPages` pages of 1,000. */
  async function pages<R, P>(
    path: string,
    schema: z.ZodType<P>,
    params: URLSearchParams,
    rowsOf: (page: P) => R[],
    totalOf: (page: P) => number | undefined,
    maxPages: number,
  ): Promise<{ first: P; rows: R[] }> {
    const pageParams = (page: number) => {
      const next = new URLSearchParams(params);
      next.set('limit', String(STATS_PAGE));
      next.set('page', String(page));
      return next;
    };
    const first = await get(path, schema, pageParams(1));
    const rows = [...rowsOf(first)];
    const total = totalOf(first) ?? rows.length;
    for (let page = 2; rows.length < total && page <= maxPages; page++) {
      const next = rowsOf(await get(path, schema, pageParams(page)));
      if (next.length === 0) break;
      rows.push(...next);
    }
    return { first, rows };
  }

  return { get, pages };
}

export type StatsReader = ReturnType<typeof statsReader>;
