/**
 * The first view of the dashboards and the home page comes from the server (ADR 0014): the figures and their drill-down links are in
 * the HTML, usable before any script; the app takes the page over on the reader's first action without
 * drawing it again or asking the API again; and what the reader did before that is not lost.
 */
import { type CoverageStats, type FundingStats, formatInteger, formatVndShort, UnitGroup } from '@danvan/domain';
import type { Page } from '@playwright/test';
import { expect, PERIOD, PERIOD_QUERY, test } from '../fixtures';
import { CoveragePage, FundingPage, HomePage, SLOW } from '../pages';

const outOf = (part: number, whole: number) => `${formatInteger(part)} / ${formatInteger(whole)}`;

/** What the page asks and reports once loaded: API requests, scripts, errors. */
function watch(page: Page) {
  const seen = { api: [] as string[], scripts: [] as string[], errors: [] as string[] };
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) seen.api.push(request.url());
    if (request.resourceType() === 'script') seen.scripts.push(new URL(request.url()).pathname);
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') seen.errors.push(message.text());
  });
  return seen;
}

test.describe('Bảng số liệu dựng sẵn trên máy chủ', () => {
  test.describe.configure({ timeout: 90_000 });
  test.use({ role: 'viewer', actionTimeout: 20_000, navigationTimeout: 30_000 });

  test.describe('without any script', () => {
    test.use({ javaScriptEnabled: false });

    test('the coverage dashboard shows the API’s figures, and drills down by plain links', async ({ page, api }) => {
      const stats = await (await api('viewer')).get<CoverageStats>(`/stats/coverage?${PERIOD_QUERY}`);
      const coverage = new CoveragePage(page);
      await coverage.goto(PERIOD_QUERY);
      await expect(page).toHaveTitle('Độ bao phủ — Dân vận cơ sở');
      await expect(coverage.heading).toBeVisible();
      await expect(coverage.kpi('visits')).toHaveText(formatInteger(stats.visits));
      await expect(coverage.kpi('units')).toHaveText(outOf(stats.units.active, stats.units.assigned));
      await expect(coverage.kpi('communes')).toHaveText(outOf(stats.communes.reached, stats.communes.assigned));
      const neverReached = stats.communes.assigned - stats.communes.reached;
      await expect(page.getByTestId('never-reached-count')).toContainText(formatInteger(neverReached));
      await expect(coverage.matrix.getByRole('row').nth(1)).toBeVisible();

      // A drill-down is a link: it opens the records behind the figure whether or not any script has run.
      await expect(coverage.kpi('visits')).toHaveJSProperty('tagName', 'A');
      await expect(coverage.kpi('visits')).toHaveAttribute('href', `/hoat-dong?status=approved&${PERIOD_QUERY}`);
    });

    test('the home page shows the API’s figures', async ({ page, api }) => {
      const stats = await (await api('viewer')).get<CoverageStats>(`/stats/coverage?${PERIOD_QUERY}`);
      const home = new HomePage(page);
      await home.goto(PERIOD);
      await expect(page).toHaveTitle('Tổng quan — Dân vận cơ sở');
      await home.expectFigures(stats);
    });

    test('the funding dashboard shows the API’s money', async ({ page, api }) => {
      const funding = await (await api('viewer')).get<FundingStats>(`/stats/funding?${PERIOD_QUERY}`);
      const fundingPage = new FundingPage(page);
      await fundingPage.goto(PERIOD_QUERY);
      await expect(fundingPage.kpi('cash')).toHaveText(formatVndShort(funding.total.cash));
      await expect(fundingPage.itemsTable.getByRole('row')).toHaveCount(funding.items.length + 1);
    });
  });

  test('the app takes the page over on the first action: the same page, nothing asked again, no mismatch', async ({
    page,
    api,
  }) => {
    const stats = await (await api('viewer')).get<CoverageStats>(`/stats/coverage?${PERIOD_QUERY}`);
    const coverage = new CoveragePage(page);
    const seen = watch(page);
    await coverage.goto(PERIOD_QUERY);
    await expect(coverage.kpi('visits')).toHaveText(formatInteger(stats.visits));
    // Before the reader acts the page runs one small script, and has asked the API nothing.
    expect(seen.scripts).toEqual(['/takeover.js']);
    expect(seen.api).toEqual([]);
    await expect(page.locator('html')).not.toHaveAttribute('data-app', /.*/);
    const drawn = await page.getByTestId('compliance-matrix').textContent();

    await page.mouse.move(20, 20);
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready', SLOW);
    await expect(page.locator('html')).not.toHaveAttribute('data-hydration-mismatch', /.*/);
    expect(await page.getByTestId('compliance-matrix').textContent()).toBe(drawn);
    await expect(coverage.kpi('visits')).toHaveText(formatInteger(stats.visits));
    // The app started from the answers that came with the page.
    expect(seen.api).toEqual([]);
    expect(seen.errors).toEqual([]);

    // From now on the app draws the changes itself, in the same document.
    await page.evaluate(() => {
      (window as { sameDocument?: boolean }).sameDocument = true;
    });
    const group = UnitGroup.codes[0];
    await coverage.unitGroup.selectOption({ label: UnitGroup.labels[group] });
    await expect(page).toHaveURL(new RegExp(`unitGroup=${group}`));
    const narrowed = await (await api('viewer')).get<CoverageStats>(
      `/stats/coverage?${PERIOD_QUERY}&unitGroup=${group}`,
    );
    await expect(coverage.kpi('visits')).toHaveText(formatInteger(narrowed.visits), SLOW);
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
  });

  test('a choice made and a button pressed before the app is there are not lost', async ({ page, api }) => {
    const coverage = new CoveragePage(page);
    await coverage.goto(PERIOD_QUERY);
    await expect(coverage.heading).toBeVisible();
    await expect(page.locator('html')).not.toHaveAttribute('data-app', /.*/);

    // Straight away, before the app has loaded: a unit group, then the table instead of the monthly chart.
    const group = UnitGroup.codes[1];
    await coverage.unitGroup.selectOption({ label: UnitGroup.labels[group] });
    const months = page.locator('#theo-thang');
    await months.getByRole('button', { name: 'Xem dạng bảng' }).click();

    await expect(page).toHaveURL(new RegExp(`unitGroup=${group}`), SLOW);
    const narrowed = await (await api('viewer')).get<CoverageStats>(
      `/stats/coverage?${PERIOD_QUERY}&unitGroup=${group}`,
    );
    await expect(coverage.kpi('visits')).toHaveText(formatInteger(narrowed.visits), SLOW);
    await expect(months.getByRole('button', { name: 'Xem dạng bảng' })).toHaveAttribute('aria-pressed', 'true');
    await expect(months.getByRole('table')).toBeVisible();
  });
});
