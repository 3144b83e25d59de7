/**
 * The review inbox, plans against actual and difficulties. What the tests create has a name unique to the run
 * and is deleted after them by the `data` fixture, also when they fail half-way.
 */
import { type Activity, type ListResult, monthOf, type Plan, todayInVietnam } from '@danvan/domain';
import { expect, expectNoAxeViolations, test } from '../fixtures';
import { RegistryListPage, ReviewInboxPage } from '../pages';

// Whole journeys through forms, on a phone too: more than the default 30 seconds on a slow machine.
test.describe.configure({ timeout: 60_000 });

function nextMonth(): string {
  const [y, m] = monthOf(todayInVietnam()).split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

test.describe('Duyệt hoạt động', () => {
  test.use({ role: 'admin' });

  test('an admin sees the submitted activities, oldest first, and can select them', async ({ page, api, data }) => {
    await data.activity({ status: 'submitted' });
    const submitted = await (await api('admin')).get<ListResult<Activity>>(
      '/activities?status=submitted&sort=updatedAt&limit=20',
    );
    expect(submitted.total).toBeGreaterThanOrEqual(1);

    const inbox = new ReviewInboxPage(page);
    await inbox.goto();
    await expect(inbox.heading).toBeVisible();
    await expect(inbox.items).toHaveCount(submitted.items.length);
    await expect(inbox.total).toHaveText(`${submitted.total} hoạt động chờ duyệt`);
    for (const [index, activity] of submitted.items.entries()) {
      await expect(inbox.link(index, activity.title)).toHaveAttribute('href', `/hoat-dong/${activity.id}`);
    }

    await inbox.selectAll.check();
    await expect(inbox.selection).toHaveText(`Đã chọn ${submitted.items.length} hoạt động`);
    // Returning asks for a reason first; cancelling sends nothing.
    await inbox.returnSelected.click();
    await inbox.dialog.getByRole('button', { name: 'Trả lại' }).click();
    await expect(inbox.dialog.getByText('Trả lại cần ghi lý do')).toBeVisible();
    await expectNoAxeViolations(page, 'Trả lại các hoạt động đã chọn');
    await inbox.dialog.getByRole('button', { name: 'Huỷ' }).click();
    await expect(inbox.dialog).toBeHidden();
    await expect(inbox.items).toHaveCount(submitted.items.length);
    await expectNoAxeViolations(page, 'Duyệt hoạt động');
  });

  test('is not offered to a unit officer', async ({ pageAs }) => {
    const inbox = new ReviewInboxPage(await pageAs('officer'));
    await inbox.goto();
    await expect(inbox.page.getByText('Chỉ quản trị (Ban Dân vận, Đảng ủy Khối) được duyệt hoạt động.')).toBeVisible();
  });
});

test.describe('Kế hoạch và khó khăn của đơn vị', () => {
  test.use({ role: 'officer' });

  test('a unit officer adds a plan for next month, sees it in plan against actual, then deletes it', async ({
    page,
    api,
    data,
  }) => {
    const content = data.unique('Tuyên truyền phòng chống đuối nước');
    data.removeRecords('plans', content);
    const month = nextMonth();
    const [year, monthNumber] = month.split('-');
    const officer = await api('officer');
    const plansOfMonth = `/plans?fromMonth=${month}&toMonth=${month}&limit=500`;
    const before = (await officer.get<ListResult<Plan>>(plansOfMonth)).total;
    await page.goto(`/ke-hoach?fromMonth=${month}&toMonth=${month}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Kế hoạch' })).toBeVisible();
    await expect(page.getByTestId('plan-actual-empty').or(page.getByTestId('plan-actual'))).toBeVisible();
    await expectNoAxeViolations(page, 'Kế hoạch');

    await page.getByRole('link', { name: 'Thêm kế hoạch' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Thêm kế hoạch' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Tháng' })).toHaveText(`${monthNumber}/${year}`);
    await expectNoAxeViolations(page, 'Thêm kế hoạch');
    // Saving an empty form is refused with the reasons next to the fields.
    await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
    await expect(page.getByText('Không được để trống')).toBeVisible();

    await page.getByRole('combobox', { name: 'Xã' }).click();
    const commune = page.getByRole('option').first();
    const communeLabel = ((await commune.textContent()) ?? '').replace(/ \(.*\)$/, '');
    await commune.click();
    await page.getByRole('textbox', { name: 'Nội dung hoạt động dự kiến' }).fill(content);
    await page.getByRole('checkbox', { name: 'Tuyên truyền, phổ biến, hướng dẫn' }).check();
    await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();

    await expect(page).toHaveURL(new RegExp(`/ke-hoach\\?.*fromMonth=${month}`));
    await expect(page.getByText('Đã lưu kế hoạch.')).toBeVisible();
    const table = page.getByRole('table', { name: /số hoạt động đã duyệt \/ số kế hoạch/ });
    const row = table.getByRole('row', { name: new RegExp(communeLabel) });
    await expect(row.getByRole('cell').first()).toContainText('Chưa đạt kế hoạch');
    await expect(row.getByRole('cell').first()).toContainText('Kế hoạch 1, đã thực hiện 0');
    await expect(page.getByTestId('plan-actual-planned-value')).toHaveText(String(before + 1));
    await expect(page.getByText(content)).toBeVisible();
    await expectNoAxeViolations(page, 'Kế hoạch, sau khi thêm');

    await page.getByRole('button', { name: `Xoá kế hoạch: ${content}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Xoá' }).click();
    await expect(page.getByText('Đã xoá kế hoạch.')).toBeVisible();
    await expect(page.getByText(content)).toHaveCount(0);
    if (before === 0) await expect(page.getByTestId('plan-actual-empty')).toBeVisible();
    const left = await officer.get<ListResult<Plan>>(plansOfMonth);
    expect(left.items.filter((p) => p.content === content)).toEqual([]);
  });

  test('a difficulty is recorded, moved on to "Đang xử lý", and can be downloaded as CSV', async ({ page, data }) => {
    const text = data.unique('Đường vào thôn sạt lở sau mưa lớn');
    data.removeRecords('difficulties', text);
    const difficulties = new RegistryListPage(page, '/kho-khan');
    await difficulties.goto();
    await expect(difficulties.heading('Khó khăn, kiến nghị')).toBeVisible();
    await expect(difficulties.total).toContainText('Tìm thấy');
    await expectNoAxeViolations(page, 'Khó khăn, kiến nghị');

    await page.getByRole('link', { name: 'Ghi khó khăn, kiến nghị' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ghi khó khăn, kiến nghị' })).toBeVisible();
    await expectNoAxeViolations(page, 'Ghi khó khăn, kiến nghị');
    await page.getByRole('combobox', { name: 'Loại khó khăn' }).click();
    await page.getByRole('option', { name: 'Địa bàn xa, chi phí đi lại' }).click();
    await page.getByRole('textbox', { name: 'Khó khăn, vướng mắc' }).fill(text);
    await page.getByRole('textbox', { name: 'Kiến nghị, đề xuất' }).fill('Đề nghị hỗ trợ phương tiện đi lại');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();

    await expect(page).toHaveURL(/\/kho-khan$/);
    await expect(page.getByText('Đã lưu khó khăn, kiến nghị.')).toBeVisible();
    await page.getByRole('button', { name: `Chuyển sang Đang xử lý: ${text}` }).click();
    await expect(page.getByTestId('difficulty-notice')).toHaveText('Đã chuyển sang "Đang xử lý".');
    await expect(page.getByRole('button', { name: `Chuyển sang Đã giải quyết: ${text}` })).toBeVisible();

    // Filters live in the URL, and the CSV link carries them.
    await difficulties.goto(new URLSearchParams({ status: 'dang_xu_ly', q: text }).toString());
    await expect(difficulties.total).toHaveText('Tìm thấy 1 khó khăn, kiến nghị');
    const csv = await page.request.get((await difficulties.csvLink.getAttribute('href')) ?? '');
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect(await csv.text()).toContain(text);
    await expectNoAxeViolations(page, 'Khó khăn, kiến nghị, lọc');
  });
});
