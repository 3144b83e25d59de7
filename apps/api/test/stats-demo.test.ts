/**
 * On the demo data, /stats/* agree with the domain measures computed from the raw rows, for the
 * seed's period, single months and a filter.
 */
import {
  assignedUnits,
  communeCoverage,
  complianceMatrix,
  countVisits,
  distinctActiveUnits,
  fundingBreakdown,
  monthlyCompliance,
  onNormUnits,
  type Period,
} from '@danvan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Facts, readFacts } from './helpers/raw-facts.js';
import { createTestApp, type TestApp } from './helpers/test-app.js';

describe('figures on the demo data', () => {
  let t: TestApp;
  let facts: Facts;
  beforeAll(async () => {
    t = await createTestApp();
    facts = readFacts(t.handle);
  });
  afterAll(() => t.close());

  const periods: Period[] = [
    { from: '2021-09-10', to: '2022-03-18' },
    { from: '2021-10-01', to: '2021-10-31' },
    { from: '2022-01-01', to: '2022-03-31' },
  ];

  function expected(f: Pick<Facts, 'activities' | 'assignments' | 'contributions'>, p: Period) {
    const coverage = communeCoverage(f.activities, f.assignments, p);
    return {
      visits: countVisits(f.activities, p),
      units: {
        assigned: assignedUnits(f.assignments, p).size,
        active: distinctActiveUnits(f.activities, p).size,
        onNorm: onNormUnits(f.activities, f.assignments, p).length,
      },
      communes: { assigned: coverage.assigned, reached: coverage.reached },
      neverReached: coverage.neverReached,
      months: monthlyCompliance(f.activities, f.assignments, p),
      matrix: complianceMatrix(f.activities, f.assignments, p),
      funding: fundingBreakdown(f.activities, f.contributions, p),
    };
  }

  it.each(periods)('coverage, compliance and funding for $from..$to', async (p) => {
    const e = expected(facts, p);
    const query = `from=${p.from}&to=${p.to}`;
    const coverage = (await t.app.inject({ url: `/api/v1/stats/coverage?${query}` })).json();
    expect(coverage.visits).toBe(e.visits);
    expect(coverage.units).toEqual(e.units);
    expect(coverage.communes).toMatchObject(e.communes);
    expect(
      coverage.communes.neverReached.map((c: { communeId: number; daysSinceLast: number | null }) => [
        c.communeId,
        c.daysSinceLast,
      ]),
    ).toEqual(e.neverReached.map((c) => [c.communeId, c.daysSinceLast]));
    expect(coverage.months).toEqual(e.months);

    const compliance = (await t.app.inject({ url: `/api/v1/stats/compliance?${query}` })).json();
    expect(
      compliance.units.map((u: { unitId: number; cells: unknown[]; onNorm: boolean }) => ({
        unitId: u.unitId,
        cells: u.cells,
        onNorm: u.onNorm,
      })),
    ).toEqual(e.matrix.map((u) => ({ unitId: u.unitId, cells: u.cells, onNorm: u.onNorm })));

    const funding = (await t.app.inject({ url: `/api/v1/stats/funding?${query}` })).json();
    expect(funding.total).toEqual(e.funding.total);
    expect(funding.bySource).toEqual(e.funding.bySource);
    expect(funding.byMonth).toEqual(e.funding.byMonth);
    expect(funding.items).toEqual(e.funding.items);
  });

  it('the seed period gives the seed figures: 115 lượt, 77 units, 100 communes', async () => {
    const coverage = (await t.app.inject({ url: '/api/v1/stats/coverage?from=2021-09-10&to=2022-03-18' })).json();
    expect(coverage.visits).toBe(115);
    expect(coverage.units.assigned).toBe(77);
    expect(coverage.communes.assigned).toBe(100);
  });

  it('remote communes: the filter equals the measures over the remote communes only', async () => {
    const remote = new Set(facts.communes.filter((c) => c.remote).map((c) => c.id));
    const p = periods[0]!;
    const e = expected(
      {
        activities: facts.activities.filter((a) => remote.has(a.communeId)),
        assignments: facts.assignments.filter((s) => remote.has(s.communeId)),
        contributions: facts.contributions,
      },
      p,
    );
    const coverage = (
      await t.app.inject({ url: `/api/v1/stats/coverage?from=${p.from}&to=${p.to}&remote=true` })
    ).json();
    expect(coverage.visits).toBe(e.visits);
    expect(coverage.communes).toMatchObject({ assigned: 33, reached: e.communes.reached });
    expect(coverage.units).toEqual(e.units);
  });
});
