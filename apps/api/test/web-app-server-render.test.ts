/**
 * The API's side of the server-rendered dashboards (ADR 0014), with a stand-in for the web app's server build:
 * the build's pages get their routes, the renderer's requests reach this API in-process as the reader, the HTML
 * goes out compressed and never cached, and whenever the renderer has no page (signed out) or fails, the reader
 * gets index.html and the app, as on every other path.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app.js';

const INDEX_HTML = '<!doctype html><html lang="vi"><title>Dân vận cơ sở</title><div id="root"></div></html>';

/** Renders /bao-phu with the signed-in user's name and the units count, both asked of the API it is given. */
const FAKE_SERVER_ENTRY = `
export const SERVER_RENDERED_PATHS = ['/bao-phu'];
export function createPageRenderer(files) {
  if (!files.indexHtml.includes('id="root"') || !files.routePreloads['/bao-phu']) throw new Error('files not given');
  if (!files.readAsset('assets/page.css').includes('.page')) throw new Error('readAsset does not read the build');
  return async ({ url, fetch, userAgent }) => {
    if (url.includes('boom')) throw new Error('render failed');
    const me = await fetch('/api/v1/auth/me', { method: 'GET', headers: { accept: 'application/json' } });
    if (me.status === 401) return null;
    const { user } = await me.json();
    const units = await (await fetch('/api/v1/units?limit=1', { method: 'GET', headers: {} })).json();
    return '<!doctype html><p>' + user.displayName + ' · ' + units.total + ' · ' + url + ' · ' + userAgent + '</p>';
  };
}
`;

function webBuild(withServerBuild: boolean): string {
  const root = mkdtempSync(join(tmpdir(), 'danvan-ssr-'));
  const web = join(root, 'dist');
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(join(web, 'index.html'), INDEX_HTML);
  writeFileSync(join(web, 'assets', 'page.css'), '.page{color:red}');
  writeFileSync(join(web, 'route-preloads.json'), JSON.stringify({ '/bao-phu': ['assets/page.css'] }));
  if (withServerBuild) {
    mkdirSync(join(root, 'dist-server'));
    writeFileSync(join(root, 'dist-server', 'entry-server.js'), FAKE_SERVER_ENTRY);
  }
  return web;
}

describe('server-rendered dashboards', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ webDist: webBuild(true), as: 'viewer' });
  });
  afterAll(() => t.close());

  it('renders the page with the API answered in-process as the reader, compressed and not cached', async () => {
    const units = (await t.app.inject({ url: '/api/v1/units?limit=1' })).json<{ total: number }>().total;
    const me = (await t.app.inject({ url: '/api/v1/auth/me' })).json<{ user: { displayName: string } }>().user;
    const expected = `<p>${me.displayName} · ${units} · /bao-phu?from=2021-09-10 · Mobile Safari</p>`;

    const plain = await t.app.inject({ url: '/bao-phu?from=2021-09-10', headers: { 'user-agent': 'Mobile Safari' } });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(plain.headers['cache-control']).toBe('no-store');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain(expected);
    // The security headers of every answer, the Content Security Policy among them.
    expect(plain.headers['content-security-policy']).toContain("script-src 'self'");

    const br = await t.app.inject({
      url: '/bao-phu?from=2021-09-10',
      headers: { 'user-agent': 'Mobile Safari', 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('accept-encoding');
    expect(brotliDecompressSync(br.rawPayload).toString()).toContain(expected);

    const gzip = await t.app.inject({
      url: '/bao-phu?from=2021-09-10',
      headers: { 'user-agent': 'Mobile Safari', 'accept-encoding': 'gzip' },
    });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toContain(expected);
  });

  it('serves the app instead when nobody is signed in, or when the render fails', async () => {
    const anonymous = await t.anonymous({ url: '/bao-phu' });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.body).toBe(INDEX_HTML);
    expect(anonymous.headers['cache-control']).toBe('no-cache');

    const failed = await t.app.inject({ url: '/bao-phu?boom=1' });
    expect(failed.statusCode).toBe(200);
    expect(failed.body).toBe(INDEX_HTML);
  });

  it('leaves the other paths to the app', async () => {
    const other = await t.app.inject({ url: '/kinh-phi' });
    expect(other.body).toBe(INDEX_HTML);
  });

  it('serves the app on the dashboards when the web app has no server build', async () => {
    const withoutServerBuild = await createTestApp({ webDist: webBuild(false), as: 'viewer' });
    try {
      const res = await withoutServerBuild.app.inject({ url: '/bao-phu' });
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe(INDEX_HTML);
    } finally {
      await withoutServerBuild.close();
    }
  });
});
