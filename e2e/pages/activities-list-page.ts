import { formatInteger } from '@danvan/domain';
import { expect, type Locator, type Page } from '@playwright/test';

/** /hoat-dong: the activities list, its filters in the address. */
export class ActivitiesListPage {
  readonly heading: Locator;
  /** "Tìm thấy N hoạt động", once the list has settled. */
  readonly total: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Hoạt động' });
    this.total = page.getByTestId('list-total');
  }

  /** Opens the list with these filters (`status`, `q`, `from`, `to`, …). */
  async goto(filters: Record<string, string> | string = {}) {
    await this.page.goto(`/hoat-dong?${new URLSearchParams(filters)}`);
  }

  /** The count line says `count`; a drill-down's list with its filters can take a while on a busy machine. */
  async expectTotal(count: number) {
    await expect(this.total).toHaveText(`Tìm thấy ${formatInteger(count)} hoạt động`, { timeout: 20_000 });
  }

  /** The card (on a phone and a desktop alike) of the activity with this title. */
  card(title: string): Locator {
    return this.page.getByTestId('activity-card').filter({ hasText: title });
  }

  /** The filters applied from elsewhere (a dashboard's drill-down), listed above the results. */
  get otherFilters(): Locator {
    return this.page.getByRole('group', { name: 'Các điều kiện lọc khác đang áp dụng' });
  }
}
