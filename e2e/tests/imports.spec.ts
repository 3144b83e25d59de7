/**
 * Issue 7's import page, on a 360-pixel phone screen: the template downloads, a CSV with a mistake is
 * checked (the wrong cell marked), axe finds nothing wrong, the valid rows are written as drafts.
 *
 * Every suite shares one demo database (home.spec.ts expects the seed's 115 lượt): the imported activities
 * are drafts dated far ahead, with a title unique per run and project, and are deleted at the end.
 */
import AxeBuilder from '@axe-core/playwright';
import { IMPORT_COLUMNS, type ListResult } from '@danvan/domain';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';

const PASSWORD = 'danvan-demo';

test.describe.configure({ timeout: 60_000 });

async function signIn(page: Page, username: string): Promise<string> {
  const res = await page.request.post('/api/v1/auth/login', { data: { username, password: PASSWORD } });
  expect(res.ok(), `đăng nhập ${username}`).toBe(true);
  return ((await res.json()) as { csrfToken: string }).csrfToken;
}

function csv(lines: Record<string, string>[]): Buffer {
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const rows = [IMPORT_COLUMNS.map((c) => c.header), ...lines.map((l) => IMPORT_COLUMNS.map((c) => l[c.key] ?? ''))];
  return Buffer.from(`\uFEFF${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`);
}

async function deleteImported(request: APIRequestContext, csrf: string, tag: string) {
  const res = await request.get(`/api/v1/activities?q=${encodeURIComponent(tag)}&limit=500`);
  if (!res.ok()) return;
  const { items } = (await res.json()) as ListResult<{ id: number; version: number }>;
  for (const item of items) {
    await request.delete(`/api/v1/activities/${item.id}`, {
      headers: { 'x-csrf-token': csrf, 'if-match': `"${item.version}"` },
    });
  }
}

test.describe('Nhập dữ liệu', () => {
  test('checks a file, marks the wrong cell, and writes the valid rows, at 360 px', async ({ page }, info) => {
    const csrf = await signIn(page, 'admin');
    const tag = `E2E nhập ${info.project.name} ${Date.now()}`;
    try {
      await page.setViewportSize({ width: 360, height: 780 });
      await page.goto('/nhap-du-lieu');
      await expect(page.getByRole('heading', { level: 1, name: 'Nhập dữ liệu từ Excel' })).toBeVisible();

      const template = await page.request.get(
        (await page.getByRole('link', { name: 'Tải mẫu Excel (.xlsx)' }).getAttribute('href')) ?? '',
      );
      expect(template.ok()).toBe(true);
      expect(template.headers()['content-type']).toContain('spreadsheetml');

      const activity = (title: string, extra: Record<string, string> = {}) => ({
        title: `${title} ${tag}`,
        units: 'CB-BDVTU',
        commune: 'xa tan lap',
        startDate: '05/03/2040',
        categories: 'Vệ sinh môi trường',
        ...extra,
      });
      await page.locator('input[type="file"]').setInputFiles({
        name: 'hoat-dong.csv',
        mimeType: 'text/csv',
        buffer: csv([
          activity('Dọn vệ sinh đường thôn', {
            kind: 'Ngày công',
            source: 'Cán bộ, đảng viên tự nguyện đóng góp',
            quantity: '12',
          }),
          { kind: 'Tiền mặt', source: 'Xã hội hóa', valueVnd: '2.000.000' },
          activity('Trồng cây xanh', { categories: 'Trồng, chăm sóc hoa, cây xanh' }),
          activity('Xã không có', { commune: 'Xã Không Có Thật' }),
        ]),
      });
      await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
      await expect(page.getByRole('group', { name: 'Hợp lệ, sẽ được ghi: 2' })).toBeVisible();
      await expect(page.getByRole('group', { name: 'Có lỗi, sẽ bỏ qua: 1' })).toBeVisible();
      await expect(
        page.getByText('Dòng 5, cột "Xã": Không tìm thấy xã "Xã Không Có Thật"', { exact: false }),
      ).toBeVisible();
      await expect(page.getByText('Xã Không Có Thật (có lỗi)')).toBeVisible();

      // Nothing sticks out of a 360-pixel screen, and axe finds nothing wrong.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.html).join(' ')}`)).toEqual([]);

      await page.getByRole('radio', { name: 'Bản nháp' }).check();
      await page.getByRole('button', { name: 'Ghi 2 hoạt động vào hệ thống' }).click();
      await expect(page.getByText('Đã thêm 2 hoạt động và 2 khoản đóng góp.')).toBeVisible();
      const imported = await page.request.get(`/api/v1/activities?q=${encodeURIComponent(tag)}`);
      const list = (await imported.json()) as ListResult<{ status: string; contributions: unknown[] }>;
      expect(list.items.map((a) => a.status)).toEqual(['draft', 'draft']);
    } finally {
      await deleteImported(page.request, csrf, tag);
    }
  });
});
