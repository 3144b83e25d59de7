/**
 * Issue 5's journey: a unit officer records an activity on the phone or the desktop (two contributions and
 * a photo) and sends it for review; the committee returns it with a reason; the officer reads the reason,
 * fixes the activity and sends it again; the committee approves it, and the home page counts one more lượt.
 *
 * It runs on any deployment: the activity is today's, in a commune assigned to the officer's unit (both read
 * from the API), and the figures it checks are this month's, read before it starts. The title is unique to the
 * run; the committee deletes the activity at the end, and the `data` fixture does if the test failed before.
 */
import {
  type CoverageStats,
  firstDayOfMonth,
  foldVietnamese,
  formatDate,
  formatInteger,
  monthOf,
  NtmCriteriaSets,
  ntmCriteriaSetOn,
  ntmCriterionLabel,
  todayInVietnam,
} from '@danvan/domain';
import { expect, expectNoAxeViolations, SMOKE, test } from '../fixtures';
import { ActivitiesListPage, ActivityDetailPage, ActivityFormPage, HomePage } from '../pages';

/** A 8×8 red JPEG (269 bytes), as a phone camera would send one, only smaller. */
const PHOTO_JPEG = Buffer.from(
  '/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAAIAAgDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAX/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABQb/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCYAPVb/9k=',
  'base64',
);

