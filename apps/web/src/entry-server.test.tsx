// @vitest-environment node
/**
 * The dashboards rendered on the server (ADR 0014), in Node as the API runs them: the page's figures are in
 * the HTML, the app's scripts are not (takeover.js has them), the page's answers travel with it for the app, and
 * the renderer gives the page back to the app (null) when nobody is signed in or an answer failed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createPageRenderer, SERVER_RENDERED_PATHS } from '@/entry-server';
import {
  communesFixture,
  complianceFixture,
  fundingFixture,
  previousCoverageFixture,
} from '@/features/dashboards/test-fixtures';
import { SERVER_DATA_ID, type ServerData } from '@/lib/server-data';
import {
  adminSessionFixture,
  coverageFixture,
  demoHealthFixture,
  officerSessionFixture,
  problemReply,
} from '@/testing/fixtures';
import { communesFixture as communeLookup, districtsOf } from '@/testing/review-plans-fixtures';

const mantineCss = readFileSync(createRequire(import.meta.url).resolve('@mantine/core/styles.css'), 'utf8');

const INDEX_HTML = `<!doctype html>
<html lang="vi" data-mantine-color-scheme="light">
  <head>
    <title>Dân vận cơ sở</title>
    <script async src="/assets/route-preloads-abc.js"></script>
    <link rel="preload" href="/api/v1/auth/me" as="fetch" crossorigin />
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-abc.js">
    <link rel="stylesheet" crossorigin href="/assets/mantine-abc.css">
    <link rel="stylesheet" crossorigin href="/assets/index-abc.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const ASSETS: Record<string, string> = {
  'assets/mantine-abc.css': mantineCss,
  'assets/index-abc.css': '.app-shell{color:#111}',
  'assets/coverage-abc.css': '.coverage-page{color:#222}',
};

const render = createPageRenderer({
  indexHtml: INDEX_HTML,
  routePreloads: { '/bao-phu': ['assets/coverage-abc.js', 'assets/coverage-abc.css'] },
  readAsset: (file) => {
    const css = ASSETS[file];
    if (css === undefined) throw new Error(`no ${file} in the build`);
    return css;
  },
});

type Answer = { status?: number; body: unknown };

/** The API as the renderer sees it: answers by path (the longest matching prefix), and every URL asked. */
function api(answers: Record<string, Answer>) {
  const asked: string[] = [];
  const fetch = async (url: string) => {
    asked.push(url);
    const key = Object.keys(answers)
      .filter((prefix) => url.startsWith(prefix))
      .sort((a, b) => b.length - a.length)[0];
    if (!key) throw new Error(`Unexpected request: ${url}`);
    const { status = 200, body } = answers[key] as Answer;
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return { fetch, asked };
}

const COVERAGE_ANSWERS: Record<string, Answer> = {
  '/api/v1/auth/me': { body: adminSessionFixture },
  '/api/v1/health': { body: demoHealthFixture },
  '/api/v1/communes/districts': { body: districtsOf(communeLookup) },
  '/api/v1/stats/coverage': { body: coverageFixture },
  '/api/v1/stats/coverage?from=2021-03-04&to=2021-09-09': { body: previousCoverageFixture },
  '/api/v1/stats/compliance': { body: complianceFixture },
  '/api/v1/stats/communes': { body: communesFixture },
};

function parse(html: string) {
  const { document } = new JSDOM(html).window;
  const data = JSON.parse(document.getElementById(SERVER_DATA_ID)?.textContent ?? 'null') as ServerData;
  return { document, data };
}

describe('the dashboards rendered on the server', () => {
  it('are the home page and the coverage and funding pages', () => {
    expect(SERVER_RENDERED_PATHS).toEqual(['/', '/bao-phu', '/kinh-phi']);
  });

  it("renders the home page's figures", async () => {
    const { fetch, asked } = api({
      '/api/v1/auth/me': { body: adminSessionFixture },
      '/api/v1/health': { body: demoHealthFixture },
      '/api/v1/stats/coverage': { body: coverageFixture },
    });
    const html = (await render({ url: '/', fetch })) as string;
    const { document } = parse(html);
    expect(document.title).toBe('Tổng quan — Dân vận cơ sở');
    expect(document.querySelector('[data-testid="overview-period"]')?.textContent).toContain('10/09/2021');
    expect(document.body.textContent).toContain('1.234');
    expect(asked.filter((url) => url.startsWith('/api/v1/stats/'))).toHaveLength(1);
  });

  it("puts the coverage page's figures and links in the HTML, with the answers the app will start from", async () => {
    const { fetch, asked } = api(COVERAGE_ANSWERS);
    const html = await render({ url: '/bao-phu', fetch, userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/127' });
    expect(html).not.toBeNull();
    const { document, data } = parse(html as string);

    expect(document.title).toBe('Độ bao phủ — Dân vận cơ sở');
    expect(document.querySelectorAll('title')).toHaveLength(1);
    expect(document.querySelector('h1')?.textContent).toBe('Độ bao phủ');
    expect(document.querySelector('[data-testid="dashboard-period"]')?.textContent).toBe(
      'Từ 10/09/2021 đến 18/03/2022',
    );
    const visits = document.querySelector('[data-testid="kpi-visits-value"]');
    expect(visits?.textContent).toBe('1.234');
    expect(visits?.closest('a')?.getAttribute('href')).toBe('/hoat-dong?status=approved&from=2021-09-10&to=2022-03-18');
    // The matrix and the communes table have their rows; the charts' tables are there for screen readers.
    expect(document.querySelectorAll('[data-testid="compliance-matrix"] tbody tr').length).toBe(
      complianceFixture.units.length,
    );
    expect(document.querySelector('[data-testid="communes-table"]')?.textContent).toContain(
      communesFixture.items[0]?.name,
    );

    // Exactly the requests of the app's own loaders, and the answers go to the app with the page.
    expect(asked.map((url) => url.split('?')[0]).sort()).toEqual([
      '/api/v1/auth/me',
      '/api/v1/communes/districts',
      '/api/v1/health',
      '/api/v1/stats/communes',
      '/api/v1/stats/compliance',
      '/api/v1/stats/coverage',
      '/api/v1/stats/coverage',
    ]);
    expect(data.phone).toBe(false);
    const keys = data.state.queries.map((query) => JSON.stringify(query.queryKey));
    expect(keys).toHaveLength(7);
    expect(keys).toContain(JSON.stringify(['auth', 'session']));
    expect(data.state.queries.every((query) => query.state.status === 'success')).toBe(true);
  });

  it("leaves the app's scripts to takeover.js and writes the page's styles into it", async () => {
    const html = (await render({ url: '/bao-phu', fetch: api(COVERAGE_ANSWERS).fetch })) as string;
    const { document } = parse(html);

    expect(document.querySelector('script[type="module"], link[rel="modulepreload"]')).toBeNull();
    expect(document.querySelector('link[as="fetch"], script[async]')).toBeNull();
    expect(document.querySelector('link[rel="stylesheet"]')).toBeNull();
    const takeover = document.querySelector<HTMLScriptElement>('script[src="/takeover.js"]');
    expect(takeover?.defer).toBe(true);
    expect(takeover?.dataset).toMatchObject({
      entry: '/assets/index-abc.js',
      preload: '/assets/react-abc.js /assets/coverage-abc.js',
      styles: '/assets/mantine-abc.css /assets/index-abc.css /assets/coverage-abc.css',
    });

    // Mantine's rules for what the page draws (Paper, Table), not for what it does not (Accordion, Slider).
    const styles = [...document.head.querySelectorAll('style')].map((style) => style.textContent ?? '');
    const mantine = styles[0] as string;
    expect(mantine).toContain('.m_1b7284a3'); // Paper
    expect(mantine).toContain('.m_b23fa0ef'); // Table
    expect(mantine).not.toContain('.m_9bdbb667'); // Accordion
    expect(mantine).not.toContain('.m_dd36362e'); // Slider
    expect(mantine.length).toBeLessThan(mantineCss.length / 2);
    // Then the app's own stylesheet and the page's, in index.html's order.
    expect(styles.slice(1)).toEqual(['.app-shell{color:#111}', '.coverage-page{color:#222}']);
  });

  it('draws the phone layout for a phone, and tells the app so', async () => {
    const html = (await render({
      url: '/bao-phu',
      fetch: api(COVERAGE_ANSWERS).fetch,
      userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 7) Mobile Safari/537.36',
    })) as string;
    const { document, data } = parse(html);
    expect(data.phone).toBe(true);
    // The communes table is a list of cards on a phone.
    expect(document.querySelector('[data-testid="communes-table"] table')).toBeNull();
    expect(
      parse((await render({ url: '/bao-phu', fetch: api(COVERAGE_ANSWERS).fetch, mobileHint: '?1' })) as string).data
        .phone,
    ).toBe(true);
  });

  it("confines a unit officer's page to their unit, as the app does", async () => {
    const { fetch, asked } = api({ ...COVERAGE_ANSWERS, '/api/v1/auth/me': { body: officerSessionFixture } });
    const html = (await render({ url: '/bao-phu?group=doanh_nghiep', fetch })) as string;
    const { document } = parse(html);
    expect(document.querySelector('[data-testid="dashboard-own-unit"]')).not.toBeNull();
    const stats = asked.filter((url) => url.startsWith('/api/v1/stats/'));
    expect(stats.length).toBeGreaterThan(0);
    for (const url of stats) expect(url).not.toContain('group=');
  });

  it("renders the funding page's figures", async () => {
    const { fetch } = api({
      '/api/v1/auth/me': { body: adminSessionFixture },
      '/api/v1/health': { body: demoHealthFixture },
      '/api/v1/communes/districts': { body: districtsOf(communeLookup) },
      '/api/v1/stats/funding': { body: fundingFixture },
    });
    const html = (await render({ url: '/kinh-phi?from=2021-09-10&to=2022-03-18', fetch })) as string;
    const { document } = parse(html);
    expect(document.title).toBe('Kinh phí, hỗ trợ — Dân vận cơ sở');
    expect(document.querySelector('[data-testid="items-table"]')?.querySelectorAll('tbody tr').length).toBe(
      fundingFixture.items.length,
    );
  });

  it('gives the page back to the app when nobody is signed in, asking for no figures', async () => {
    const { fetch, asked } = api({
      ...COVERAGE_ANSWERS,
      '/api/v1/auth/me': { status: 401, body: problemReply(401, 'Chưa đăng nhập').body },
    });
    expect(await render({ url: '/bao-phu', fetch })).toBeNull();
    expect(asked.filter((url) => url.startsWith('/api/v1/stats/'))).toEqual([]);
  });

  it('gives the page back to the app when an answer failed, for its error message and retry button', async () => {
    const { fetch } = api({ ...COVERAGE_ANSWERS, '/api/v1/stats/compliance': problemReply(500, 'Lỗi máy chủ') });
    expect(await render({ url: '/bao-phu', fetch })).toBeNull();
  });

  it('keeps each reader to their own answers when pages render at the same time', async () => {
    const admin = api(COVERAGE_ANSWERS);
    const officer = api({ ...COVERAGE_ANSWERS, '/api/v1/auth/me': { body: officerSessionFixture } });
    const [adminHtml, officerHtml] = await Promise.all([
      render({ url: '/bao-phu', fetch: admin.fetch }),
      render({ url: '/bao-phu', fetch: officer.fetch }),
    ]);
    expect(parse(adminHtml as string).document.querySelector('[data-testid="dashboard-own-unit"]')).toBeNull();
    expect(parse(officerHtml as string).document.querySelector('[data-testid="dashboard-own-unit"]')).not.toBeNull();
    expect(admin.asked).toHaveLength(7);
    expect(officer.asked.length).toBeGreaterThan(0);
  });
});
