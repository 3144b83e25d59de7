/**
 * The period report page: the preview shows the figures of the stats API (the demo's on the demo data), the
 * Word and Excel downloads arrive as real files, a scope narrows the report, and the page has no
 * accessibility violations, on the desktop and on a phone.
 */
import { readFileSync, statSync } from 'node:fs';
import {
  type ComplianceStats,
  type CoverageStats,
  type FundingStats,
  formatInteger,
  formatVnd,
  formatVndShort,
  reportPeriod,
  reportPeriodName,
  romanQuarter,
} from '@danvan/domain';
import {
  type Api,
  DEMO,
  expect,
  expectNoAxeViolations,
  PERIOD,
  PERIOD_IN_FILE_NAMES,
  PERIOD_QUERY,
  test,
} from '../fixtures';
import { ReportsPage } from '../pages';

/** The page's code and the report arrive together; on a busy machine that takes a few seconds. */
const LOADED = { timeout: 20_000 };

test.describe('Báo cáo định kỳ', () => {
  test.use({ role: 'admin' });

  /** Opens the report on PERIOD and waits for its figures; the coverage figures it should show. */
  async function openReport(report: ReportsPage, admin: Api) {
    const stats = await admin.get<CoverageStats>(`/stats/coverage?${PERIOD_QUERY}`);
    await report.goto(PERIOD_QUERY);
    await expect(report.figure('visits')).toHaveText(formatInteger(stats.visits), LOADED);
    return stats;
  }

  test('previews the period’s report with the figures of the stats API', async ({ page, api }) => {
    const report = new ReportsPage(page);
    const stats = await openReport(report, await api('admin'));
    const funding = await (await api('admin')).get<FundingStats>(`/stats/funding?${PERIOD_QUERY}`);
    await expect(report.heading).toBeVisible();
    await expect(report.figure('units')).toHaveText(
      `${formatInteger(stats.units.active)} / ${formatInteger(stats.units.assigned)}`,
    );
    await expect(report.figure('communes')).toHaveText(
      `${formatInteger(stats.communes.reached)} / ${formatInteger(stats.communes.assigned)}`,
    );
    await expect(report.figure('cash')).toHaveText(formatVndShort(funding.total.cash));
    await expect(report.figureCard('cash')).toContainText(formatVnd(funding.total.cash));

    await expect(report.preview.getByText('ĐẢNG CỘNG SẢN VIỆT NAM')).toBeVisible();
    await expect(
      report.preview.getByText('Kết quả tham gia hoạt động với nhân dân tại cơ sở', { exact: true }),
    ).toBeVisible();
    await expect(report.preview.getByText(`tổ chức được ${formatInteger(stats.visits)} lượt hoạt động`)).toBeVisible();
    await expect(report.preview.getByText('Nơi nhận:')).toBeVisible();
    await expect(
      report.preview.getByRole('table', { name: 'Biểu 1. Kết quả tham gia hoạt động theo đơn vị' }),
    ).toBeVisible();
    // Nothing spills out sideways: wide tables scroll inside their own box.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('the demo report: 115 lượt and 372,4 triệu đồng', DEMO, async ({ page }) => {
    const report = new ReportsPage(page);
    await report.goto();
    await expect(report.figure('visits')).toHaveText('115', LOADED);
    await expect(report.figure('units')).toHaveText(/ \/ 77$/);
    await expect(report.figure('communes')).toHaveText(/ \/ 100$/);
    await expect(report.figure('cash')).toHaveText('372,4 triệu đồng');
    await expect(report.figureCard('cash')).toContainText('372.400.000 đồng');
  });

  test('downloads the report as a Word document and as an Excel workbook', async ({ page, api }) => {
    const report = new ReportsPage(page);
    await openReport(report, await api('admin'));
    const name = `Báo cáo ${PERIOD_IN_FILE_NAMES}`;

    const [docx] = await Promise.all([page.waitForEvent('download'), report.word.click()]);
    expect(docx.suggestedFilename()).toBe(`${name}.docx`);
    const docxPath = await docx.path();
    expect(statSync(docxPath).size).toBeGreaterThan(0);
    // A .docx is a zip archive: it starts with "PK".
    expect(readFileSync(docxPath).subarray(0, 2).toString()).toBe('PK');

    const [xlsx] = await Promise.all([page.waitForEvent('download'), report.excel.click()]);
    expect(xlsx.suggestedFilename()).toBe(`${name}.xlsx`);
    expect(statSync(await xlsx.path()).size).toBeGreaterThan(0);
  });

  test('narrows the report to a quarter and one group of units, kept in the address', async ({ page, api }) => {
    // The quarter that ends PERIOD (the demo's: quý I năm 2022), and the group of its most active unit then.
    const [year, month] = PERIOD.to.split('-').map(Number) as [number, number];
    const quarter = Math.ceil(month / 3);
    const { from, to } = reportPeriod('quarter', year, quarter);
    const period = `from=${from}&to=${to}`;
    const admin = await api('admin');
    const units = await admin.get<ComplianceStats>(`/stats/compliance?${period}&sort=-visits&limit=1`);
    const group = units.units[0]?.group;
    expect(group, `a unit with approved activities in ${reportPeriodName('quarter', year, quarter)}`).toBeDefined();
    const scope = `${period}&unitGroup=${group}`;
    const stats = await admin.get<CoverageStats>(`/stats/coverage?${scope}`);
    expect(stats.visits).toBeGreaterThan(0);
    const report = new ReportsPage(page);
    await report.goto(scope);
    await expect(report.figure('visits')).toHaveText(formatInteger(stats.visits), LOADED);
    await expect(report.quarter).toHaveValue(`Quý ${romanQuarter(quarter)}`);
    await expect(report.preview.getByText(reportPeriodName('quarter', year, quarter), { exact: true })).toBeVisible();
    await expect(report.word).toHaveAttribute('href', `/api/v1/reports/period.docx?${scope}`);
  });

  test('fits a 360 px phone: no sideways scrolling of the page, the tables scroll in their boxes', async ({
    page,
    api,
  }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    const report = new ReportsPage(page);
    await openReport(report, await api('admin'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const table = report.tableRegion('Biểu 1. Kết quả tham gia hoạt động theo đơn vị');
    await expect(table).toBeVisible();
    expect(await table.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await expect(report.word).toBeVisible();
  });

  test('has no accessibility violations', async ({ page, api }) => {
    // Axe walks every cell of the preview (the report and its five tables): give it the time on a busy machine.
    test.setTimeout(90_000);
    const report = new ReportsPage(page);
    await openReport(report, await api('admin'));
    await expectNoAxeViolations(page, 'Báo cáo');
    await report.settingsButton.click();
    await expect(report.settings).toBeVisible();
    await expectNoAxeViolations(page, 'Cài đặt báo cáo');
  });
});
