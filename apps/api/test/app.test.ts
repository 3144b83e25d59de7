import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { PROBLEM_CONTENT_TYPE } from '@danvan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app.js';

describe('health and the error shape', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ demo: false });
  });
  afterAll(() => t.close());

  it('GET /api/v1/health answers with the database state', async () => {
    const res = await t.app.inject({ url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: { ok: true, activities: 0 }, demo: false });
  });

  it('an unknown API route is a 404 problem, not HTML', async () => {
    const res = await t.app.inject({ url: '/api/v1/khong-co' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(res.json()).toMatchObject({ status: 404, title: 'Không tìm thấy', instance: '/api/v1/khong-co' });
  });

  it('says in Vietnamese what is wrong with a body Fastify itself refuses, keeping its status', async () => {
    const post = (headers: Record<string, string>, payload?: string | Buffer) =>
      t.app.inject({ method: 'POST', url: '/api/v1/units', headers, ...(payload !== undefined ? { payload } : {}) });
    const cases = [
      [await post({ 'content-type': 'application/json' }), 400, /trống trong khi Content-Type là application\/json/],
      [await post({ 'content-type': 'application/json' }, '{"code": "CB-1",'), 400, /không phải JSON hợp lệ/],
      [await post({ 'content-type': 'text/csv' }, 'code,name'), 415, /dùng application\/json/],
      [
        await post({ 'content-type': 'application/json' }, `{"name":"${'x'.repeat(1024 * 1024)}"}`),
        413,
        /vượt quá dung lượng/,
      ],
    ] as const;
    for (const [res, status, detail] of cases) {
      expect(res.statusCode).toBe(status);
      expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      const problem = res.json() as { status: number; title: string; detail: string };
      expect(problem.status).toBe(status);
      expect(problem.detail).toMatch(detail);
      // Vietnamese, not Fastify's English.
      expect(problem.detail).not.toMatch(/\b(body|Body|Unsupported|content-type is)\b/);
    }
  });

  it('without a web build, other paths are 404 problems too', async () => {
    const res = await t.app.inject({ url: '/tong-quan' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
  });
});

describe('serving the web app', () => {
  let t: TestApp;
  beforeAll(async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const web = mkdtempSync(join(tmpdir(), 'danvan-web-'));
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><html lang="vi"><title>Dân vận cơ sở</title></html>');
    writeFileSync(join(web, 'assets', 'app-abc123.js'), 'console.log(1)');
    // What apps/web/scripts/precompress.mjs writes next to each file of a real build.
    writeFileSync(join(web, 'assets', 'app-abc123.js.br'), brotliCompressSync('console.log(1)'));
    writeFileSync(join(web, 'assets', 'app-abc123.js.gz'), gzipSync('console.log(1)'));
    t = await createTestApp({ demo: false, webDist: web });
  });
  afterAll(() => t.close());

  it('serves index.html at / and for deep links (client-side routes)', async () => {
    for (const url of ['/', '/don-vi/12?from=2021-09-10']) {
      const res = await t.app.inject({ url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.body).toContain('Dân vận cơ sở');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves hashed assets with a long cache', async () => {
    const res = await t.app.inject({ url: '/assets/app-abc123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toContain('immutable');
  });

  it('sends the precompressed copy the browser accepts, as the same JavaScript', async () => {
    for (const [accept, encoding, decode] of [
      ['br, gzip', 'br', brotliDecompressSync],
      ['gzip', 'gzip', gunzipSync],
    ] as const) {
      const res = await t.app.inject({ url: '/assets/app-abc123.js', headers: { 'accept-encoding': accept } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers['content-type']).toContain('javascript');
      expect(res.headers['cache-control']).toContain('immutable');
      expect(decode(res.rawPayload).toString()).toBe('console.log(1)');
    }
    const plain = await t.app.inject({ url: '/assets/app-abc123.js', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe('console.log(1)');
  });

  it('keeps problems for unknown API paths and non-GET methods', async () => {
    expect((await t.app.inject({ url: '/api/v2/x' })).headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    const post = await t.app.inject({ method: 'POST', url: '/don-vi' });
    expect(post.statusCode).toBe(404);
    expect(post.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
  });
});
