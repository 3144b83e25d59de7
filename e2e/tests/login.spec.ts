import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test.describe('Đăng nhập', () => {
  test('an anonymous visitor is sent to the login page and comes back to the page asked for', async ({ page }) => {
    await page.goto('/?from=2021-09-10&to=2022-03-18');
    await expect(page).toHaveURL(/\/dang-nhap\?next=/);
    await expect(page).toHaveTitle('Đăng nhập — Dân vận cơ sở');
    expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);

    await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('viewer');
    await page.getByRole('textbox', { name: 'Mật khẩu' }).fill('sai-mat-khau-roi');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByText('Tên đăng nhập hoặc mật khẩu không đúng')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Tên đăng nhập' })).toHaveValue('viewer');

    await page.getByRole('textbox', { name: 'Mật khẩu' }).fill('danvan-demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page).toHaveURL(/\/\?from=2021-09-10&to=2022-03-18$/);
    await expect(page.getByTestId('stat-visits-value')).toHaveText('115');
    await expect(page.getByText('Lãnh đạo Đảng ủy Khối').first()).toBeAttached();
  });

  test('signing out ends the session', async ({ page }) => {
    await page.request.post('/api/v1/auth/login', { data: { username: 'admin', password: 'danvan-demo' } });
    await page.goto('/');
    await expect(page.getByTestId('stat-visits-value')).toHaveText('115');
    const menu = page.getByRole('button', { name: /menu|điều hướng/i });
    if (await menu.isVisible()) await menu.click();
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await expect(page).toHaveURL(/\/dang-nhap/);
    expect((await page.request.get('/api/v1/auth/me')).status()).toBe(401);
  });
});
