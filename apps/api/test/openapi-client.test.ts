/**
 * A client generated from the committed OpenAPI document (openapi-typescript + openapi-fetch)
 * against the real server: the calls below must typecheck against the generated types and work.
 */
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { paths } from '../openapi/schema.js';
import { createTestApp, type TestApp } from './helpers/test-app.js';

describe('generated client', () => {
  let t: TestApp;
  let client: ReturnType<typeof createClient<paths>>;
  beforeAll(async () => {
    t = await createTestApp();
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    // The admin's session, as a browser would send it (cookie and CSRF header).
    client = createClient<paths>({ baseUrl: address, headers: { ...t.auth } });
  });
  afterAll(() => t.close());

  it('reads the figures of the seed period', async () => {
    const { data, error } = await client.GET('/api/v1/stats/coverage', {
      params: { query: { from: '2021-09-10', to: '2022-03-18' } },
    });
    expect(error).toBeUndefined();
    expect(data?.visits).toBe(115);
    expect(data?.units.assigned).toBe(77);
    expect(data?.communes.assigned).toBe(100);
  });

  it('lists, creates and updates a unit with If-Match, and gets a typed problem back', async () => {
    const list = await client.GET('/api/v1/units', { params: { query: { q: 'ban dan van', limit: 5 } } });
    expect(list.data?.items.map((u) => u.name)).toContain('Chi bộ Ban Dân vận Tỉnh ủy');

    const created = await client.POST('/api/v1/units', {
      body: {
        code: 'CB-CLIENT',
        name: 'Chi bộ Trung tâm Lưu trữ lịch sử tỉnh',
        kind: 'chi_bo_co_so',
        agency: 'Trung tâm Lưu trữ lịch sử tỉnh',
        group: 'so_nganh',
        partyMembers: 7,
        staff: 15,
        activeFrom: '2018-05-01',
      },
    });
    expect(created.response.status).toBe(201);
    const id = created.data!.id;
    const patched = await client.PATCH('/api/v1/units/{id}', {
      params: { path: { id }, header: { 'if-match': created.response.headers.get('etag')! } },
      body: { staff: 16 },
    });
    expect(patched.data?.staff).toBe(16);

    const stale = await client.PATCH('/api/v1/units/{id}', {
      params: { path: { id }, header: { 'if-match': '"1"' } },
      body: { staff: 17 },
    });
    expect(stale.response.status).toBe(412);
    expect(stale.error?.title).toBe('Bản ghi đã bị thay đổi');
  });
});
