/**
 * Issue 5's journey: a unit officer records an activity on the phone or the desktop (two contributions and
 * a photo) and sends it for review; the committee returns it with a reason; the officer reads the reason,
 * fixes the activity and sends it again; the committee approves it, and the home page counts one more lượt.
 *
 * Every suite shares one demo database and home.spec.ts expects the seed's 115 lượt, so the journey puts
 * the figures back at the end (the activity is returned and deleted) and checks that they are back; the
 * titles are unique per run and project, so the desktop and phone runs do not see each other's activity.
 */
import AxeBuilder from '@axe-core/playwright';
import {
  type APIRequestContext,
  type Browser,
  type BrowserContextOptions,
  expect,
  type Page,
  test,
} from '@playwright/test';

const PASSWORD = 'danvan-demo';
const SEED_PERIOD = { from: '2021-09-10', to: '2022-03-18' };
const SEED_VISITS = 115;
/** A 8×8 red JPEG (269 bytes), as a phone camera would send one, only smaller. */
const PHOTO_JPEG = Buffer.from(
  '/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAAIAAgDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAX/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABQb/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCYAPVb/9k=',
  'base64',
);

interface Session {
  page: Page;
  csrf: string;
  close: () => Promise<void>;
}

async function signInOn(page: Page, username: string): Promise<string> {
  const res = await page.request.post('/api/v1/auth/login', { data: { username, password: PASSWORD } });
  expect(res.ok(), `đăng nhập ${username}`).toBe(true);
  return ((await res.json()) as { csrfToken: string }).csrfToken;
}

/** A second person at a second browser, with the same device as the project's (phone or desktop). */
async function signIn(browser: Browser, username: string, options: BrowserContextOptions): Promise<Session> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const csrf = await signInOn(page, username);
  return { page, csrf, close: () => context.close() };
}

