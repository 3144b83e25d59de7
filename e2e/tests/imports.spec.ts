/**
 * Issue 7's import page, on a 360-pixel phone screen: the template downloads, a CSV with a mistake is
 * checked (the wrong cell marked), axe finds nothing wrong, the valid rows are written as drafts.
 *
 * The rows name the officer's unit and its commune (read from the API); the imported activities are drafts
 * dated far ahead, with titles unique to the run, deleted after the test by the `data` fixture.
 */
import { IMPORT_COLUMNS, type ListResult, type Unit } from '@danvan/domain';
import { expect, expectNoAxeViolations, test } from '../fixtures';

test.describe.configure({ timeout: 60_000 });

function csv(lines: Record<string, string>[]): Buffer {
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const rows = [IMPORT_COLUMNS.map((c) => c.header), ...lines.map((l) => IMPORT_COLUMNS.map((c) => l[c.key] ?? ''))];
  return Buffer.from(`\uFEFF${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`);
}

test.describe('Nhập dữ liệu', () => {
  test.use({ role: 'admin' });

  test('checks a file, marks the wrong cell, and writes the valid rows, at 360 px', async ({ page, api, data }) => {
    const admin = await api('admin');
    const { unit, commune } = await data.officerScope();
    const unitCode = (await admin.get<Unit>(`/units/${unit.id}`)).code;
    const tag = data.unique('nhập');
    data.removeActivities(tag);

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
      units: unitCode,
      commune: commune.code,
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
    await expectNoAxeViolations(page, 'Nhập dữ liệu, bản kiểm tra');

    await page.getByRole('radio', { name: 'Bản nháp' }).check();
    await page.getByRole('button', { name: 'Ghi 2 hoạt động vào hệ thống' }).click();
    await expect(page.getByText('Đã thêm 2 hoạt động và 2 khoản đóng góp.')).toBeVisible();
    const imported = await admin.get<ListResult<{ status: string }>>(`/activities?q=${encodeURIComponent(tag)}`);
    expect(imported.items.map((a) => a.status)).toEqual(['draft', 'draft']);
  });
});
