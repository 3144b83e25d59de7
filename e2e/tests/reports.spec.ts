/**
 * The period report page on the demo data: the preview shows the seed's figures (as the stats API gives
 * them), the Word and Excel downloads arrive as real files, a scope narrows the report, and the page has no
 * accessibility violations, on the desktop and on a phone.
 */
import { readFileSync, statSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

const SEED = { from: '2021-09-10', to: '2022-03-18' };
/** The page's code and the report arrive together; on a busy machine that takes a few seconds. */
const LOADED = { timeout: 20_000 };

async function signIn(page: Page, username: string) {
  const res = await page.request.post('/api/v1/auth/login', { data: { username, password: 'danvan-demo' } });
  expect(res.ok(), `đăng nhập ${username}`).toBe(true);
}

test.describe('Báo cáo định kỳ', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, 'admin');
  });

  test('previews the seed period’s report with the figures of the stats API', async ({ page }) => {
    const res = await page.request.get(`/api/v1/stats/coverage?from=${SEED.from}&to=${SEED.to}`);
    const stats = await res.json();
    await page.goto('/bao-cao');
    await expect(page.getByRole('heading', { level: 1, name: 'Báo cáo định kỳ' })).toBeVisible();
    await expect(page.getByTestId('report-visits-value')).toHaveText('115', LOADED);
    await expect(page.getByTestId('report-units-value')).toHaveText(`${stats.units.active} / 77`);
    await expect(page.getByTestId('report-communes-value')).toHaveText(`${stats.communes.reached} / 100`);
    await expect(page.getByTestId('report-cash-value')).toHaveText('372,4 triệu đồng');
    await expect(page.getByTestId('report-cash')).toContainText('372.400.000 đồng');

    const preview = page.getByRole('article', { name: 'Bản xem trước của báo cáo' });
    await expect(preview.getByText('ĐẢNG CỘNG SẢN VIỆT NAM')).toBeVisible();
    await expect(preview.getByText('Kết quả tham gia hoạt động với nhân dân tại cơ sở', { exact: true })).toBeVisible();
    await expect(preview.getByText(/tổ chức được 115 lượt hoạt động/)).toBeVisible();
    await expect(preview.getByText('Nơi nhận:')).toBeVisible();
    await expect(preview.getByRole('table', { name: 'Biểu 1. Kết quả tham gia hoạt động theo đơn vị' })).toBeVisible();
    // Nothing spills out sideways: wide tables scroll inside their own box.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('downloads the report as a Word document and as an Excel workbook', async ({ page }) => {
    await page.goto('/bao-cao');
    await expect(page.getByTestId('report-visits-value')).toHaveText('115', LOADED);

    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tải về Word (.docx)' }).click(),
    ]);
    expect(docx.suggestedFilename()).toBe('Báo cáo 10-09-2021 đến 18-03-2022.docx');
    const docxPath = await docx.path();
    expect(statSync(docxPath).size).toBeGreaterThan(0);
    // A .docx is a zip archive: it starts with "PK".
    expect(readFileSync(docxPath).subarray(0, 2).toString()).toBe('PK');

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tải về Excel (.xlsx)' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe('Báo cáo 10-09-2021 đến 18-03-2022.xlsx');
    expect(statSync(await xlsx.path()).size).toBeGreaterThan(0);
  });

  test('narrows the report to a quarter and one group of units, kept in the address', async ({ page }) => {
    await page.goto('/bao-cao?from=2022-01-01&to=2022-03-31&unitGroup=doanh_nghiep');
    const stats = await (
      await page.request.get('/api/v1/stats/coverage?from=2022-01-01&to=2022-03-31&unitGroup=doanh_nghiep')
    ).json();
    await expect(page.getByTestId('report-visits-value')).toHaveText(String(stats.visits), LOADED);
    await expect(page.getByRole('combobox', { name: 'Quý' })).toHaveValue('Quý I');
    const preview = page.getByRole('article', { name: 'Bản xem trước của báo cáo' });
    await expect(preview.getByText('quý I năm 2022', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Tải về Word (.docx)' })).toHaveAttribute(
      'href',
      '/api/v1/reports/period.docx?from=2022-01-01&to=2022-03-31&unitGroup=doanh_nghiep',
    );
  });

  test('fits a 360 px phone: no sideways scrolling of the page, the tables scroll in their boxes', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto('/bao-cao');
    await expect(page.getByTestId('report-visits-value')).toHaveText('115', LOADED);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const table = page.getByRole('region', { name: 'Biểu 1. Kết quả tham gia hoạt động theo đơn vị' });
    await expect(table).toBeVisible();
    expect(await table.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await expect(page.getByRole('link', { name: 'Tải về Word (.docx)' })).toBeVisible();
  });

  test('has no accessibility violations', async ({ page }) => {
    // Axe walks every cell of the preview (the report and its five tables): give it the time on a busy machine.
    test.setTimeout(90_000);
    await page.goto('/bao-cao');
    await expect(page.getByTestId('report-visits-value')).toHaveText('115', LOADED);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);

    await page.getByRole('button', { name: 'Sửa cài đặt báo cáo' }).click();
    await expect(page.getByRole('dialog', { name: 'Cài đặt báo cáo' })).toBeVisible();
    const dialog = await new AxeBuilder({ page }).analyze();
    expect(dialog.violations.map((v) => `settings — ${v.id}: ${v.help}`)).toEqual([]);
  });
});
