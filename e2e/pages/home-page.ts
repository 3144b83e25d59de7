import { type CoverageStats, formatInteger } from '@danvan/domain';
import { expect, type Locator, type Page } from '@playwright/test';

/** `/`: Tổng quan, the headline figures of a period (the demo's by default). */
export class HomePage {
  readonly heading: Locator;
  /** The banner that says the data are the illustrative demo dataset. */
  readonly demoNotice: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Tổng quan' });
    this.demoNotice = page.getByText('Dữ liệu minh hoạ');
  }

  /** Opens the page, on a period when given (`{ from, to }`); otherwise on the page's default period. */
  async goto(period?: { from: string; to: string }) {
    await this.page.goto(period ? `/?from=${period.from}&to=${period.to}` : '/');
  }

  /** A headline figure: `visits`, `units`, `communes`, `on-norm`. */
  stat(name: 'visits' | 'units' | 'communes' | 'on-norm'): Locator {
    return this.page.getByTestId(`stat-${name}-value`);
  }

  /** The figures are those the stats API gives for the same period. */
  async expectFigures(stats: CoverageStats) {
    const outOf = (part: number, whole: number) => `${formatInteger(part)} / ${formatInteger(whole)}`;
    await expect(this.stat('visits')).toHaveText(formatInteger(stats.visits));
    await expect(this.stat('units')).toHaveText(outOf(stats.units.active, stats.units.assigned));
    await expect(this.stat('communes')).toHaveText(outOf(stats.communes.reached, stats.communes.assigned));
    await expect(this.stat('on-norm')).toHaveText(outOf(stats.units.onNorm, stats.units.assigned));
  }
}