async function expectNoAxeViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${where} — ${v.id}: ${v.help}`)).toEqual([]);
}

async function visitsInSeedPeriod(request: APIRequestContext): Promise<number> {
  const res = await request.get(`/api/v1/stats/coverage?from=${SEED_PERIOD.from}&to=${SEED_PERIOD.to}`);
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { visits: number }).visits;
}

async function expectHomeVisits(page: Page, visits: number) {
  await page.goto('/');
  await expect(page.getByTestId('stat-visits-value')).toHaveText(String(visits));
}

/**
 * Picks an option of a Mantine Select or MultiSelect with the keyboard, as a phone's or a screen reader's
 * user may: type part of it (without diacritics) when it is searchable, so that it is the first option left,
 * then ArrowDown and Enter. Clicking options of a dropdown that repositions itself on a phone is flaky.
 */
async function choose(page: Page, label: string | RegExp, option: string, search?: string) {
  const input = page.getByRole('combobox', { name: label });
  await input.click();
  if (search !== undefined) await input.fill(search);
  await expect(page.getByRole('option').first()).toHaveText(option);
  await input.press('ArrowDown');
  await input.press('Enter');
  await input.press('Escape');
}

/** Returns (if approved) and deletes the activity through the API: leaves the shared database as the seed. */
async function removeActivity(admin: Session, title: string) {
  const request = admin.page.request;
  const headers = { 'x-csrf-token': admin.csrf };
  const list = await request.get(`/api/v1/activities?q=${encodeURIComponent(title)}&limit=10`);
  const { items } = (await list.json()) as { items: { id: number; title: string; status: string; version: number }[] };
  for (const activity of items.filter((a) => a.title === title)) {
    let version = activity.version;
    if (activity.status === 'approved' || activity.status === 'submitted') {
      const returned = await request.post(`/api/v1/activities/${activity.id}/return`, {
        headers: { ...headers, 'if-match': `"${version}"` },
        data: { comment: 'Dọn dữ liệu kiểm thử' },
      });
      version = ((await returned.json()) as { version: number }).version;
    }
    await request.delete(`/api/v1/activities/${activity.id}`, { headers: { ...headers, 'if-match': `"${version}"` } });
  }
}

test.describe('Ghi hoạt động, gửi duyệt, trả lại, sửa, duyệt', () => {
  // A long journey, but no single step may hang it: each action gives up after a while.
  test.describe.configure({ timeout: 180_000 });
  test.use({ actionTimeout: 15_000, navigationTimeout: 15_000 });

  test('a unit officer records an activity with contributions and a photo; the committee reviews it', async ({
    page,
    browser,
    baseURL,
  }, testInfo) => {
    const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, locale, timezoneId } = testInfo.project.use;
    const title = `Hỗ trợ xi măng làm đường bê tông thôn Nà Pàn (kiểm thử ${testInfo.project.name} ${Date.now()})`;
    const returnReason = 'Đề nghị bổ sung số người dân tham gia và số hộ được hưởng lợi.';
    await signInOn(page, 'bandanvan');
    const admin = await signIn(browser, 'admin', {
      baseURL,
      viewport,
      userAgent,
      deviceScaleFactor,
      isMobile,
      hasTouch,
      locale,
      timezoneId,
    });

    try {
      expect(await visitsInSeedPeriod(admin.page.request)).toBe(SEED_VISITS);

      // ---- The officer records the activity.
      await page.goto('/hoat-dong/moi');
      await expect(page.getByRole('heading', { level: 1, name: 'Ghi hoạt động' })).toBeVisible();
      await expect(page.getByRole('textbox', { name: 'Đơn vị chủ trì' })).toHaveValue('Chi bộ Ban Dân vận Tỉnh ủy');
      await expect(page.getByRole('textbox', { name: 'Đơn vị chủ trì' })).toHaveAttribute('readonly', '');

      await page.getByRole('textbox', { name: 'Tên hoạt động' }).fill(title);
      const start = page.getByRole('textbox', { name: 'Ngày bắt đầu' });
      await start.fill('15/03/2022');
      await start.press('Escape');
      await expect(page.getByRole('textbox', { name: 'Ngày kết thúc' })).toHaveValue('15/03/2022');

      // The communes assigned to the unit on that day come first, in their own group.
      const commune = page.getByRole('combobox', { name: 'Xã, phường, thị trấn' });
      await commune.click();
      const listbox = page.getByRole('listbox');
      await expect(listbox.getByText('Xã được phân công')).toBeVisible();
      await expect(listbox.getByRole('option').first()).toHaveText('Xã Văn Minh (Huyện Na Rì)');
      await commune.press('Escape');
      await choose(page, 'Xã, phường, thị trấn', 'Xã Văn Minh (Huyện Na Rì)', 'van minh');
      await expect(commune).toHaveValue('Xã Văn Minh (Huyện Na Rì)');

      await choose(page, 'Loại hoạt động', 'Hỗ trợ xi măng làm đường bê tông', 'xi mang');
      await choose(page, /Tiêu chí nông thôn mới/, '2. Giao thông', 'giao thong');
      await page.getByRole('textbox', { name: 'Đảng viên' }).fill('12');

      // Two contributions: cash, and cement with its estimated value.
      await page.getByRole('button', { name: 'Thêm khoản đóng góp' }).click();
      const cash = page.getByRole('group', { name: 'Khoản đóng góp 1' });
      await cash.getByRole('textbox', { name: 'Số tiền (đồng)' }).fill('5000000');
      await expect(cash.getByRole('textbox', { name: 'Số tiền (đồng)' })).toHaveValue('5.000.000');

      await page.getByRole('button', { name: 'Thêm khoản đóng góp' }).click();
      const cement = page.getByRole('group', { name: 'Khoản đóng góp 2' });
      await cement.getByText('Hiện vật', { exact: true }).click();
      await cement.getByRole('textbox', { name: 'Tên hiện vật' }).fill('Xi măng');
      await cement.getByRole('textbox', { name: 'Số lượng' }).fill('5');
      await cement.getByRole('textbox', { name: 'Đơn vị tính' }).fill('tấn');
      await cement.getByRole('textbox', { name: 'Trị giá ước tính (đồng)' }).fill('8500000');
      await choose(page, 'Cách xác định trị giá', 'Theo hoá đơn, chứng từ');

      // A photo, as if taken on the spot, with its caption.
      await page.locator('input[type="file"][multiple]').setInputFiles({
        name: 'be-tong-na-pan.jpg',
        mimeType: 'image/jpeg',
        buffer: PHOTO_JPEG,
      });
      await page.getByRole('textbox', { name: 'Chú thích ảnh 1' }).fill('Đảng viên trộn bê tông');
      await expectNoAxeViolations(page, 'biểu mẫu ghi hoạt động');

      await page.getByRole('button', { name: 'Lưu và gửi duyệt' }).click();
      await expect(page).toHaveURL(/\/hoat-dong\/\d+$/);
      const activityUrl = new URL(page.url()).pathname;
      await expect(page.getByTestId('activity-notice')).toContainText('Đã lưu và gửi duyệt');
      await expect(page.getByTestId('activity-status')).toHaveText('Chờ duyệt');
      const contributions = page.getByTestId('contributions-table');
      await expect(contributions).toContainText('5.000.000 đồng');
      await expect(contributions).toContainText('Xi măng: 5 tấn');
      await expect(contributions).toContainText('8.500.000 đồng');
      const gallery = page.getByTestId('photo-gallery');
      await expect(gallery.getByRole('img', { name: 'Đảng viên trộn bê tông' })).toBeVisible();
      await expectNoAxeViolations(page, 'trang hoạt động (cán bộ)');

      // ---- The committee returns it with a reason.
      await admin.page.goto(activityUrl);
      await expect(admin.page.getByTestId('activity-status')).toHaveText('Chờ duyệt');
      await expectNoAxeViolations(admin.page, 'trang hoạt động (quản trị)');
      await admin.page.getByRole('button', { name: 'Trả lại' }).click();
      const dialog = admin.page.getByRole('dialog', { name: 'Trả lại hoạt động' });
      await dialog.getByRole('button', { name: 'Trả lại' }).click();
      await expect(dialog.getByText('Không được để trống')).toBeVisible();
      await dialog.getByRole('textbox', { name: 'Lý do trả lại' }).fill(returnReason);
      await dialog.getByRole('button', { name: 'Trả lại' }).click();
      await expect(admin.page.getByTestId('activity-status')).toHaveText('Trả lại');

      // ---- The officer sees the reason in the list, fixes the activity and sends it again.
      await page.goto(`/hoat-dong?status=returned&q=${encodeURIComponent('kiem thu')}`);
      const card = page.getByTestId('activity-card').filter({ hasText: title });
      await expect(card.getByTestId('returned-comment')).toHaveText(`Bị trả lại: ${returnReason}`);
      await expectNoAxeViolations(page, 'danh sách hoạt động');
      await card.getByRole('link', { name: title }).click();
      await expect(page.getByTestId('returned-comment')).toContainText(returnReason);
      await page.getByRole('link', { name: 'Sửa' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Sửa hoạt động' })).toBeVisible();
      await page.getByRole('textbox', { name: 'Nhân dân địa phương' }).fill('40');
      await page.getByRole('textbox', { name: /được hưởng lợi/ }).fill('35');
      await expectNoAxeViolations(page, 'biểu mẫu sửa hoạt động');
      await page.getByRole('button', { name: 'Lưu và gửi duyệt' }).click();
      await expect(page).toHaveURL(new RegExp(`${activityUrl}$`));
      await expect(page.getByTestId('activity-status')).toHaveText('Chờ duyệt');
      await expect(page.getByTestId('activity-summary')).toContainText('Nhân dân địa phương: 40');

      // ---- The committee approves it: one more lượt in the seed period.
      await admin.page.goto(activityUrl);
      await admin.page.getByRole('button', { name: 'Duyệt' }).click();
      await expect(admin.page.getByTestId('activity-status')).toHaveText('Đã duyệt');
      const history = admin.page.getByTestId('activity-history');
      for (const step of ['Thêm', 'Gửi duyệt', 'Trả lại', 'Sửa', 'Duyệt']) {
        await expect(history.getByText(new RegExp(`^${step} — `)).first()).toBeVisible();
      }
      await expect(history).toContainText(`Lý do: ${returnReason}`);
      await expectHomeVisits(admin.page, SEED_VISITS + 1);

      // ---- Back to the seed: returned, then deleted; the figures are 115 again.
      await admin.page.goto(activityUrl);
      await admin.page.getByRole('button', { name: 'Trả lại' }).click();
      const again = admin.page.getByRole('dialog', { name: 'Trả lại hoạt động' });
      await again.getByRole('textbox', { name: 'Lý do trả lại' }).fill('Dọn dữ liệu kiểm thử');
      await again.getByRole('button', { name: 'Trả lại' }).click();
      await expect(admin.page.getByTestId('activity-status')).toHaveText('Trả lại');
      await admin.page.getByRole('button', { name: 'Xoá' }).click();
      await admin.page
        .getByRole('dialog', { name: 'Xoá hoạt động?' })
        .getByRole('button', { name: 'Xoá hoạt động' })
        .click();
      await expect(admin.page.getByTestId('activity-notice')).toHaveText('Đã xoá hoạt động.');
      await expect(admin.page.getByRole('button', { name: 'Khôi phục' })).toBeVisible();
      await expectHomeVisits(admin.page, SEED_VISITS);
    } finally {
      // Whatever failed above, the next suites find the seed's figures.
      await removeActivity(admin, title);
      expect(await visitsInSeedPeriod(admin.page.request)).toBe(SEED_VISITS);
      await admin.close();
    }
  });
});
