import type { CoverageStats } from '@danvan/domain';
import { accounts, expect, expectNoAxeViolations, PERIOD, PERIOD_QUERY, SMOKE, test } from '../fixtures';
import { AppShell, HomePage, LoginPage } from '../pages';

test.describe('Đăng nhập', () => {
  test(
    'an anonymous visitor is sent to the login page and comes back to the page asked for',
    SMOKE,
    async ({ page, api }) => {
      const viewer = await api('viewer');
      const stats = await viewer.get<CoverageStats>(`/stats/coverage?${PERIOD_QUERY}`);
      const login = new LoginPage(page);
      const home = new HomePage(page);

      await home.goto(PERIOD);
      await expect(page).toHaveURL(/\/dang-nhap\?next=/);
      await expect(page).toHaveTitle('Đăng nhập — Dân vận cơ sở');
      await expectNoAxeViolations(page, 'Đăng nhập');

      await login.signIn(accounts.viewer.username, 'sai-mat-khau-roi');
      await expect(login.error('Tên đăng nhập hoặc mật khẩu không đúng')).toBeVisible();
      await expect(login.username).toHaveValue(accounts.viewer.username);

      await login.password.fill(accounts.viewer.password);
      await login.submit.click();
      await expect(page).toHaveURL(new RegExp(`/\\?from=${PERIOD.from}&to=${PERIOD.to}$`));
      await home.expectFigures(stats);
      await expect(page.getByText(viewer.user.fullName).first()).toBeAttached();
    },
  );

  test('signing out ends the session', async ({ page }) => {
    // A session of its own: signing out the shared admin session would sign out the other tests.
    const { username, password } = accounts.admin;
    expect((await page.request.post('/api/v1/auth/login', { data: { username, password } })).ok()).toBe(true);
    const home = new HomePage(page);
    await home.goto();
    await expect(home.heading).toBeVisible();
    await new AppShell(page).signOut();
    await expect(page).toHaveURL(/\/dang-nhap/);
    expect((await page.request.get('/api/v1/auth/me')).status()).toBe(401);
  });
});
