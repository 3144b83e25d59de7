import { expect, type Locator, type Page } from '@playwright/test';

export interface ItemContribution {
  item: string;
  quantity: string;
  measureUnit: string;
  valueVnd: string;
  /** The label of "Cách xác định trị giá". */
  valuation: string;
}

/** /hoat-dong/moi and /hoat-dong/:id/sua: recording or changing an activity. */
export class ActivityFormPage {
  readonly unit: Locator;
  readonly title: Locator;
  readonly startDate: Locator;
  readonly endDate: Locator;
  readonly commune: Locator;

  constructor(readonly page: Page) {
    this.unit = page.getByRole('textbox', { name: 'Đơn vị chủ trì' });
    this.title = page.getByRole('textbox', { name: 'Tên hoạt động' });
    this.startDate = page.getByRole('textbox', { name: 'Ngày bắt đầu' });
    this.endDate = page.getByRole('textbox', { name: 'Ngày kết thúc' });
    this.commune = page.getByRole('combobox', { name: 'Xã, phường, thị trấn' });
  }

  async gotoNew() {
    await this.page.goto('/hoat-dong/moi');
  }

  /** The page's title: "Ghi hoạt động" (new) or "Sửa hoạt động". */
  heading(name: 'Ghi hoạt động' | 'Sửa hoạt động'): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  /** A number field by its label (participants by group, beneficiaries). */
  field(label: string | RegExp): Locator {
    return this.page.getByRole('textbox', { name: label });
  }

  /** Types a date as `dd/mm/yyyy` and closes the calendar. */
  async setStartDate(ddmmyyyy: string) {
    await this.startDate.fill(ddmmyyyy);
    await this.startDate.press('Escape');
  }

  /**
   * Picks an option of a Mantine Select or MultiSelect with the keyboard, as a phone's or a screen reader's
   * user may: types part of it (without diacritics) when it is searchable, so that it is the first option left,
   * then ArrowDown and Enter. Clicking options of a dropdown that repositions itself on a phone is flaky.
   */
  async choose(label: string | RegExp, option: string, search?: string) {
    const input = this.page.getByRole('combobox', { name: label });
    await input.click();
    if (search !== undefined) await input.fill(search);
    await expect(this.page.getByRole('option').first()).toHaveText(option);
    await input.press('ArrowDown');
    await input.press('Enter');
    await input.press('Escape');
  }

  /** The n-th contribution's group of fields (from 1). */
  contribution(n: number): Locator {
    return this.page.getByRole('group', { name: `Khoản đóng góp ${n}` });
  }

  /** Adds a cash contribution as the n-th, and checks the amount is shown the Vietnamese way. */
  async addCash(n: number, amount: string, shown: string) {
    await this.page.getByRole('button', { name: 'Thêm khoản đóng góp' }).click();
    const amountField = this.contribution(n).getByRole('textbox', { name: 'Số tiền (đồng)' });
    await amountField.fill(amount);
    await expect(amountField).toHaveValue(shown);
  }

  /** Adds a contribution in kind as the n-th. */
  async addItem(n: number, item: ItemContribution) {
    await this.page.getByRole('button', { name: 'Thêm khoản đóng góp' }).click();
    const group = this.contribution(n);
    await group.getByText('Hiện vật', { exact: true }).click();
    await group.getByRole('textbox', { name: 'Tên hiện vật' }).fill(item.item);
    await group.getByRole('textbox', { name: 'Số lượng' }).fill(item.quantity);
    await group.getByRole('textbox', { name: 'Đơn vị tính' }).fill(item.measureUnit);
    await group.getByRole('textbox', { name: 'Trị giá ước tính (đồng)' }).fill(item.valueVnd);
    await this.choose('Cách xác định trị giá', item.valuation);
  }

  /** Attaches a photo, as if taken on the spot, with its caption (the n-th photo). */
  async addPhoto(n: number, file: { name: string; mimeType: string; buffer: Buffer }, caption: string) {
    await this.page.locator('input[type="file"][multiple]').setInputFiles(file);
    await this.page.getByRole('textbox', { name: `Chú thích ảnh ${n}` }).fill(caption);
  }

  async saveAndSubmit() {
    await this.page.getByRole('button', { name: 'Lưu và gửi duyệt' }).click();
  }
}
