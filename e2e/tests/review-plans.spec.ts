/**
 * The review inbox, plans against actual and difficulties, on the shared demo database. Nothing here
 * approves or returns a demo activity (home.spec.ts counts 115 lượt); what the tests create, they delete,
 * also when they fail half-way.
 */
import AxeBuilder from '@axe-core/playwright';
import { type Activity, type ListResult, monthOf, type Plan, todayInVietnam } from '@danvan/domain';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';

const PASSWORD = 'danvan-demo';

// Whole journeys through forms, on a phone too: more than the default 30 seconds on a slow machine.
test.describe.configure({ timeout: 60_000 });

/** Signs the page in through the API (the page shares the cookie); returns the CSRF token for API writes. */
async function signIn(page: Page, username: string): Promise<string> {
  const res = await page.request.post('/api/v1/auth/login', { data: { username, password: PASSWORD } });
  expect(res.ok()).toBe(true);
  return (await res.json()).csrfToken as string;
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

function nextMonth(): string {
  const [y, m] = monthOf(todayInVietnam()).split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Deletes, through the API, every record of a list that the test made (found by its unique text). */
async function deleteAll(request: APIRequestContext, csrf: string, path: string, q: string) {
  const res = await request.get(`/api/v1/${path}?q=${encodeURIComponent(q)}&limit=500`);
  if (!res.ok()) return;
  const { items } = (await res.json()) as ListResult<{ id: number; version: number }>;
  for (const item of items) {
    await request.delete(`/api/v1/${path}/${item.id}`, {
      headers: { 'x-csrf-token': csrf, 'if-match': `"${item.version}"` },
    });
  }
}

test.describe('Duyệt hoạt động', () => {
  test('an admin sees the submitted demo activities, oldest first, and can select them', async ({ page }) => {
    await signIn(page, 'admin');
    const res = await page.request.get('/api/v1/activities?status=submitted&sort=updatedAt&limit=20');
    const submitted = (await res.json()) as ListResult<Activity>;
    expect(submitted.total).toBeGreaterThanOrEqual(3);

    await page.goto('/duyet');
    await expect(page.getByRole('heading', { level: 1, name: 'Duyệt hoạt động' })).toBeVisible();
    const list = page.getByRole('list', { name: 'Hoạt động chờ duyệt' });
    await expect(list.getByRole('listitem')).toHaveCount(submitted.items.length);
    await expect(page.getByTestId('review-total')).toHaveText(`${submitted.total} hoạt động chờ duyệt`);
    for (const [index, activity] of submitted.items.entries()) {
      const link = list.getByRole('listitem').nth(index).getByRole('link', { name: activity.title });
      await expect(link).toHaveAttribute('href', `/hoat-dong/${activity.id}`);
    }

    await page.getByRole('checkbox', { name: 'Chọn tất cả trên trang này' }).check();
    await expect(page.getByTestId('review-selection')).toHaveText(`Đã chọn ${submitted.items.length} hoạt động`);
    // Returning asks for a reason first; cancelling sends nothing.
    await page.getByRole('button', { name: 'Trả lại các hoạt động đã chọn' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Trả lại' }).click();
    await expect(dialog.getByText('Trả lại cần ghi lý do')).toBeVisible();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Huỷ' }).click();
    await expect(dialog).toBeHidden();
    await expect(list.getByRole('listitem')).toHaveCount(submitted.items.length);
    await expectNoAxeViolations(page);
  });

  test('is not offered to a unit officer', async ({ page }) => {
    await signIn(page, 'bandanvan');
    await page.goto('/duyet');
    await expect(page.getByText('Chỉ quản trị (Ban Dân vận, Đảng ủy Khối) được duyệt hoạt động.')).toBeVisible();
  });
});

test.describe('Kế hoạch', () => {
  test('a unit officer adds a plan for next month, sees it in plan against actual, then deletes it', async ({
    page,
  }) => {
    const csrf = await signIn(page, 'bandanvan');
    const content = `Kiểm thử e2e: tuyên truyền phòng chống đuối nước ${Date.now()}`;
    const month = nextMonth();
    const [year, monthNumber] = month.split('-');
    try {
      await page.goto(`/ke-hoach?fromMonth=${month}&toMonth=${month}`);
      await expect(page.getByRole('heading', { level: 1, name: 'Kế hoạch' })).toBeVisible();
      await expect(page.getByTestId('plan-actual-empty').or(page.getByTestId('plan-actual'))).toBeVisible();
      await expectNoAxeViolations(page);

      await page.getByRole('link', { name: 'Thêm kế hoạch' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Thêm kế hoạch' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Tháng' })).toHaveText(`${monthNumber}/${year}`);
      await expectNoAxeViolations(page);
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
      await expect(page.getByTestId('plan-actual-planned-value')).toHaveText('1');
      await expect(page.getByText(content)).toBeVisible();
      await expectNoAxeViolations(page);

      await page.getByRole('button', { name: `Xoá kế hoạch: ${content}` }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Xoá' }).click();
      await expect(page.getByText('Đã xoá kế hoạch.')).toBeVisible();
      await expect(page.getByText(content)).toHaveCount(0);
      await expect(page.getByTestId('plan-actual-empty')).toBeVisible();
    } finally {
      await deleteAll(page.request, csrf, 'plans', content);
    }
    const left = (await (await page.request.get(`/api/v1/plans?fromMonth=${month}&toMonth=${month}`)).json()) as {
      items: Plan[];
    };
    expect(left.items.filter((p) => p.content === content)).toEqual([]);
  });
});

test.describe('Khó khăn, kiến nghị', () => {
  test('a difficulty is recorded, moved on to "Đang xử lý", and can be downloaded as CSV', async ({ page }) => {
    const csrf = await signIn(page, 'bandanvan');
    const text = `Kiểm thử e2e: đường vào thôn sạt lở sau mưa lớn ${Date.now()}`;
    try {
      await page.goto('/kho-khan');
      await expect(page.getByRole('heading', { level: 1, name: 'Khó khăn, kiến nghị' })).toBeVisible();
      await expect(page.getByTestId('list-total')).toContainText('Tìm thấy');
      await expectNoAxeViolations(page);

      await page.getByRole('link', { name: 'Ghi khó khăn, kiến nghị' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Ghi khó khăn, kiến nghị' })).toBeVisible();
      await expectNoAxeViolations(page);
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
      await page.goto(`/kho-khan?status=dang_xu_ly&q=${encodeURIComponent(text)}`);
      await expect(page.getByTestId('list-total')).toHaveText('Tìm thấy 1 khó khăn, kiến nghị');
      const href = await page.getByRole('link', { name: 'Tải về CSV' }).getAttribute('href');
      const csv = await page.request.get(href ?? '');
      expect(csv.headers()['content-type']).toContain('text/csv');
      expect(await csv.text()).toContain(text);
      await expectNoAxeViolations(page);
    } finally {
      await deleteAll(page.request, csrf, 'difficulties', text);
    }
  });
});
