import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test.describe('Trang tổng quan', () => {
  // The web login page is not here yet: sign in through the API (the page shares the cookie).
  test.beforeEach(async ({ page }) => {
    const res = await page.request.post('/api/v1/auth/login', {
      data: { username: 'viewer', password: 'danvan-demo' },
    });
    expect(res.ok()).toBe(true);
  });

  test('shows the seed figures of the demo data: 115 lượt, 77 units, 100 communes', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();
    await expect(page.getByTestId('stat-visits-value')).toHaveText('115');
    await expect(page.getByTestId('stat-units-value')).toContainText('77');
    await expect(page.getByTestId('stat-communes-value')).toContainText('100');
    await expect(page.getByText('Dữ liệu minh hoạ')).toBeVisible();
  });

  test('the figures agree with the API', async ({ page }) => {
    const res = await page.request.get('/api/v1/stats/coverage?from=2021-09-10&to=2022-03-18');
    expect(res.ok()).toBe(true);
    const stats = await res.json();
    await page.goto('/?from=2021-09-10&to=2022-03-18');
    await expect(page.getByTestId('stat-units-value')).toHaveText(`${stats.units.active} / ${stats.units.assigned}`);
    await expect(page.getByTestId('stat-communes-value')).toHaveText(
      `${stats.communes.reached} / ${stats.communes.assigned}`,
    );
    await expect(page.getByTestId('stat-on-norm-value')).toHaveText(`${stats.units.onNorm} / ${stats.units.assigned}`);
  });

  test('a deep link that is not a page shows the Vietnamese 404 page', async ({ page }) => {
    await page.goto('/khong-co-trang-nay');
    await expect(page.getByText('Không tìm thấy trang')).toBeVisible();
  });

  test('has no accessibility violations', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('stat-visits-value')).toHaveText('115');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
