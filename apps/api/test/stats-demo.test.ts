/**
 * On the demo data, /stats/* agree with the domain measures computed from the raw rows, for the
 * seed's period, single months, partial months and filters: whole responses, field by field.
 */
import { type Period, UnitGroup } from '@danvan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedCommunes, expectedCompliance, expectedCoverage, expectedFunding } from './helpers/expected-stats.js';
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
    { from: '2021-11-07', to: '2021-11-23' },
    { from: '2020-01-01', to: '2026-12-31' },
  ];

  async function get(path: string, query: object) {
    const search = new URLSearchParams(
      Object.entries(query)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]): [string, string] => [k, String(v)]),
    );
    const res = await t.app.inject({ url: `/api/v1/stats/${path}?${search}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }

  it.each(periods)('every endpoint equals the measures for %o', async (p) => {
    expect(await get('coverage', p)).toEqual(expectedCoverage(facts, p));
    const page = { page: 1, limit: 1000, sort: 'name' };
    expect(await get('compliance', { ...p, ...page })).toEqual(expectedCompliance(facts, { ...p, ...page }));
    expect(await get('communes', { ...p, ...page })).toEqual(expectedCommunes(facts, { ...p, ...page }));
    expect(await get('funding', { ...p, limit: 10_000 })).toEqual(expectedFunding(facts, { ...p, limit: 10_000 }));
  });

  it('every endpoint equals the measures under each filter', async () => {
    const p = periods[0]!;
    const districts = [...new Set(facts.communes.map((c) => c.district))];
    const filters = [
      { unitId: facts.units[3]!.id },
      ...UnitGroup.codes.map((unitGroup) => ({ unitGroup })),
      { district: districts[0] },
      { remote: 'true' as const },
      { remote: 'false' as const, unitGroup: 'so_nganh' as const },
      { communeId: facts.communes[5]!.id },
    ];
    for (const filter of filters) {
      const q = { ...p, ...filter };
      expect(await get('coverage', q), JSON.stringify(filter)).toEqual(expectedCoverage(facts, q));
      const page = { page: 1, limit: 1000, sort: 'name' };
      expect(await get('compliance', { ...q, ...page })).toEqual(expectedCompliance(facts, { ...q, ...page }));
      expect(await get('communes', { ...q, ...page })).toEqual(expectedCommunes(facts, { ...q, ...page }));
      expect(await get('funding', { ...q, limit: 50 })).toEqual(expectedFunding(facts, { ...q, limit: 50 }));
    }
  });

  it('sorts and pages the compliance matrix and the communes list, with summaries over all rows', async () => {
    const p = periods[0]!;
    for (const sort of ['name', '-name', 'code', 'group', '-rate', 'visits']) {
      const q = { ...p, sort, page: 2, limit: 10 };
      const body = await get('compliance', q);
      expect(body).toEqual(expectedCompliance(facts, q));
      expect(body.units).toHaveLength(10);
      expect(body).toMatchObject({ total: 77, pages: 8, summary: { assigned: 77 } });
    }
    for (const sort of ['name', 'district', '-visits', 'lastActivityDate', '-daysSinceLast']) {
      for (const reached of [undefined, 'true', 'false'] as const) {
        const q = { ...p, sort, page: 1, limit: 7, reached };
        expect(await get('communes', q), `${sort} ${reached}`).toEqual(expectedCommunes(facts, q));
      }
    }
  });

  it('the seed period gives the seed figures: 115 lượt, 77 units, 100 communes', async () => {
    const coverage = await get('coverage', { from: '2021-09-10', to: '2022-03-18' });
    expect(coverage.visits).toBe(115);
    expect(coverage.units.assigned).toBe(77);
    expect(coverage.communes.assigned).toBe(100);
  });

  it('remote communes are reached less often than the rest: 19 lượt in 33 against 96 in 67', async () => {
    const coverage = await get('coverage', { from: '2021-09-10', to: '2022-03-18' });
    expect(coverage.byRemote).toEqual([
      expect.objectContaining({ remote: true, communesAssigned: 33, visits: 19, visitsPerCommune: 19 / 33 }),
      expect.objectContaining({ remote: false, communesAssigned: 67, visits: 96, visitsPerCommune: 96 / 67 }),
    ]);
    const remote = await get('coverage', { from: '2021-09-10', to: '2022-03-18', remote: 'true' });
    expect(remote.visits).toBe(19);
    expect(remote.byRemote[1]).toEqual({
      remote: false,
      communesAssigned: 0,
      communesReached: 0,
      visits: 0,
      visitsPerCommune: null,
    });
  });
});
