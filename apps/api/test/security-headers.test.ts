import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES } from '../src/plugins/security-headers.js';
import { createTestApp, type TestApp } from './helpers/test-app.js';

const CSP =
  "default-src 'self';script-src 'self';style-src 'self' 'unsafe-inline';img-src 'self' data: blob:;" +
  "connect-src 'self';font-src 'self' data:;object-src 'none';frame-ancestors 'none';base-uri 'self';form-action 'self'";

describe('security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    const web = mkdtempSync(join(tmpdir(), 'danvan-web-'));
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><html lang="vi"><title>Dân vận cơ sở</title></html>');
    writeFileSync(join(web, 'assets', 'app-abc123.js'), 'console.log(1)');
    t = await createTestApp({ demo: false, webDist: web, as: 'anonymous' });
  });
  afterAll(() => t.close());

  it('sends the Content Security Policy on the web app, its files, the API, its errors and the docs', async () => {
    for (const url of ['/', '/tong-quan', '/assets/app-abc123.js', '/api/v1/health', '/api/v1/units', '/api/docs/']) {
      const res = await t.anonymous({ url });
      expect(res.headers['content-security-policy'], url).toBe(CSP);
      // The app's files and the docs are public; the data is not.
      expect(res.statusCode, url).toBe(url === '/api/v1/units' ? 401 : 200);
    }
    expect(Object.keys(CSP_DIRECTIVES)).not.toContain('upgrade-insecure-requests');
  });

  it('sends the other helmet headers', async () => {
    const res = await t.anonymous({ url: '/' });
    expect(res.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'same-origin',
      'cross-origin-opener-policy': 'same-origin',
      'strict-transport-security': expect.stringContaining('max-age='),
    });
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});
