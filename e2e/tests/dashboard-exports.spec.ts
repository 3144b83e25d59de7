/**
 * Issue 7 on the dashboards: a table's download button gives a file named after the table and the period,
 * holding every row of the table (not the page on screen) with the figures of the stats API.
 */
import { readFile } from 'node:fs/promises';
import type { ComplianceStats } from '@danvan/domain';
import { expect, test } from '@playwright/test';

const SEED = 'from=2021-09-10&to=2022-03-18';
/** The first figures of a page wait for its code and three stats calls; a loaded machine needs more than 5 s. */
const SLOW = { timeout: 20_000 };

test.describe('Tải bảng số liệu về', () => {
  test.use({ actionTimeout: 20_000, navigationTimeout: 30_000 });

  test('the units × months matrix downloads whole, as CSV named after the table and the period', async ({ page }) => {
    const login = await page.request.post('/api/v1/auth/login', {
      data: { username: 'viewer', password: 'danvan-demo' },
    });
    expect(login.ok()).toBe(true);
    const stats = (await (
      await page.request.get(`/api/v1/stats/compliance?${SEED}&limit=1000&sort=-visits`)
    ).json()) as ComplianceStats;
    expect(stats.total).toBeGreaterThan(25);

    await page.goto(`/bao-phu?${SEED}&unitSort=-visits`);
    // The matrix shows one page of 25 units.
    await expect(page.getByTestId('compliance-matrix').locator('tbody tr')).toHaveCount(25, SLOW);
    const group = page.getByRole('group', { name: 'Tải bảng “Đơn vị × tháng” về' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      group.getByRole('link', { name: 'Tải về CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Lượt của đơn vị theo tháng 10-09-2021 đến 18-03-2022.csv');
    const path = await download.path();
    const text = await readFile(path, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^Mã đơn vị,Đơn vị,Khối,Tháng 9\/2021,.*,Tổng lượt,/);
    // Every unit, in the order on screen: each line starts with the unit's code.
    expect(lines).toHaveLength(stats.total + 1);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(stats.units.map((u) => u.code));
  });
});
