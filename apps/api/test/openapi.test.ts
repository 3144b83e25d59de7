import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentOpenApiDocument, OPENAPI_FILE } from '../src/lib/openapi-document.js';
import { createTestApp, type TestApp } from './helpers/test-app.js';

describe('OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ demo: false });
  });
  afterAll(() => t.close());

  it('is served at /api/v1/openapi.json as OpenAPI 3.1 with every /api/v1 route', async () => {
    const res = await t.app.inject({ url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    const documented = new Set<string>();
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
      for (const method of Object.keys(ops)) documented.add(`${method.toUpperCase()} ${path}`);
    }
    const apiRoutes = t.app.registeredRoutes
      .filter((r) => r.url.startsWith('/api/v1/') && r.documented)
      .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`);
    expect(apiRoutes.length).toBeGreaterThan(5);
    expect([...documented].sort()).toEqual([...new Set(apiRoutes)].sort());
    // Every operation has an id, a summary and documents its error answers as problems.
    for (const ops of Object.values(doc.paths as Record<string, Record<string, Record<string, unknown>>>)) {
      for (const op of Object.values(ops)) {
        expect(op.operationId).toEqual(expect.any(String));
        expect(op.summary).toEqual(expect.any(String));
        const responses = op.responses as Record<string, { content?: Record<string, unknown> }>;
        for (const [status, r] of Object.entries(responses)) {
          if (Number(status) >= 400) expect(Object.keys(r.content ?? {})).toContain('application/json');
        }
      }
    }
  });

  it('the committed openapi/openapi.json is the one the code generates (run `pnpm --filter @danvan/api openapi`)', async () => {
    expect(readFileSync(OPENAPI_FILE, 'utf8')).toBe(await currentOpenApiDocument());
  });

  it('serves the interactive documentation at /api/docs', async () => {
    const res = await t.app.inject({ url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('swagger');
  });
});
