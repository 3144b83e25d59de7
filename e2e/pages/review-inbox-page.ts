import type { Locator, Page } from '@playwright/test';

/** /duyet: the activities waiting for review, oldest first, with bulk approve and return. */
export class ReviewInboxPage {
  readonly heading: Locator;
  readonly list: Locator;
  readonly items: Locator;
  /** "N hoạt động chờ duyệt". */
  readonly total: Locator;
  /** "Đã chọn N hoạt động". */
  readonly selection: Locator;
  readonly selectAll: Locator;
  readonly returnSelected: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Duyệt hoạt động' });
    this.list = page.getByRole('list', { name: 'Hoạt động chờ duyệt' });
    this.items = this.list.getByRole('listitem');
    this.total = page.getByTestId('review-total');
    this.selection = page.getByTestId('review-selection');
    this.selectAll = page.getByRole('checkbox', { name: 'Chọn tất cả trên trang này' });
    this.returnSelected = page.getByRole('button', { name: 'Trả lại các hoạt động đã chọn' });
    this.dialog = page.getByRole('dialog');
  }

  async goto() {
    await this.page.goto('/duyet');
  }

  /** The link of the n-th activity in the list (from 0). */
  link(index: number, title: string): Locator {
    return this.items.nth(index).getByRole('link', { name: title });
  }
}
