import type { Locator, Page } from '@playwright/test';

/** /bao-cao: the period report's preview, its settings, and the Word and Excel downloads. */
export class ReportsPage {
  readonly heading: Locator;
  readonly preview: Locator;
  readonly word: Locator;
  readonly excel: Locator;
  readonly quarter: Locator;
  readonly settingsButton: Locator;
  readonly settings: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Báo cáo định kỳ' });
    this.preview = page.getByRole('article', { name: 'Bản xem trước của báo cáo' });
    this.word = page.getByRole('link', { name: 'Tải về Word (.docx)' });
    this.excel = page.getByRole('link', { name: 'Tải về Excel (.xlsx)' });
    this.quarter = page.getByRole('combobox', { name: 'Quý' });
    this.settingsButton = page.getByRole('button', { name: 'Sửa cài đặt báo cáo' });
    this.settings = page.getByRole('dialog', { name: 'Cài đặt báo cáo' });
  }

  /** Opens the report; `query` is the address's query (`from=…&to=…&unitGroup=…`). */
  async goto(query = '') {
    await this.page.goto(`/bao-cao${query ? `?${query}` : ''}`);
  }

  /** A headline figure of the report (`visits`, `units`, `communes`, `cash`). */
  figure(name: string): Locator {
    return this.page.getByTestId(`report-${name}-value`);
  }

  /** A figure's card, with its long form ("372.400.000 đồng"). */
  figureCard(name: string): Locator {
    return this.page.getByTestId(`report-${name}`);
  }

  /** One of the report's tables ("Biểu 1. …"), as a scrolling region. */
  tableRegion(caption: string): Locator {
    return this.page.getByRole('region', { name: caption });
  }
}