test.describe('Ghi hoạt động, gửi duyệt, trả lại, sửa, duyệt', () => {
  // A long journey, but no single step may hang it: each action gives up after a while.
  test.describe.configure({ timeout: 180_000 });
  test.use({ role: 'officer', actionTimeout: 15_000, navigationTimeout: 15_000 });

  test(
    'a unit officer records an activity with contributions and a photo; the committee reviews it',
    SMOKE,
    async ({ page, pageAs, api, data }) => {
      const today = todayInVietnam();
      const period = { from: firstDayOfMonth(monthOf(today)), to: today };
      const { unit, commune } = await data.officerScope(today);
      const communeOption = `${commune.name} (${commune.district})`;
      const criterionSet = ntmCriteriaSetOn(today);
      const criterion = ntmCriterionLabel({ set: criterionSet, number: 2 });
      const title = data.unique('Hỗ trợ xi măng làm đường bê tông thôn Nà Pàn');
      data.removeActivities(title);
      const returnReason = 'Đề nghị bổ sung số người dân tham gia và số hộ được hưởng lợi.';
      const visits = async () =>
        (await (await api('admin')).get<CoverageStats>(`/stats/coverage?from=${period.from}&to=${period.to}`)).visits;
      const before = await visits();

      // ---- The officer records the activity.
      const form = new ActivityFormPage(page);
      await form.gotoNew();
      await expect(form.heading('Ghi hoạt động')).toBeVisible();
      await expect(form.unit).toHaveValue(unit.name);
      await expect(form.unit).toHaveAttribute('readonly', '');

      await form.title.fill(title);
      await form.setStartDate(formatDate(today));
      await expect(form.endDate).toHaveValue(formatDate(today));

      // The communes assigned to the unit on that day come first, in their own group.
      await form.commune.click();
      const listbox = page.getByRole('listbox');
      await expect(listbox.getByText('Xã được phân công')).toBeVisible();
      await expect(listbox.getByRole('option', { name: communeOption, exact: true }).first()).toBeVisible();
      await form.commune.press('Escape');
      await form.choose('Xã, phường, thị trấn', communeOption, foldVietnamese(commune.name));
      await expect(form.commune).toHaveValue(communeOption);

      await form.choose('Loại hoạt động', 'Hỗ trợ xi măng làm đường bê tông', 'xi mang');
      const criterionName = NtmCriteriaSets[criterionSet].criteria[1] ?? '';
      await form.choose(/Tiêu chí nông thôn mới/, criterion, foldVietnamese(criterionName));
      await form.field('Đảng viên').fill('12');

      // Two contributions: cash, and cement with its estimated value; a photo with its caption.
      await form.addCash(1, '5000000', '5.000.000');
      await form.addItem(2, {
        item: 'Xi măng',
        quantity: '5',
        measureUnit: 'tấn',
        valueVnd: '8500000',
        valuation: 'Theo hoá đơn, chứng từ',
      });
      await form.addPhoto(
        1,
        { name: 'be-tong-na-pan.jpg', mimeType: 'image/jpeg', buffer: PHOTO_JPEG },
        'Đảng viên trộn bê tông',
      );
      await expectNoAxeViolations(page, 'biểu mẫu ghi hoạt động');

      await form.saveAndSubmit();
      await expect(page).toHaveURL(/\/hoat-dong\/\d+$/);
      const activityUrl = new URL(page.url()).pathname;
      const detail = new ActivityDetailPage(page);
      await expect(detail.notice).toContainText('Đã lưu và gửi duyệt');
      await expect(detail.status).toHaveText('Chờ duyệt');
      await expect(detail.contributions).toContainText('5.000.000 đồng');
      await expect(detail.contributions).toContainText('Xi măng: 5 tấn');
      await expect(detail.contributions).toContainText('8.500.000 đồng');
      await expect(detail.gallery.getByRole('img', { name: 'Đảng viên trộn bê tông' })).toBeVisible();
      await expectNoAxeViolations(page, 'trang hoạt động (cán bộ)');

      // ---- The committee returns it with a reason (which it must give).
      const committee = new ActivityDetailPage(await pageAs('admin'));
      await committee.goto(activityUrl);
      await expect(committee.status).toHaveText('Chờ duyệt');
      await expectNoAxeViolations(committee.page, 'trang hoạt động (quản trị)');
      await committee.startReturn();
      await committee.confirmReturn();
      await expect(committee.returnDialog.getByText('Không được để trống')).toBeVisible();
      await committee.confirmReturn(returnReason);
      await expect(committee.status).toHaveText('Trả lại');

      // ---- The officer sees the reason in the list, fixes the activity and sends it again.
      const list = new ActivitiesListPage(page);
      await list.goto({ status: 'returned', q: title });
      const card = list.card(title);
      await expect(card.getByTestId('returned-comment')).toHaveText(`Bị trả lại: ${returnReason}`);
      await expectNoAxeViolations(page, 'danh sách hoạt động');
      await card.getByRole('link', { name: title }).click();
      await expect(detail.returnedComment).toContainText(returnReason);
      await detail.edit();
      await expect(form.heading('Sửa hoạt động')).toBeVisible();
      await form.field('Nhân dân địa phương').fill('40');
      await form.field(/được hưởng lợi/).fill('35');
      await expectNoAxeViolations(page, 'biểu mẫu sửa hoạt động');
      await form.saveAndSubmit();
      await expect(page).toHaveURL(new RegExp(`${activityUrl}$`));
      await expect(detail.status).toHaveText('Chờ duyệt');
      await expect(detail.summary).toContainText('Nhân dân địa phương: 40');

      // ---- The committee approves it: one more lượt this month.
      await committee.goto(activityUrl);
      await committee.approve();
      await expect(committee.status).toHaveText('Đã duyệt');
      for (const step of ['Thêm', 'Gửi duyệt', 'Trả lại', 'Sửa', 'Duyệt']) {
        await expect(committee.history.getByText(new RegExp(`^${step} — `)).first()).toBeVisible();
      }
      await expect(committee.history).toContainText(`Lý do: ${returnReason}`);
      const home = new HomePage(committee.page);
      await home.goto(period);
      await expect(home.stat('visits')).toHaveText(formatInteger(before + 1));

      // ---- The committee takes it back and deletes it: the figures are as before.
      await committee.goto(activityUrl);
      await committee.returnWith('Dọn dữ liệu kiểm thử');
      await expect(committee.status).toHaveText('Trả lại');
      await committee.delete();
      await expect(committee.notice).toHaveText('Đã xoá hoạt động.');
      await expect(committee.restoreButton).toBeVisible();
      await home.goto(period);
      await expect(home.stat('visits')).toHaveText(formatInteger(before));
      expect(await visits()).toBe(before);
    },
  );
});
