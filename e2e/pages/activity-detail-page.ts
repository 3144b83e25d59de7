import type { Locator, Page } from '@playwright/test';

/** /hoat-dong/:id: an activity, its contributions, photos and history, and the review buttons. */
export class ActivityDetailPage {
  /** "Nháp", "Chờ duyệt", "Trả lại", "Đã duyệt". */
  readonly status: Locator;
  /** What the last action did ("Đã lưu và gửi duyệt", "Đã xoá hoạt động."). */
  readonly notice: Locator;
  readonly summary: Locator;
  readonly contributions: Locator;
  readonly gallery: Locator;
  readonly history: Locator;
  /** The reason the committee gave when it returned the activity. */
  readonly returnedComment: Locator;

  constructor(readonly page: Page) {
    this.status = page.getByTestId('activity-status');
    this.notice = page.getByTestId('activity-notice');
    this.summary = page.getByTestId('activity-summary');
    this.contributions = page.getByTestId('contributions-table');
    this.gallery = page.getByTestId('photo-gallery');
    this.history = page.getByTestId('activity-history');
    this.returnedComment = page.getByTestId('returned-comment');
  }

  /** Opens an activity by its id or its page's path (`/hoat-dong/118`). */
  async goto(idOrPath: number | string) {
    await this.page.goto(typeof idOrPath === 'number' ? `/hoat-dong/${idOrPath}` : idOrPath);
  }

  /** The dialog that asks for the reason of a return. */
  get returnDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Trả lại hoạt động' });
  }

  /** Opens the return dialog (confirm it with `confirmReturn`). */
  async startReturn() {
    await this.page.getByRole('button', { name: 'Trả lại' }).click();
  }

  async confirmReturn(reason?: string) {
    if (reason !== undefined) await this.returnDialog.getByRole('textbox', { name: 'Lý do trả lại' }).fill(reason);
    await this.returnDialog.getByRole('button', { name: 'Trả lại' }).click();
  }

  async returnWith(reason: string) {
    await this.startReturn();
    await this.confirmReturn(reason);
  }

  async approve() {
    await this.page.getByRole('button', { name: 'Duyệt' }).click();
  }

  async edit() {
    await this.page.getByRole('link', { name: 'Sửa' }).click();
  }

  /** Deletes (to the bin), confirming in the dialog. */
  async delete() {
    await this.page.getByRole('button', { name: 'Xoá' }).click();
    await this.page
      .getByRole('dialog', { name: 'Xoá hoạt động?' })
      .getByRole('button', { name: 'Xoá hoạt động' })
      .click();
  }

  get restoreButton(): Locator {
    return this.page.getByRole('button', { name: 'Khôi phục' });
  }
}
