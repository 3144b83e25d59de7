/**
 * The registries (văn bản, đơn vị, xã, phân công). Every test reads what it works on from the API (the officer's
 * unit, an assignment in force today) and puts back what it changed, also when it fails half-way.
 */
import {
  type Assignment,
  addDays,
  firstDayOfMonth,
  foldVietnamese,
  formatDate,
  formatInteger,
  type ListResult,
  monthOf,
  todayInVietnam,
  type Unit,
} from '@danvan/domain';
import { DEMO, expect, expectNoAxeViolations, test } from '../fixtures';
import { RegistryListPage } from '../pages';

test.describe('Danh mục', () => {
  // Each test runs axe on several pages; that alone can take most of the default 30 s on a slow runner.
  test.describe.configure({ timeout: 60_000 });

  test.describe('as a viewer', () => {
    test.use({ role: 'viewer' });

    test('searching without diacritics finds the unit, and the list is in the URL', async ({ page, api }) => {
      const viewer = await api('viewer');
      const unitName = (await api('officer')).user.unitName ?? '';
      const q = foldVietnamese(unitName).toLowerCase();
      const [all, found] = await Promise.all([
        viewer.get<ListResult<Unit>>('/units?limit=1'),
        viewer.get<ListResult<Unit>>(`/units?q=${encodeURIComponent(q)}&limit=1`),
      ]);
      const units = new RegistryListPage(page, '/don-vi');
      await units.goto();
      await expect(units.heading('Đơn vị')).toBeVisible();
      await expect(units.total).toHaveText(`Tìm thấy ${formatInteger(all.total)} đơn vị`);
      await expectNoAxeViolations(page, 'Đơn vị');

      await units.search.fill(q);
      await expect(page).toHaveURL((url) => url.searchParams.get('q') === q);
      await expect(units.total).toHaveText(`Tìm thấy ${formatInteger(found.total)} đơn vị`);
      const list = units.results('Danh sách chi, đảng bộ cơ sở');
      await expect(list.getByRole('link', { name: unitName, exact: true })).toBeVisible();
      // A viewer reads the registries but gets no add button.
      await expect(page.getByRole('link', { name: 'Thêm đơn vị' })).toHaveCount(0);
      await expect(units.csvLink).toHaveAttribute(
        'href',
        `/api/v1/units?${new URLSearchParams({ q, sort: 'name', format: 'csv' })}`,
      );
      await expectNoAxeViolations(page, 'Đơn vị, tìm kiếm');

      // The same address, opened afresh, shows the same list.
      await page.reload();
      await expect(units.search).toHaveValue(q);
      await expect(units.total).toHaveText(`Tìm thấy ${formatInteger(found.total)} đơn vị`);

      await list.getByRole('link', { name: unitName, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: unitName })).toBeFocused();
      await expect(page.getByRole('link', { name: 'Sửa', exact: true })).toHaveCount(0);
      await expect(page.getByTestId('registry-figures')).toBeVisible();
      await expectNoAxeViolations(page, unitName);
    });

    test(
      'the registry lists and a directive page read well and have no accessibility violations',
      DEMO,
      async ({ page }) => {
        const directives = new RegistryListPage(page, '/van-ban');
        await directives.goto('kind=huong_dan');
        const list = directives.results('Danh sách văn bản chỉ đạo');
        await expect(list.getByRole('link', { name: '02-HD/BDVTU' })).toBeVisible();
        await expectNoAxeViolations(page, 'Văn bản');

        await list.getByRole('link', { name: '02-HD/BDVTU' }).click();
        await expect(page.getByRole('heading', { level: 1, name: 'Hướng dẫn 02-HD/BDVTU' })).toBeVisible();
        await expect(page.getByTestId('norm-row')).toContainText('1');
        await expect(page.getByTestId('parent-directive')).toContainText('02-ĐA/TU');
        await expectNoAxeViolations(page, 'Hướng dẫn 02-HD/BDVTU');

        const communes = new RegistryListPage(page, '/xa');
        await communes.goto('remote=true&sort=-distanceKm');
        await expect(communes.total).toContainText('xã');
        await expect(communes.csvLink).toHaveAttribute(
          'href',
          '/api/v1/communes?remote=true&sort=-distanceKm&format=csv',
        );
        await expectNoAxeViolations(page, 'Xã');

        const assignments = new RegistryListPage(page, '/phan-cong');
        await assignments.goto('activeOn=2022-03-18');
        await expect(assignments.total).toContainText('phân công');
        await expectNoAxeViolations(page, 'Phân công');
      },
    );
  });

  test.describe('as an admin', () => {
    test.use({ role: 'admin' });

    test('an admin changes a unit’s staff count and sees it saved', async ({ page, api, data }) => {
      const admin = await api('admin');
      const unit = await admin.get<Unit>(`/units/${(await api('officer')).user.unitId}`);
      const newStaff = unit.staff + 1;
      data.afterTest(`số cán bộ của ${unit.name} về ${unit.staff}`, async () => {
        const current = await admin.get<Unit>(`/units/${unit.id}`);
        if (current.staff !== unit.staff)
          await admin.patch(`/units/${unit.id}`, current.version, { staff: unit.staff });
      });

      await page.goto(`/don-vi/${unit.id}`);
      await page.getByRole('link', { name: 'Sửa', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: `Sửa: ${unit.name}` })).toBeVisible();
      await expectNoAxeViolations(page, 'Sửa đơn vị');

      const staff = page.getByRole('textbox', { name: 'Số cán bộ, nhân viên' });
      await expect(staff).toHaveValue(String(unit.staff));
      await staff.fill(String(newStaff));
      await page.getByRole('button', { name: 'Lưu' }).click();

      await expect(page).toHaveURL(new RegExp(`/don-vi/${unit.id}$`));
      await expect(page.getByTestId('saved-notice')).toHaveText('Đã lưu đơn vị.');
      await expect(page.getByTestId('unit-staff')).toHaveText(String(newStaff));
      expect((await admin.get<Unit>(`/units/${unit.id}`)).staff).toBe(newStaff);
      await expectNoAxeViolations(page, unit.name);
    });

    test('reassigning a commune ends the old assignment and starts the new one, both in its history', async ({
      page,
      api,
      data,
    }) => {
      const admin = await api('admin');
      // An assignment in force today, handed over from the first day of next month (so no figure of a past
      // period changes), to a unit that has never covered that commune.
      const today = todayInVietnam();
      const changeDate = firstDayOfMonth(monthOf(addDays(firstDayOfMonth(monthOf(today)), 40)));
      const oldEnd = addDays(changeDate, -1);
      const open = await admin.get<ListResult<Assignment>>(
        `/assignments?activeOn=${today}&role=phu_trach_chinh&sort=commune&limit=50`,
      );
      const current = open.items.find((a) => a.validTo === null) as Assignment;
      expect(current, 'an open assignment').toBeDefined();
      const [commune, history, units] = await Promise.all([
        admin.get<{ name: string }>(`/communes/${current.communeId}`),
        admin.get<ListResult<Assignment>>(`/assignments?communeId=${current.communeId}&limit=100`),
        admin.get<ListResult<Unit>>('/units?sort=name&limit=100'),
      ]);
      const taken = new Set(history.items.map((a) => a.unitId));
      const newUnit = units.items.find((u) => !taken.has(u.id)) as Unit;
      const oldUnit = units.items.find((u) => u.id === current.unitId) as Unit;
      data.afterTest(`phân công của ${commune.name} như cũ`, async () => {
        const after = await admin.get<ListResult<Assignment>>(`/assignments?communeId=${current.communeId}&limit=100`);
        for (const added of after.items.filter((a) => a.unitId === newUnit.id)) {
          await admin.delete(`/assignments/${added.id}`, added.version);
        }
        const old = after.items.find((a) => a.id === current.id);
        if (old && old.validTo !== null) await admin.patch(`/assignments/${old.id}`, old.version, { validTo: null });
      });

      await page.goto(`/xa/${current.communeId}`);
      await expect(page.getByRole('heading', { level: 1, name: commune.name })).toBeVisible();
      await expect(page.getByTestId('last-visit')).toBeVisible();
      await expectNoAxeViolations(page, commune.name);

      await page.getByRole('link', { name: `Chuyển phân công ${commune.name} cho đơn vị khác` }).click();
      await expect(page.getByRole('heading', { level: 1, name: /^Chuyển phân công/ })).toBeFocused();

      const unitPicker = page.getByRole('combobox', { name: 'Đơn vị nhận phụ trách' });
      await unitPicker.click();
      await unitPicker.fill(newUnit.name);
      await page.getByRole('option', { name: newUnit.name, exact: true }).click();
      const date = page.getByRole('textbox', { name: /Ngày chuyển/ });
      await date.fill(formatDate(changeDate));
      await date.press('Tab');
      await expect(page.getByText(`Phân công cũ sẽ kết thúc ngày ${formatDate(oldEnd)}.`)).toBeVisible();
      await expectNoAxeViolations(page, 'Chuyển phân công');
      await page.getByRole('button', { name: 'Chuyển phân công' }).click();

      await expect(page).toHaveURL(new RegExp(`/xa/${current.communeId}$`));
      await expect(page.getByTestId('saved-notice')).toHaveText('Đã chuyển phân công.');
      const historyList = page.getByRole('region', {
        name: 'Các đơn vị được phân công phụ trách xã, hiện nay và trước đây',
      });
      await expect(historyList).toContainText(newUnit.name);
      await expect(historyList).toContainText(`${formatDate(changeDate)} – nay`);
      await expect(historyList).toContainText(oldUnit.name);
      await expect(historyList).toContainText(formatDate(oldEnd));
      await expectNoAxeViolations(page, `${commune.name}, sau khi chuyển`);

      const after = await admin.get<ListResult<Assignment>>(`/assignments?communeId=${current.communeId}&limit=100`);
      expect(after.items.find((a) => a.id === current.id)?.validTo).toBe(oldEnd);
      expect(after.items.find((a) => a.unitId === newUnit.id)).toMatchObject({ validFrom: changeDate, validTo: null });
    });
  });
});
