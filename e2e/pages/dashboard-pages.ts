import type { Locator, Page } from '@playwright/test';

/** The first figures of a dashboard wait for its code and three stats calls: a loaded machine needs more than 5 s. */
export const SLOW = { timeout: 20_000 };

/** What both dashboards share: the period line and the KPI cards. */
abstract class DashboardPage {
  readonly period: Locator;
  /** "Số liệu của đơn vị: …", shown to a unit officer. */
  readonly ownUnit: Locator;

  constructor(
    readonly page: Page,
    private readonly path: string,
    readonly heading: Locator,
  ) {
    this.period = page.getByTestId('dashboard-period');
    this.ownUnit = page.getByTestId('dashboard-own-unit');
  }

  /** Opens the dashboard; `query` is the address's query (`from=…&to=…&unitSort=-visits`), `hash` a section. */
  async goto(query = '', hash = '') {
    await this.page.goto(`${this.path}${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`);
  }

  /** A KPI card (`visits`, `units`, `on-norm`, `communes`; `cash`, `in-kind`). */
  kpiCard(name: string): Locator {
    return this.page.getByTestId(`kpi-${name}`);
  }

  /** A KPI card's big figure; clicking it drills down to the records it counts. */
  kpi(name: string): Locator {
    return this.page.getByTestId(`kpi-${name}-value`);
  }
}

/** /bao-phu: Độ bao phủ — lượt, units on the norm, communes reached, the compliance matrix. */
export class CoveragePage extends DashboardPage {
  readonly matrix: Locator;
  readonly communesTable: Locator;
  readonly unitGroup: Locator;

  constructor(page: Page) {
    super(page, '/bao-phu', page.getByRole('heading', { level: 1, name: 'Độ bao phủ' }));
    this.matrix = page.getByTestId('compliance-matrix');
    this.communesTable = page.getByTestId('communes-table');
    this.unitGroup = page.getByRole('combobox', { name: 'Khối đơn vị' });
  }

  /** The matrix cell of a unit (a row named by it) and a month (`YYYY-MM`). */
  cell(unitName: RegExp, month: string): Locator {
    return this.matrix.getByRole('row', { name: unitName }).locator(`td[data-month="${month}"]`);
  }
}

/** /kinh-phi: Kinh phí, hỗ trợ — cash and in kind, by unit and by item. */
export class FundingPage extends DashboardPage {
  readonly unitTable: Locator;
  readonly itemsTable: Locator;
  readonly staffShare: Locator;

  constructor(page: Page) {
    super(page, '/kinh-phi', page.getByRole('heading', { level: 1, name: 'Kinh phí, hỗ trợ' }));
    this.unitTable = page.getByTestId('unit-funding-table');
    this.itemsTable = page.getByTestId('items-table');
    this.staffShare = page.getByTestId('staff-share');
  }
}
