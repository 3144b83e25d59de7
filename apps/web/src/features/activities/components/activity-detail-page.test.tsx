import type { Activity, SessionInfo } from '@danvan/domain';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { activityFixture, auditEntry, COMMUNES, page, photoFixture, UNITS } from '@/features/activities/test-fixtures';
import {
  adminSessionFixture,
  demoHealthFixture,
  officerSessionFixture,
  problemReply,
  viewerSessionFixture,
} from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { mockFetch } from '@/testing/test-utils';

vi.setConfig({ testTimeout: 30_000 });
configure({ asyncUtilTimeout: 5_000 });

const ACTIVITY = '/api/v1/activities/42';
const AUDIT = '/api/v1/audit';
const submitted: Activity = { ...activityFixture, status: 'submitted', reviewComment: null, version: 4 };

type Replies = Parameters<typeof mockFetch>[0];

async function open(session: SessionInfo, replies: Replies = {}) {
  const mock = mockFetch({
    '/api/v1/auth/me': [{ body: session }],
    '/api/v1/health': [{ body: demoHealthFixture }],
    '/api/v1/units': [{ body: page(UNITS) }],
    '/api/v1/communes': [{ body: page(COMMUNES) }],
    [ACTIVITY]: [{ body: activityFixture }],
    '/api/v1/activities/42/photos': [{ body: { items: [photoFixture] } }],
    [AUDIT]: [
      {
        body: page([
          auditEntry(1, 'create', '2022-03-15T02:00:00.000Z'),
          auditEntry(2, 'submit', '2022-03-15T05:00:00.000Z'),
          auditEntry(3, 'return', '2022-03-16T02:00:00.000Z', { reviewComment: 'Đề nghị bổ sung ảnh minh chứng.' }),
        ]),
      },
    ],
    ...replies,
  });
  renderApp('/hoat-dong/42');
  await screen.findByRole('heading', { level: 1, name: activityFixture.title });
  return mock;
}

const button = (name: string) => screen.getByRole('button', { name });
const actionButtons = () =>
  [...screen.getByTestId('workflow-actions').querySelectorAll('a, button')].map((b) => b.textContent);

