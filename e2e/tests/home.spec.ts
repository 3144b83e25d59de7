import type { CoverageStats } from '@danvan/domain';
import { DEMO, expect, expectNoAxeViolations, PERIOD, PERIOD_QUERY, SMOKE, test } from '../fixtures';
import { HomePage } from '../pages';

test.describe('Trang tổng quan', () => {
  test.use({ role: 'viewer' });

  test('shows the seed figures of the demo data: 115 lượt, 77 units, 100 communes', DEMO, async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    await expect(home.heading).toBeVisible();
    await expect(home.stat('visits')).toHaveText('115');
    await expect(home.stat('units')).toContainText('77');
    await expect(home.stat('communes')).toContainText('100');
    await expect(home.demoNotice).toBeVisible();
  });

  test('the figures agree with the API', SMOKE, async ({ page, api }) => {
    const stats = await (await api('viewer')).get<CoverageStats>(`/stats/coverage?${PERIOD_QUERY}`);
    const home = new HomePage(page);
    await home.goto(PERIOD);
    await expect(home.heading).toBeVisible();
    await home.expectFigures(stats);
  });

  test('a deep link that is not a page shows the Vietnamese 404 page', async ({ page }) => {
    await page.goto('/khong-co-trang-nay');
    await expect(page.getByText('Không tìm thấy trang')).toBeVisible();
  });

  test('has no accessibility violations', async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    await expect(home.stat('visits')).toBeVisible();
    await expectNoAxeViolations(page, 'Tổng quan');
  });
});
