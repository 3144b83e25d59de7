/**
 * The figures a report is written from, taken from the stats API inside the server (`app.inject`,
 * with the caller's own credentials), so the report can never say other numbers than the dashboards,
 * and the stats engine can change how it counts without the report knowing. Only the fields the report
 * reads are checked here; anything else the engine adds is ignored.
 */
import { ActivityCategory, FundingSource, ParticipantGroup, type ReportQuery, UnitGroup } from '@danvan/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { HttpProblem } from '../../plugins/problems.js';

const Int = z.number().int();
const Money = { cash: Int, inKindValue: Int, labourDays: z.number() };

const CoverageSchema = z.object({
  visits: Int,
  activities: Int,
  participants: z.object({
    total: Int,
    byGroup: z.array(z.object({ group: ParticipantGroup.schema, count: Int })),
  }),
  units: z.object({ assigned: Int, active: Int, onNorm: Int }),
  communes: z.object({
    assigned: Int,
    reached: Int,
    neverReached: z.array(
      z.object({
        communeId: Int,
        name: z.string(),
        district: z.string(),
        remote: z.boolean(),
        lastActivityDate: z.string().nullable(),
        daysSinceLast: Int.nullable(),
      }),
    ),
  }),
});
export type ReportCoverage = z.infer<typeof CoverageSchema>;

const ComplianceUnitSchema = z.object({
  unitId: Int,
  code: z.string(),
  name: z.string(),
  group: UnitGroup.schema,
  monthsAssigned: Int,
  monthsOnNorm: Int,
  visits: Int,
  onNorm: z.boolean(),
});
export type ReportComplianceUnit = z.infer<typeof ComplianceUnitSchema>;
const CompliancePageSchema = z.object({
  norm: Int,
  months: z.array(z.string()),
  units: z.array(ComplianceUnitSchema),
  total: Int.optional(),
});

const CommuneRowSchema = z.object({
  communeId: Int,
  code: z.string(),
  name: z.string(),
  district: z.string(),
  remote: z.boolean(),
  unitsAssigned: Int,
  visits: Int,
  activities: Int,
  lastActivityDate: z.string().nullable(),
  daysSinceLast: Int.nullable(),
});
export type ReportCommuneRow = z.infer<typeof CommuneRowSchema>;
const CommunesPageSchema = z.object({ items: z.array(CommuneRowSchema), total: Int });

const FundingSchema = z.object({
  total: z.object(Money),
  bySource: z.array(z.object({ source: FundingSource.schema, ...Money })),
  byCategory: z.array(z.object({ category: ActivityCategory.schema, ...Money })),
  byUnit: z.array(z.object({ unitId: Int, ...Money })),
  byCommune: z.array(z.object({ communeId: Int, ...Money })),
  items: z.array(
    z.object({ item: z.string(), measureUnit: z.string(), quantity: z.number(), valueVnd: Int, contributions: Int }),
  ),
});
export type ReportFunding = z.infer<typeof FundingSchema>;

export interface ReportFigures {
  coverage: ReportCoverage;
  norm: number;
  units: ReportComplianceUnit[];
  communes: ReportCommuneRow[];
  funding: ReportFunding;
}

/** The most rows one page of /stats/compliance and /stats/communes gives. */
const PAGE = 1000;
/** More than any province has units or communes; a guard against paging forever. */
const MAX_PAGES = 50;

/** The scope of a report as the stats routes take it. */
export function statsQueryOf(q: ReportQuery): URLSearchParams {
  const params = new URLSearchParams({ from: q.from, to: q.to });
  if (q.unitId !== undefined) params.set('unitId', String(q.unitId));
  if (q.unitGroup !== undefined) params.set('unitGroup', q.unitGroup);
  if (q.district !== undefined) params.set('district', q.district);
  return params;
}

/** The caller's own credentials, so the stats routes apply the same rights and confinement. */
function credentialsOf(request: FastifyRequest): Record<string, string> {
  const { authorization, cookie } = request.headers;
  if (authorization) return { authorization };
  return cookie ? { cookie } : {};
}

export async function loadReportFigures(
  app: FastifyInstance,
  request: FastifyRequest,
  q: ReportQuery,
): Promise<ReportFigures> {
  const headers = credentialsOf(request);
  const scope = statsQueryOf(q);

  async function get<T>(path: string, schema: z.ZodType<T>, extra: Record<string, string> = {}): Promise<T> {
    const params = new URLSearchParams(scope);
    for (const [k, v] of Object.entries(extra)) params.set(k, v);
    const res = await app.inject({ method: 'GET', url: `/api/v1${path}?${params}`, headers });
    if (res.statusCode !== 200) {
      // A refusal (403) or a bad scope (400) is the caller's: pass it on as it came.
      let problem: { title?: string; detail?: string } = {};
      try {
        problem = res.json();
      } catch {}
      if (res.statusCode < 500) {
        throw new HttpProblem(
          res.statusCode,
          'report-figures',
          problem.title ?? 'Không lấy được số liệu',
          problem.detail,
        );
      }
      throw new Error(`report: ${path} answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
    }
    const parsed = schema.safeParse(res.json());
    if (!parsed.success) throw new Error(`report: ${path} has an unexpected shape: ${parsed.error.message}`);
    return parsed.data;
  }

  /** Every row of a paged stats list. */
  async function all<R, P>(
    path: string,
    schema: z.ZodType<P>,
    rowsOf: (page: P) => R[],
    totalOf: (page: P) => number | undefined,
  ): Promise<{ first: P; rows: R[] }> {
    const first = await get(path, schema, { limit: String(PAGE), page: '1' });
    const rows = [...rowsOf(first)];
    const total = totalOf(first) ?? rows.length;
    for (let page = 2; rows.length < total && page <= MAX_PAGES; page++) {
      const next = rowsOf(await get(path, schema, { limit: String(PAGE), page: String(page) }));
      if (next.length === 0) break;
      rows.push(...next);
    }
    return { first, rows };
  }

  const [coverage, compliance, communes, funding] = await Promise.all([
    get('/stats/coverage', CoverageSchema),
    all(
      '/stats/compliance',
      CompliancePageSchema,
      (p) => p.units,
      (p) => p.total,
    ),
    all(
      '/stats/communes',
      CommunesPageSchema,
      (p) => p.items,
      (p) => p.total,
    ),
    get('/stats/funding', FundingSchema, { limit: '10000' }),
  ]);
  return { coverage, norm: compliance.first.norm, units: compliance.rows, communes: communes.rows, funding };
}
