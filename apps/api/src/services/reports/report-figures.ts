/**
 * The figures a report is written from, taken from the stats API inside the server (`app.inject`,
 * with the caller's own credentials), so the report can never say other numbers than the dashboards,
 * and the stats engine can change how it counts without the report knowing. Only the fields the report
 * reads are checked here; anything else the engine adds is ignored.
 */
import {
  ActivityCategory,
  enumSchema,
  FundingSource,
  ParticipantGroup,
  type ReportQuery,
  UnitGroup,
} from '@danvan/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { statsReader } from '../stats-reader.js';

const Int = z.number().int();
const Money = { cash: Int, inKindValue: Int, labourDays: z.number() };

const CoverageSchema = z.object({
  visits: Int,
  activities: Int,
  participants: z.object({
    total: Int,
    byGroup: z.array(z.object({ group: enumSchema(ParticipantGroup), count: Int })),
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
  group: enumSchema(UnitGroup),
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
  bySource: z.array(z.object({ source: enumSchema(FundingSource), ...Money })),
  byCategory: z.array(z.object({ category: enumSchema(ActivityCategory), ...Money })),
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

export async function loadReportFigures(
  app: FastifyInstance,
  request: FastifyRequest,
  q: ReportQuery,
): Promise<ReportFigures> {
  const stats = statsReader(app, request, 'report', 'report-figures');
  const scope = statsQueryOf(q);
  const get = <T>(path: string, schema: z.ZodType<T>, extra: Record<string, string> = {}) => {
    const params = new URLSearchParams(scope);
    for (const [k, v] of Object.entries(extra)) params.set(k, v);
    return stats.get(path, schema, params);
  };

  const [coverage, compliance, communes, funding] = await Promise.all([
    get('/coverage', CoverageSchema),
    stats.pages(
      '/compliance',
      CompliancePageSchema,
      scope,
      (p) => p.units,
      (p) => p.total,
      MAX_PAGES,
    ),
    stats.pages(
      '/communes',
      CommunesPageSchema,
      scope,
      (p) => p.items,
      (p) => p.total,
      MAX_PAGES,
    ),
    get('/funding', FundingSchema, { limit: '10000' }),
  ]);
  return { coverage, norm: compliance.first.norm, units: compliance.rows, communes: communes.rows, funding };
}
