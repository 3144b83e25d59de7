/**
 * Issue 6's dashboards: the coverage and funding pages show the seed's figures for 10/9/2021–18/3/2022, every
 * figure drills down to exactly the approved records it counts, approving one more activity changes them, and
 * axe finds nothing wrong on either page.
 *
 * Every suite shares one demo database (home.spec.ts expects the seed's 115 lượt), so the test that approves an
 * activity takes it back out at the end; its title is unique per run and project.
 */
import AxeBuilder from '@axe-core/playwright';
import {
  type CommunesStats,
  type ComplianceStats,
  type CoverageStats,
  type FundingStats,
  foldVietnamese,
  formatInteger,
  formatVnd,
  formatVndShort,
  type ListResult,
} from '@danvan/domain';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';

const PASSWORD = 'danvan-demo';
const SEED = 'from=2021-09-10&to=2022-03-18';
/** The first figures of a page wait for its code and three stats calls; a loaded machine needs more than 5 s. */
const SLOW = { timeout: 20_000 };

async function signIn(page: Page, username: string): Promise<string> {
  const res = await page.request.post('/api/v1/auth/login', { data: { username, password: PASSWORD } });
  expect(res.ok(), `đăng nhập ${username}`).toBe(true);
  return ((await res.json()) as { csrfToken: string }).csrfToken;
}

async function getJson<T>(request: APIRequestContext, path: string): Promise<T> {
  const res = await request.get(path);
  expect(res.ok(), path).toBe(true);
  return (await res.json()) as T;
}

