import type { Locator, Page } from '@playwright/test';

/** /dang-nhap: the sign-in form. */
export class LoginPage {
  readonly username: Locator;
  readonly password: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.username = page.getByRole('textbox', { name: 'Tên đăng nhập' });
    this.password = page.getByRole('textbox', { name: 'Mật khẩu' });
    this.submit = page.getByRole('button', { name: 'Đăng nhập' });
  }

  async goto() {
    await this.page.goto('/dang-nhap');
  }

  async signIn(username: string, password: string) {
    await this.username.fill(username);
    await this.password.fill(password);
    await this.submit.click();
  }

  /** The refusal shown under the form. */
  error(text: string): Locator {
    return this.page.getByText(text);
  }
}
