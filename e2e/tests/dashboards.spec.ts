/**
 * Issue 6's dashboards: the coverage and funding pages show the figures of the stats API (the demo's, on the
 * demo data), every figure drills down to exactly the approved records it counts, approving one more activity
 * changes them, and axe finds nothing wrong on either page.
 *
 * The test that approves an activity makes its own, today, through the `data` fixture, and checks the
 * figures are back as they were once the activity is taken away.
 */
import {
  type CommunesStats,
  type ComplianceStats,
  type CoverageStats,
  type FundingStats,
  firstDayOfMonth,
  foldVietnamese,
  formatInteger,
  formatVnd,
  formatVndShort,
  type ListResult,
  monthOf,
  todayInVietnam,
} from '@danvan/domain';
import { DEMO, expect, expectNoAxeViolations, PERIOD_QUERY, SMOKE, test } from '../fixtures';
import { ActivitiesListPage, CoveragePage, FundingPage, SLOW } from '../pages';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.describe('Bảng số liệu độ bao phủ và kinh phí', () => {
  test.describe.configure({ timeout: 90_000 });
  test.use({ role: 'viewer', actionTimeout: 20_000, navigationTimeout: 30_000 });

  test('the coverage dashboard shows the figures of the stats API', SMOKE, async ({ page, api }) => {
    const stats = await (await api('viewer')).get<CoverageStats>(`/stats/coverage?${PERIOD_QUERY}`);
    const coverage = new CoveragePage(page);
    await coverage.goto(PERIOD_QUERY);
    await expect(coverage.heading).toBeVisible(SLOW);
    const outOf = (part: number, whole: number) => `${formatInteger(part)} / ${formatInteger(whole)}`;
    await expect(coverage.kpi('visits')).toHaveText(formatInteger(stats.visits), SLOW);
    await expect(coverage.kpi('units')).toHaveText(outOf(stats.units.active, stats.units.assigned));
    await expect(coverage.kpi('on-norm')).toHaveText(outOf(stats.units.onNorm, stats.units.assigned));
    await expect(coverage.kpi('communes')).toHaveText(outOf(stats.communes.reached, stats.communes.assigned));
    await expect(coverage.matrix).toBeVisible();
  });

  test('the coverage dashboard opens on the seed period with the seed figures', DEMO, async ({ page, api }) => {
    const stats = await (await api('viewer')).get<CoverageStats>('/stats/coverage?from=2021-09-10&to=2022-03-18');
    expect(stats.visits).toBe(115);
    expect(stats.activities).toBe(110);
    expect(stats.units.assigned).toBe(77);
    expect(stats.communes.assigned).toBe(100);

    const coverage = new CoveragePage(page);
    await coverage.goto();
    await expect(coverage.period).toHaveText('Từ 10/09/2021 đến 18/03/2022', SLOW);
    await expect(coverage.kpi('visits')).toHaveText('115', SLOW);
    await expect(coverage.kpi('units')).toHaveText(`${stats.units.active} / 77`);
    await expect(coverage.kpi('communes')).toHaveText(`${stats.communes.reached} / 100`);
    // Nothing was approved in the 190 days before the seed period.
    await expect(coverage.kpiCard('visits').getByTestId('change')).toHaveText('▲ Tăng 115 so với kỳ trước');
    await expect(page.getByText('Dữ liệu minh hoạ')).toBeVisible();
  });

  test('the funding dashboard shows the same money as the API', SMOKE, async ({ page, api }) => {
    const funding = await (await api('viewer')).get<FundingStats>(`/stats/funding?${PERIOD_QUERY}`);
    const fundingPage = new FundingPage(page);
    await fundingPage.goto(PERIOD_QUERY);
    await expect(fundingPage.heading).toBeVisible(SLOW);
    await expect(fundingPage.kpi('cash')).toHaveText(formatVndShort(funding.total.cash), SLOW);
    await expect(fundingPage.kpiCard('cash')).toContainText(formatVnd(funding.total.cash));
    await expect(fundingPage.kpiCard('in-kind')).toContainText(formatVnd(funding.total.inKindValue));
    await expect(fundingPage.staffShare).toContainText('Cán bộ, đảng viên tự nguyện đóng góp chiếm');
    await expect(fundingPage.itemsTable.getByRole('row')).toHaveCount(funding.items.length + 1);
  });

  test('lượt drills down to exactly the approved activities it counts', async ({ page, api }) => {
    const stats = await (await api('viewer')).get<CoverageStats>(`/stats/coverage?${PERIOD_QUERY}`);
    const coverage = new CoveragePage(page);
    await coverage.goto(PERIOD_QUERY);
    await expect(coverage.kpi('visits')).toHaveText(formatInteger(stats.visits), SLOW);
    await coverage.kpi('visits').click();
    await expect(page).toHaveURL(`/hoat-dong?status=approved&${PERIOD_QUERY}`);
    const list = new ActivitiesListPage(page);
    await expect(list.heading).toBeVisible();
    await list.expectTotal(stats.activities);
  });

  test('a unit’s cash and an item given drill down to the activities whose contributions add up to them', async ({
    page,
    api,
  }) => {
    const viewer = await api('viewer');
    const funding = await viewer.get<FundingStats>(`/stats/funding?${PERIOD_QUERY}`);
    type Contribution = {
      unitId: number;
      kind: string;
      item: string | null;
      measureUnit: string | null;
      valueVnd: number;
    };
    const list = new ActivitiesListPage(page);
    /** The list the page shows, whole, from the API with the page's own filters. */
    const listed = async () => {
      const search = new URL(page.url()).searchParams;
      search.set('limit', '500');
      const found = await viewer.get<ListResult<{ contributions: Contribution[] }>>(`/activities?${search}`);
      expect(found.pages).toBeLessThanOrEqual(1);
      return found;
    };

    // The cash a unit gave (as contributing unit, whoever organised the activity).
    const unit = funding.byUnit.find((u) => u.cash > 0);
    expect(unit, 'a unit that gave cash').toBeDefined();
    if (!unit) return;
    const fundingPage = new FundingPage(page);
    await fundingPage.goto(PERIOD_QUERY);
    await fundingPage.unitTable
      .getByRole('link', {
        name: `${formatInteger(unit.cash)} (tiền mặt) — xem các hoạt động đã duyệt có đóng góp của ${unit.name}`,
      })
      .click(SLOW);
    await expect(page).toHaveURL(/\/hoat-dong\?status=approved/);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({
      contributionUnitId: String(unit.unitId),
      contributionKind: 'tien_mat',
    });
    await expect(list.otherFilters).toContainText(`Đơn vị đóng góp: ${unit.name}`, SLOW);
    const byUnit = await listed();
    await list.expectTotal(byUnit.total);
    await expectNoAxeViolations(page, 'Hoạt động, lọc từ bảng kinh phí');
    const cash = byUnit.items
      .flatMap((a) => a.contributions)
      .filter((c) => c.unitId === unit.unitId && c.kind === 'tien_mat');
    expect(cash.length).toBeGreaterThanOrEqual(byUnit.total);
    expect(cash.reduce((sum, c) => sum + c.valueVnd, 0)).toBe(unit.cash);

    // An item given, grouped by folded name and measure unit.
    const item = funding.items[0];
    expect(item, 'an item given').toBeDefined();
    if (!item) return;
    await fundingPage.goto(PERIOD_QUERY);
    await fundingPage.itemsTable
      .getByRole('link', { name: new RegExp(`^${escapeRegExp(formatInteger(item.valueVnd))} \\(trị giá\\) — `) })
      .first()
      .click(SLOW);
    await expect(page).toHaveURL(/\/hoat-dong\?status=approved/);
    expect(new URL(page.url()).searchParams.get('item')).toBe(item.item);
    const byItem = await listed();
    await list.expectTotal(byItem.total);
    const given = byItem.items
      .flatMap((a) => a.contributions)
      .filter(
        (c) =>
          c.kind === 'hien_vat' &&
          foldVietnamese(c.item ?? '') === foldVietnamese(item.item) &&
          foldVietnamese(c.measureUnit ?? '') === foldVietnamese(item.measureUnit),
      );
    expect(given).toHaveLength(item.contributions);
    expect(given.reduce((sum, c) => sum + c.valueVnd, 0)).toBe(item.valueVnd);
  });

  test('a compliance cell and a commune drill down to their records', async ({ page, api }) => {
    const viewer = await api('viewer');
    const matrix = await viewer.get<ComplianceStats>(`/stats/compliance?${PERIOD_QUERY}&sort=-visits&limit=1`);
    const unit = matrix.units[0];
    const cell = unit?.cells.find((c) => c.visits > 0);
    expect(cell, 'a unit with lượt').toBeDefined();
    if (!unit || !cell) return;

    const coverage = new CoveragePage(page);
    const list = new ActivitiesListPage(page);
    await coverage.goto(`${PERIOD_QUERY}&unitSort=-visits`);
    await expect(coverage.matrix).toBeVisible(SLOW);
    await coverage
      .cell(new RegExp(escapeRegExp(unit.name)), cell.month)
      .getByRole('link')
      .click();
    await expect(page).toHaveURL(/\/hoat-dong\?status=approved/);
    expect(new URL(page.url()).searchParams.get('unitId')).toBe(String(unit.unitId));
    await list.expectTotal(cell.visits);

    const communes = await viewer.get<CommunesStats>(
      `/stats/communes?${PERIOD_QUERY}&sort=-visits&limit=1&reached=true`,
    );
    const commune = communes.items[0];
    expect(commune, 'a commune reached').toBeDefined();
    if (!commune) return;
    await coverage.goto(`${PERIOD_QUERY}&communeSort=-visits&reached=true`, 'cac-xa');
    await expect(coverage.communesTable).toBeVisible(SLOW);
    await coverage.communesTable
      .getByRole('link', {
        name: new RegExp(`^${commune.activities} hoạt động — .* tại ${escapeRegExp(commune.name)}$`),
      })
      .click();
    await expect(page).toHaveURL(/\/hoat-dong\?.*communeId=/);
    expect(new URL(page.url()).searchParams.get('communeId')).toBe(String(commune.communeId));
    await list.expectTotal(commune.activities);
  });

  test('approving one more activity changes the figures, and taking it away puts them back', async ({
    page,
    api,
    data,
  }) => {
    const viewer = await api('viewer');
    const today = todayInVietnam();
    const period = `from=${firstDayOfMonth(monthOf(today))}&to=${today}`;
    const before = await viewer.get<CoverageStats>(`/stats/coverage?${period}`);
    await data.activity({ title: 'Vệ sinh môi trường đường thôn', status: 'approved', date: today });

    const coverage = new CoveragePage(page);
    await coverage.goto(period);
    await expect(coverage.kpi('visits')).toHaveText(formatInteger(before.visits + 1), SLOW);
    await coverage.kpi('visits').click();
    await new ActivitiesListPage(page).expectTotal(before.activities + 1);

    await data.cleanUp();
    const after = await viewer.get<CoverageStats>(`/stats/coverage?${period}`);
    expect(after.visits).toBe(before.visits);
    await coverage.goto(period);
    await expect(coverage.kpi('visits')).toHaveText(formatInteger(before.visits), SLOW);
  });

  test('a unit officer sees their own unit’s figures, without a choice of unit group', async ({ pageAs, api }) => {
    const officer = await api('officer');
    const coverage = new CoveragePage(await pageAs('officer'));
    await coverage.goto(PERIOD_QUERY);
    await expect(coverage.ownUnit).toHaveText(`Số liệu của đơn vị: ${officer.user.unitName}`, SLOW);
    await expect(coverage.kpi('units')).toHaveText(/\/ 1$/, SLOW);
    await expect(coverage.unitGroup).toHaveCount(0);
  });

  test('has no accessibility violations on either dashboard', async ({ page }) => {
    const coverage = new CoveragePage(page);
    // Best rates first, so the units on norm and their mark are on the page; the pointer on the first row, whose
    // hover shade the mark's colour must still stand out from.
    await coverage.goto(`${PERIOD_QUERY}&unitSort=-rate`);
    await expect(coverage.kpi('visits')).toBeVisible(SLOW);
    await expect(coverage.matrix).toBeVisible();
    await expect(coverage.communesTable).toBeVisible();
    await coverage.matrix.locator('tbody tr').first().hover();
    await expectNoAxeViolations(page, 'Độ bao phủ');
    const funding = new FundingPage(page);
    await funding.goto(PERIOD_QUERY);
    await expect(funding.kpi('cash')).toBeVisible(SLOW);
    await expectNoAxeViolations(page, 'Kinh phí');
  });
});
