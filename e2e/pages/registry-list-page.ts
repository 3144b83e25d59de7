import type { Locator, Page } from '@playwright/test';

/**
 * A registry's list: /van-ban, /don-vi, /xa, /phan-cong (and the difficulties' /kho-khan, built the same way):
 * the search, the count line, the results (a table on a wide screen, cards on a phone) and the CSV download.
 */
export class RegistryListPage {
  readonly search: Locator;
  /** "Tìm thấy N …". */
  readonly total: Locator;
  readonly csvLink: Locator;

  constructor(
    readonly page: Page,
    private readonly path: string,
  ) {
    this.search = page.getByRole('searchbox', { name: 'Tìm kiếm' });
    this.total = page.getByTestId('list-total');
    this.csvLink = page.getByRole('link', { name: 'Tải về CSV' });
  }

  /** Opens the list; `query` is the address's query (`q=…&sort=…`). */
  async goto(query = '') {
    await this.page.goto(`${this.path}${query ? `?${query}` : ''}`);
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  /** The results, a region named by the list's caption. */
  results(caption: string): Locator {
    return this.page.getByRole('region', { name: caption });
  }
}
