import AxeBuilder from '@axe-core/playwright';
import type { Assignment, ListResult, Unit } from '@danvan/domain';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';

/**
 * The registries (văn bản, đơn vị, xã, phân công) against a live demo server. Every test signs in through
 * the API and puts back what it changed: the suites share one database, and the home page's figures
 * (115 lượt, 77 units, 100 communes in the seed period) must not move.
 */

async function signIn(page: Page, username = 'admin'): Promise<string> {
  const res = await page.request.post('/api/v1/auth/login', { data: { username, password: 'danvan-demo' } });
  expect(res.ok()).toBe(true);
  return (await res.json()).csrfToken as string;
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target})`)).toEqual([]);
}

async function getJson<T>(request: APIRequestContext, url: string): Promise<T> {
  const res = await request.get(url);
  expect(res.ok(), url).toBe(true);
  return (await res.json()) as T;
}

/** A write through the API with the record's version, for set-up and clean-up. */
async function write(
  request: APIRequestContext,
  csrf: string,
  method: 'patch' | 'delete',
  url: string,
  version: number,
  data?: unknown,
) {
  const res = await request[method](url, {
    headers: { 'x-csrf-token': csrf, 'if-match': `"${version}"` },
    ...(data === undefined ? {} : { data }),
  });
  expect(res.ok(), `${method} ${url}: ${res.status()}`).toBe(true);
}

/** The list (a table on a wide screen, cards on a phone) is a region named by its caption. */
function results(page: Page, caption: string) {
  return page.getByRole('region', { name: caption });
}

test.describe('Danh mục', () => {
  // Each test runs axe on several pages; that alone can take most of the default 30 s on a slow runner.
  test.describe.configure({ timeout: 60_000 });

  test('searching without diacritics finds the unit, and the list is in the URL', async ({ page }) => {
    await signIn(page, 'viewer');
    await page.goto('/don-vi');
    await expect(page.getByRole('heading', { level: 1, name: 'Đơn vị' })).toBeVisible();
    await expect(page.getByTestId('list-total')).toHaveText('Tìm thấy 77 đơn vị');
    await expectNoAxeViolations(page);

    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('ban dan van');
    await expect(page).toHaveURL(/[?&]q=ban\+dan\+van/);
    await expect(page.getByTestId('list-total')).toHaveText('Tìm thấy 1 đơn vị');
    const list = results(page, 'Danh sách chi, đảng bộ cơ sở');
    await expect(list.getByRole('link', { name: 'Chi bộ Ban Dân vận Tỉnh ủy' })).toBeVisible();
    // A viewer reads the registries but gets no add button.
    await expect(page.getByRole('link', { name: 'Thêm đơn vị' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Tải về CSV' })).toHaveAttribute(
      'href',
      '/api/v1/units?q=ban+dan+van&sort=name&format=csv',
    );
    await expectNoAxeViolations(page);

    // The same address, opened afresh, shows the same list.
    await page.reload();
    await expect(page.getByRole('searchbox', { name: 'Tìm kiếm' })).toHaveValue('ban dan van');
    await expect(page.getByTestId('list-total')).toHaveText('Tìm thấy 1 đơn vị');

    await list.getByRole('link', { name: 'Chi bộ Ban Dân vận Tỉnh ủy' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Chi bộ Ban Dân vận Tỉnh ủy' })).toBeFocused();
    await expect(page.getByRole('link', { name: 'Sửa', exact: true })).toHaveCount(0);
    await expect(page.getByTestId('registry-figures')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('an admin changes a unit’s staff count and sees it saved', async ({ page }) => {
    const csrf = await signIn(page);
    const found = await getJson<ListResult<Unit>>(page.request, '/api/v1/units?q=ban%20dan%20van');
    const unit = found.items[0] as Unit;
    const newStaff = unit.staff + 1;
    try {
      await page.goto(`/don-vi/${unit.id}`);
      await page.getByRole('link', { name: 'Sửa', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: `Sửa: ${unit.name}` })).toBeVisible();
      await expectNoAxeViolations(page);

      const staff = page.getByRole('textbox', { name: 'Số cán bộ, nhân viên' });
      await expect(staff).toHaveValue(String(unit.staff));
      await staff.fill(String(newStaff));
      await page.getByRole('button', { name: 'Lưu' }).click();

      await expect(page).toHaveURL(new RegExp(`/don-vi/${unit.id}$`));
      await expect(page.getByTestId('saved-notice')).toHaveText('Đã lưu đơn vị.');
      await expect(page.getByTestId('unit-staff')).toHaveText(String(newStaff));
      const stored = await getJson<Unit>(page.request, `/api/v1/units/${unit.id}`);
      expect(stored.staff).toBe(newStaff);
      await expectNoAxeViolations(page);
    } finally {
      const current = await getJson<Unit>(page.request, `/api/v1/units/${unit.id}`);
      if (current.staff !== unit.staff) {
        await write(page.request, csrf, 'patch', `/api/v1/units/${unit.id}`, current.version, { staff: unit.staff });
      }
    }
  });

  test('reassigning a commune ends the old assignment and starts the new one, both in its history', async ({
    page,
  }) => {
    const csrf = await signIn(page);
    // An assignment that still holds, and a unit that has never covered that commune. The change date lies
    // after the seed period, so the figures of that period stay as they are.
    const open = await getJson<ListResult<Assignment>>(
      page.request,
      '/api/v1/assignments?activeOn=2022-03-18&role=phu_trach_chinh&sort=commune&limit=50',
    );
    const current = open.items.find((a) => a.validTo === null && a.validFrom < '2022-06-01') as Assignment;
    expect(current).toBeDefined();
    const [commune, history, units] = await Promise.all([
      getJson<{ name: string }>(page.request, `/api/v1/communes/${current.communeId}`),
      getJson<ListResult<Assignment>>(page.request, `/api/v1/assignments?communeId=${current.communeId}&limit=100`),
      getJson<ListResult<Unit>>(page.request, '/api/v1/units?sort=name&limit=100'),
    ]);
    const taken = new Set(history.items.map((a) => a.unitId));
    const newUnit = units.items.find((u) => !taken.has(u.id)) as Unit;
    const oldUnit = units.items.find((u) => u.id === current.unitId) as Unit;
    const changeDate = '2022-06-01';

    try {
      await page.goto(`/xa/${current.communeId}`);
      await expect(page.getByRole('heading', { level: 1, name: commune.name })).toBeVisible();
      await expect(page.getByTestId('last-visit')).toBeVisible();
      await expectNoAxeViolations(page);

      await page.getByRole('link', { name: `Chuyển phân công ${commune.name} cho đơn vị khác` }).click();
      await expect(page.getByRole('heading', { level: 1, name: /^Chuyển phân công/ })).toBeFocused();

      const unitPicker = page.getByRole('combobox', { name: 'Đơn vị nhận phụ trách' });
      await unitPicker.click();
      await unitPicker.fill(newUnit.name);
      await page.getByRole('option', { name: newUnit.name, exact: true }).click();
      const date = page.getByRole('textbox', { name: /Ngày chuyển/ });
      await date.fill('01/06/2022');
      await date.press('Tab');
      await expect(page.getByText('Phân công cũ sẽ kết thúc ngày 31/05/2022.')).toBeVisible();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Chuyển phân công' }).click();

      await expect(page).toHaveURL(new RegExp(`/xa/${current.communeId}$`));
      await expect(page.getByTestId('saved-notice')).toHaveText('Đã chuyển phân công.');
      const historyList = results(page, 'Các đơn vị được phân công phụ trách xã, hiện nay và trước đây');
      await expect(historyList).toContainText(`${newUnit.name}`);
      await expect(historyList).toContainText('01/06/2022 – nay');
      await expect(historyList).toContainText(oldUnit.name);
      await expect(historyList).toContainText('31/05/2022');
      await expectNoAxeViolations(page);

      const after = await getJson<ListResult<Assignment>>(
        page.request,
        `/api/v1/assignments?communeId=${current.communeId}&limit=100`,
      );
      expect(after.items.find((a) => a.id === current.id)?.validTo).toBe('2022-05-31');
      expect(after.items.find((a) => a.unitId === newUnit.id)).toMatchObject({ validFrom: changeDate, validTo: null });
    } finally {
      const after = await getJson<ListResult<Assignment>>(
        page.request,
        `/api/v1/assignments?communeId=${current.communeId}&limit=100`,
      );
      for (const added of after.items.filter((a) => a.unitId === newUnit.id)) {
        await write(page.request, csrf, 'delete', `/api/v1/assignments/${added.id}`, added.version);
      }
      const old = after.items.find((a) => a.id === current.id);
      if (old && old.validTo !== null) {
        await write(page.request, csrf, 'patch', `/api/v1/assignments/${old.id}`, old.version, { validTo: null });
      }
    }
  });

  test('the registry lists and a directive page read well and have no accessibility violations', async ({ page }) => {
    await signIn(page, 'viewer');
    await page.goto('/van-ban?kind=huong_dan');
    const directives = results(page, 'Danh sách văn bản chỉ đạo');
    await expect(directives.getByRole('link', { name: '02-HD/BDVTU' })).toBeVisible();
    await expectNoAxeViolations(page);

    await directives.getByRole('link', { name: '02-HD/BDVTU' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hướng dẫn 02-HD/BDVTU' })).toBeVisible();
    await expect(page.getByTestId('norm-row')).toContainText('1');
    await expect(page.getByTestId('parent-directive')).toContainText('02-ĐA/TU');
    await expectNoAxeViolations(page);

    await page.goto('/xa?remote=true&sort=-distanceKm');
    await expect(page.getByTestId('list-total')).toContainText('xã');
    await expect(page.getByRole('link', { name: 'Tải về CSV' })).toHaveAttribute(
      'href',
      '/api/v1/communes?remote=true&sort=-distanceKm&format=csv',
    );
    await expectNoAxeViolations(page);

    await page.goto('/phan-cong?activeOn=2022-03-18');
    await expect(page.getByTestId('list-total')).toContainText('phân công');
    await expectNoAxeViolations(page);
  });
});