/** The activities list's count line, once the list has settled. */
async function expectListTotal(page: Page, count: number) {
  await expect(page.getByTestId('list-total')).toHaveText(`Tìm thấy ${formatInteger(count)} hoạt động`);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function expectNoAxeViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${where} — ${v.id}: ${v.help}`)).toEqual([]);
}

test.describe('Bảng số liệu độ bao phủ và kinh phí', () => {
  test.describe.configure({ timeout: 90_000 });
  test.use({ actionTimeout: 20_000, navigationTimeout: 30_000 });

  test('the coverage dashboard opens on the seed period with the seed figures', async ({ page }) => {
    await signIn(page, 'viewer');
    const stats = await getJson<CoverageStats>(page.request, `/api/v1/stats/coverage?${SEED}`);
    expect(stats.visits).toBe(115);
    expect(stats.units.assigned).toBe(77);
    expect(stats.communes.assigned).toBe(100);

    await page.goto('/bao-phu');
    await expect(page.getByRole('heading', { level: 1, name: 'Độ bao phủ' })).toBeVisible(SLOW);
    await expect(page.getByTestId('dashboard-period')).toHaveText('Từ 10/09/2021 đến 18/03/2022');
    await expect(page.getByTestId('kpi-visits-value')).toHaveText('115', SLOW);
    await expect(page.getByTestId('kpi-units-value')).toHaveText(`${stats.units.active} / 77`);
    await expect(page.getByTestId('kpi-on-norm-value')).toHaveText(`${stats.units.onNorm} / 77`);
    await expect(page.getByTestId('kpi-communes-value')).toHaveText(`${stats.communes.reached} / 100`);
    // Nothing was approved in the 190 days before the seed period.
    await expect(page.getByTestId('kpi-visits').getByTestId('change')).toHaveText('▲ Tăng 115 so với kỳ trước');
    await expect(page.getByTestId('compliance-matrix')).toBeVisible();
    await expect(page.getByText('Dữ liệu minh hoạ')).toBeVisible();
  });

  test('the funding dashboard shows the same money as the API', async ({ page }) => {
    await signIn(page, 'viewer');
    const funding = await getJson<FundingStats>(page.request, `/api/v1/stats/funding?${SEED}`);
    await page.goto('/kinh-phi');
    await expect(page.getByRole('heading', { level: 1, name: 'Kinh phí, hỗ trợ' })).toBeVisible(SLOW);
    await expect(page.getByTestId('kpi-cash-value')).toHaveText(formatVndShort(funding.total.cash), SLOW);
    await expect(page.getByTestId('kpi-cash')).toContainText(formatVnd(funding.total.cash));
    await expect(page.getByTestId('kpi-in-kind')).toContainText(formatVnd(funding.total.inKindValue));
    await expect(page.getByTestId('staff-share')).toContainText('Cán bộ, đảng viên tự nguyện đóng góp chiếm');
    const items = page.getByTestId('items-table');
    await expect(items.getByRole('row')).toHaveCount(funding.items.length + 1);
  });

  test('lượt drills down to exactly the approved activities it counts', async ({ page }) => {
    await signIn(page, 'viewer');
    const stats = await getJson<CoverageStats>(page.request, `/api/v1/stats/coverage?${SEED}`);
    expect(stats.activities).toBe(110);
    await page.goto('/bao-phu');
    await expect(page.getByTestId('kpi-visits-value')).toHaveText('115', SLOW);
    await page.getByTestId('kpi-visits-value').click();
    await expect(page).toHaveURL(`/hoat-dong?status=approved&${SEED}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Hoạt động' })).toBeVisible();
    await expectListTotal(page, 110);
  });

  test('a unit’s cash and an item given drill down to the activities whose contributions add up to them', async ({
    page,
  }) => {
    await signIn(page, 'viewer');
    const funding = await getJson<FundingStats>(page.request, `/api/v1/stats/funding?${SEED}`);
    type Contribution = {
      unitId: number;
      kind: string;
      item: string | null;
      measureUnit: string | null;
      valueVnd: number;
    };
    /** The list the page shows, whole, from the API with the page's own filters. */
    const listed = async () => {
      const search = new URL(page.url()).searchParams;
      search.set('limit', '500');
      const list = await getJson<ListResult<{ contributions: Contribution[] }>>(
        page.request,
        `/api/v1/activities?${search}`,
      );
      expect(list.pages).toBeLessThanOrEqual(1);
      return list;
    };

    // The cash a unit gave (as contributing unit, whoever organised the activity).
    const unit = funding.byUnit.find((u) => u.cash > 0);
    expect(unit, 'a unit that gave cash').toBeDefined();
    if (!unit) return;
    await page.goto('/kinh-phi');
    await page
      .getByTestId('unit-funding-table')
      .getByRole('link', {
        name: `${formatInteger(unit.cash)} (tiền mặt) — xem các hoạt động đã duyệt có đóng góp của ${unit.name}`,
      })
      .click(SLOW);
    await expect(page).toHaveURL(/\/hoat-dong\?status=approved/);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({
      contributionUnitId: String(unit.unitId),
      contributionKind: 'tien_mat',
    });
    await expect(page.getByRole('group', { name: 'Các điều kiện lọc khác đang áp dụng' })).toContainText(
      `Đơn vị đóng góp: ${unit.name}`,
    );
    const byUnit = await listed();
    await expectListTotal(page, byUnit.total);
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
    await page.goto('/kinh-phi');
    await page
      .getByTestId('items-table')
      .getByRole('link', { name: new RegExp(`^${escapeRegExp(formatInteger(item.valueVnd))} \\(trị giá\\) — `) })
      .first()
      .click(SLOW);
    await expect(page).toHaveURL(/\/hoat-dong\?status=approved/);
    expect(new URL(page.url()).searchParams.get('item')).toBe(item.item);
    const byItem = await listed();
    await expectListTotal(page, byItem.total);
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

  test('a compliance cell and a commune drill down to their records', async ({ page }) => {
    await signIn(page, 'viewer');
    const matrix = await getJson<ComplianceStats>(
      page.request,
      `/api/v1/stats/compliance?${SEED}&sort=-visits&limit=1`,
    );
    const unit = matrix.units[0];
    const cell = unit?.cells.find((c) => c.visits > 0);
    expect(cell, 'a unit with lượt').toBeDefined();
    if (!unit || !cell) return;

    await page.goto(`/bao-phu?${SEED}&unitSort=-visits`);
    await expect(page.getByTestId('compliance-matrix')).toBeVisible(SLOW);
    const row = page.getByTestId('compliance-matrix').getByRole('row', { name: new RegExp(escapeRegExp(unit.name)) });
    await row.locator(`td[data-month="${cell.month}"]`).getByRole('link').click();
    await expect(page).toHaveURL(/\/hoat-dong\?status=approved/);
    expect(new URL(page.url()).searchParams.get('unitId')).toBe(String(unit.unitId));
    await expectListTotal(page, cell.visits);

    const communes = await getJson<CommunesStats>(
      page.request,
      `/api/v1/stats/communes?${SEED}&sort=-visits&limit=1&reached=true`,
    );
    const commune = communes.items[0];
    expect(commune, 'a commune reached').toBeDefined();
    if (!commune) return;
    await page.goto(`/bao-phu?${SEED}&communeSort=-visits&reached=true#cac-xa`);
    await expect(page.getByTestId('communes-table')).toBeVisible(SLOW);
    await page
      .getByTestId('communes-table')
      .getByRole('link', {
        name: new RegExp(`^${commune.activities} hoạt động — .* tại ${escapeRegExp(commune.name)}$`),
      })
      .click();
    await expect(page).toHaveURL(/\/hoat-dong\?.*communeId=/);
    expect(new URL(page.url()).searchParams.get('communeId')).toBe(String(commune.communeId));
    await expectListTotal(page, commune.activities);
  });

  test('approving one more activity changes the figures', async ({ page }, testInfo) => {
    const csrf = await signIn(page, 'admin');
    const headers = { 'x-csrf-token': csrf };
    const request = page.request;
    const units = await getJson<ListResult<{ id: number; name: string }>>(
      request,
      '/api/v1/units?q=ban dan van tinh uy',
    );
    const unit = units.items.find((u) => u.name === 'Chi bộ Ban Dân vận Tỉnh ủy');
    const communes = await getJson<ListResult<{ id: number; name: string }>>(request, '/api/v1/communes?q=van minh');
    const commune = communes.items.find((c) => c.name === 'Xã Văn Minh');
    expect(unit && commune, 'the seed unit and commune').toBeTruthy();
    if (!unit || !commune) return;
    const before = await getJson<CoverageStats>(request, `/api/v1/stats/coverage?${SEED}`);

    const created = await request.post('/api/v1/activities', {
      headers,
      data: {
        title: `Vệ sinh môi trường đường thôn (kiểm thử bảng số liệu ${testInfo.project.name} ${Date.now()})`,
        communeId: commune.id,
        unitIds: [unit.id],
        startDate: '2022-03-16',
        endDate: '2022-03-16',
        categories: ['ve_sinh_moi_truong'],
        contributions: [],
      },
    });
    expect(created.ok(), await created.text()).toBe(true);
    let activity = (await created.json()) as { id: number; version: number };
    try {
      for (const step of ['submit', 'approve'] as const) {
        const res = await request.post(`/api/v1/activities/${activity.id}/${step}`, {
          headers: { ...headers, 'if-match': `"${activity.version}"` },
        });
        expect(res.ok(), `${step}: ${await res.text()}`).toBe(true);
        activity = (await res.json()) as { id: number; version: number };
      }

      await page.goto('/bao-phu');
      await expect(page.getByTestId('kpi-visits-value')).toHaveText(formatInteger(before.visits + 1), SLOW);
      await page.getByTestId('kpi-visits-value').click();
      await expectListTotal(page, before.activities + 1);
    } finally {
      const returned = await request.post(`/api/v1/activities/${activity.id}/return`, {
        headers: { ...headers, 'if-match': `"${activity.version}"` },
        data: { comment: 'Dọn dữ liệu kiểm thử' },
      });
      const version = returned.ok() ? ((await returned.json()) as { version: number }).version : activity.version;
      await request.delete(`/api/v1/activities/${activity.id}`, {
        headers: { ...headers, 'if-match': `"${version}"` },
      });
    }
    const after = await getJson<CoverageStats>(request, `/api/v1/stats/coverage?${SEED}`);
    expect(after.visits).toBe(before.visits);
  });

  test('a unit officer sees their own unit’s figures, without a choice of unit group', async ({ page }) => {
    await signIn(page, 'bandanvan');
    await page.goto('/bao-phu');
    await expect(page.getByTestId('dashboard-own-unit')).toHaveText(
      'Số liệu của đơn vị: Chi bộ Ban Dân vận Tỉnh ủy',
      SLOW,
    );
    await expect(page.getByTestId('kpi-units-value')).toHaveText(/\/ 1$/, SLOW);
    await expect(page.getByRole('combobox', { name: 'Khối đơn vị' })).toHaveCount(0);
  });

  test('has no accessibility violations on either dashboard', async ({ page }) => {
    await signIn(page, 'viewer');
    await page.goto('/bao-phu');
    await expect(page.getByTestId('kpi-visits-value')).toHaveText('115', SLOW);
    await expect(page.getByTestId('compliance-matrix')).toBeVisible();
    await expect(page.getByTestId('communes-table')).toBeVisible();
    await expectNoAxeViolations(page, 'Độ bao phủ');
    await page.goto('/kinh-phi');
    await expect(page.getByTestId('kpi-cash-value')).toBeVisible(SLOW);
    await expectNoAxeViolations(page, 'Kinh phí');
  });
});