describe('Trang một hoạt động', () => {
  it('shows everything recorded: units, commune, dates, criteria, participants, money and photos', async () => {
    await open(officerSessionFixture);
    const summary = screen.getByTestId('activity-summary');
    expect(summary).toHaveTextContent('Chi bộ Ban Dân vận Tỉnh ủy');
    expect(summary).toHaveTextContent('Xã Văn Minh (Huyện Na Rì)');
    expect(summary).toHaveTextContent('15/03/2022');
    expect(summary).toHaveTextContent('Hỗ trợ xi măng làm đường bê tông');
    expect(summary).toHaveTextContent('2. Giao thông (QĐ 318/QĐ-TTg (giai đoạn 2021 - 2025))');
    expect(summary).toHaveTextContent('Nhân dân địa phương: 1.200');
    expect(summary).toHaveTextContent('Tổng cộng 1.212 lượt người');

    const table = within(screen.getByTestId('contributions-table')).getByRole('table');
    const [cash, goods, labour] = within(table).getAllByRole('row').slice(1);
    expect(cash).toHaveTextContent('Tiền mặt');
    expect(cash).toHaveTextContent('5.000.000 đồng');
    expect(cash).toHaveTextContent('Cán bộ, đảng viên tự nguyện đóng góp');
    expect(goods).toHaveTextContent('Xi măng: 5 tấn');
    expect(goods).toHaveTextContent('8.500.000 đồng');
    expect(goods).toHaveTextContent('(theo hoá đơn, chứng từ)');
    expect(labour).toHaveTextContent('5,5 ngày công');
    expect(labour).toHaveTextContent('Chi bộ Hội Cựu chiến binh tỉnh');
    expect(screen.getByTestId('contributions-totals')).toHaveTextContent(
      'Tiền mặt: 5.000.000 đồngTrị giá hiện vật: 8.500.000 đồngNgày công: 5,5',
    );

    const photo = await screen.findByRole('img', { name: 'Đảng viên trộn bê tông' });
    expect(photo).toHaveAttribute('src', '/api/v1/photos/4/thumbnail');
    expect(screen.getByRole('link', { name: 'Xem ảnh 1 cỡ lớn' })).toHaveAttribute('href', '/api/v1/photos/4');
  });

  it('gives the unit officer the returned reason and their actions; no history, which is for admins', async () => {
    const { calls } = await open(officerSessionFixture);
    expect(screen.getByTestId('activity-status')).toHaveTextContent('Trả lại');
    expect(screen.getByTestId('returned-comment')).toHaveTextContent('Bị trả lại: Đề nghị bổ sung ảnh minh chứng.');
    expect(actionButtons()).toEqual(['Sửa', 'Gửi duyệt', 'Xoá']);
    expect(screen.getByRole('link', { name: 'Sửa' })).toHaveAttribute('href', '/hoat-dong/42/sua');
    expect(screen.queryByRole('heading', { name: 'Lịch sử thay đổi' })).not.toBeInTheDocument();
    expect(calls.some((url) => url.startsWith(AUDIT))).toBe(false);
  });

  it('offers a viewer nothing to do', async () => {
    await open(viewerSessionFixture);
    expect(screen.queryByTestId('workflow-actions')).not.toBeInTheDocument();
  });

  it('submits with If-Match of the version shown', async () => {
    // The answer to the step, then the record read again once the page refreshes it.
    const { requests } = await open(officerSessionFixture, {
      [ACTIVITY]: [{ body: activityFixture }, { body: submitted }],
      '/api/v1/activities/42/submit': [{ body: submitted }],
    });
    fireEvent.click(button('Gửi duyệt'));
    expect(await screen.findByTestId('activity-notice')).toHaveTextContent('Đã gửi duyệt hoạt động.');
    expect(screen.getByTestId('activity-status')).toHaveTextContent('Chờ duyệt');
    const submit = requests.find((r) => r.url === '/api/v1/activities/42/submit');
    expect(submit).toMatchObject({
      method: 'POST',
      headers: { 'if-match': '"3"', 'x-csrf-token': 'csrf-officer-token' },
    });
  });

  it('deletes after a confirmation, with If-Match', async () => {
    const { requests } = await open(officerSessionFixture, {
      [ACTIVITY]: [
        { body: activityFixture },
        { status: 204 },
        { body: { ...activityFixture, version: 4, deletedAt: '2022-03-17T01:00:00.000Z' } },
      ],
    });
    fireEvent.click(button('Xoá'));
    const dialog = await screen.findByRole('dialog', { name: 'Xoá hoạt động?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xoá hoạt động' }));
    expect(await screen.findByTestId('activity-notice')).toHaveTextContent('Đã xoá hoạt động.');
    expect(requests.find((r) => r.method === 'DELETE')).toMatchObject({
      url: ACTIVITY,
      headers: { 'if-match': '"3"' },
    });
  });

  it('lets an admin approve or return a submitted activity, and shows its history', async () => {
    await open(adminSessionFixture, { [ACTIVITY]: [{ body: submitted }] });
    expect(actionButtons()).toEqual(['Sửa', 'Duyệt', 'Trả lại', 'Xoá']);
    const history = await screen.findByTestId('activity-history');
    expect(history).toHaveTextContent('Thêm — Trần Thị Vân');
    expect(history).toHaveTextContent('15/03/2022 09:00');
    expect(history).toHaveTextContent('Trả lại — Nguyễn Văn Quản');
    expect(history).toHaveTextContent('Lý do: Đề nghị bổ sung ảnh minh chứng.');
  });

  it('asks the reason before returning, and sends it with If-Match', async () => {
    const returned = {
      ...submitted,
      version: 5,
      status: 'returned' as const,
      reviewComment: 'Thiếu danh sách hộ nhận hỗ trợ.',
    };
    const { requests } = await open(adminSessionFixture, {
      [ACTIVITY]: [{ body: submitted }, { body: returned }],
      '/api/v1/activities/42/return': [{ body: returned }],
    });
    fireEvent.click(button('Trả lại'));
    const dialog = await screen.findByRole('dialog', { name: 'Trả lại hoạt động' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Trả lại' }));
    expect(within(dialog).getByRole('textbox', { name: /Lý do trả lại/ })).toHaveAccessibleDescription(
      'Không được để trống',
    );
    expect(requests.some((r) => r.url.endsWith('/return'))).toBe(false);

    fireEvent.change(within(dialog).getByRole('textbox', { name: /Lý do trả lại/ }), {
      target: { value: 'Thiếu danh sách hộ nhận hỗ trợ.' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Trả lại' }));
    expect(await screen.findByTestId('activity-notice')).toHaveTextContent('Đã trả lại hoạt động cho đơn vị.');
    expect(screen.getByTestId('returned-comment')).toHaveTextContent('Bị trả lại: Thiếu danh sách hộ nhận hỗ trợ.');
    expect(requests.find((r) => r.url.endsWith('/return'))).toMatchObject({
      method: 'POST',
      headers: { 'if-match': '"4"' },
      body: { comment: 'Thiếu danh sách hộ nhận hỗ trợ.' },
    });
  });

  it('says that someone else changed the activity (412) and reloads it on request', async () => {
    await open(adminSessionFixture, {
      [ACTIVITY]: [{ body: submitted }, { body: { ...submitted, version: 6, status: 'approved' } }],
      '/api/v1/activities/42/approve': [problemReply(412, 'Bản ghi đã bị thay đổi')],
    });
    fireEvent.click(button('Duyệt'));
    const alert = await screen.findByTestId('write-error');
    expect(alert).toHaveTextContent('Hoạt động vừa được người khác thay đổi');
    fireEvent.click(within(alert).getByRole('button', { name: 'Tải lại bản mới nhất' }));
    await waitFor(() => expect(screen.getByTestId('activity-status')).toHaveTextContent('Đã duyệt'));
    expect(screen.queryByTestId('write-error')).not.toBeInTheDocument();
  });

  it("shows a refusal's reason in the API's words (409: a locked month)", async () => {
    await open(adminSessionFixture, {
      [ACTIVITY]: [{ body: submitted }],
      '/api/v1/activities/42/approve': [
        problemReply(409, 'Tháng đã khoá sổ', {
          detail: 'Tháng 3/2022 đã khoá sổ (Đã báo cáo Tỉnh ủy): không thay đổi được hoạt động của tháng này.',
        }),
      ],
    });
    fireEvent.click(button('Duyệt'));
    const alert = await screen.findByTestId('write-error');
    expect(alert).toHaveTextContent('Không thực hiện được');
    expect(alert).toHaveTextContent('Tháng 3/2022 đã khoá sổ');
  });

  it('lets an admin restore a deleted activity', async () => {
    const deleted = { ...activityFixture, deletedAt: '2022-03-17T01:00:00.000Z' };
    const { requests } = await open(adminSessionFixture, {
      [ACTIVITY]: [{ body: deleted }, { body: { ...activityFixture, version: 5 } }],
      '/api/v1/activities/42/restore': [{ body: { ...activityFixture, version: 5 } }],
    });
    expect(screen.getByText('Hoạt động này đã bị xoá: không còn trong danh sách và số liệu.')).toBeInTheDocument();
    expect(actionButtons()).toEqual(['Khôi phục']);
    fireEvent.click(button('Khôi phục'));
    expect(await screen.findByTestId('activity-notice')).toHaveTextContent('Đã khôi phục hoạt động.');
    expect(requests.find((r) => r.url.endsWith('/restore'))?.headers['if-match']).toBe('"3"');
  });

  it('says so when the activity does not exist or belongs to another unit', async () => {
    mockFetch({
      '/api/v1/auth/me': [{ body: officerSessionFixture }],
      '/api/v1/health': [{ body: demoHealthFixture }],
      '/api/v1/units': [{ body: page(UNITS) }],
      '/api/v1/communes': [{ body: page(COMMUNES) }],
      [ACTIVITY]: [problemReply(404, 'Không tìm thấy')],
    });
    renderApp('/hoat-dong/42');
    expect(await screen.findByRole('alert')).toHaveTextContent('Không tìm thấy hoạt động này');
  });
});
