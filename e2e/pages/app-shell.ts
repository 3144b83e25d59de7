import type { Page } from '@playwright/test';

/** What every signed-in page has: the navigation (behind a menu button on a phone) and the sign-out. */
export class AppShell {
  constructor(readonly page: Page) {}

  async signOut() {
    const menu = this.page.getByRole('button', { name: /menu|điều hướng/i });
    if (await menu.isVisible()) await menu.click();
    await this.page.getByRole('button', { name: 'Đăng xuất' }).click();
  }
}
