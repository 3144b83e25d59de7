import type { SessionInfo } from '@danvan/domain';
import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  ASSIGNED_COMMUNES,
  activityFixture,
  COMMUNES,
  page,
  UNITS,
  validNewValues,
} from '@/features/activities/test-fixtures';
import { readDraft, writeDraft } from '@/lib/draft-storage';
import { adminSessionFixture, demoHealthFixture, officerSessionFixture, problemReply } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { mockFetch } from '@/testing/test-utils';

const ME = '/api/v1/auth/me';
const HEALTH = '/api/v1/health';
const UNITS_URL = '/api/v1/units';
const COMMUNES_URL = '/api/v1/communes';
const ASSIGNED_URL = '/api/v1/communes?sort=name&unitId=3';
const ACTIVITIES = '/api/v1/activities';

type Replies = Parameters<typeof mockFetch>[0];

// The whole form, in jsdom, on a busy machine: renders take their time.
vi.setConfig({ testTimeout: 30_000 });
configure({ asyncUtilTimeout: 5_000 });

async function openForm(url: string, session: SessionInfo = officerSessionFixture, replies: Replies = {}) {
  const mock = mockFetch({
    [ME]: [{ body: session }],
    [HEALTH]: [{ body: demoHealthFixture }],
    [UNITS_URL]: [{ body: page(UNITS) }],
    [COMMUNES_URL]: [{ body: page(COMMUNES) }],
    [ASSIGNED_URL]: [{ body: page(ASSIGNED_COMMUNES) }],
    ...replies,
  });
  const app = renderApp(url);
  await screen.findByRole('form');
  return { ...mock, ...app };
}

const field = (name: string | RegExp) => screen.getByRole('textbox', { name });
const row = (n: number) => screen.getByRole('group', { name: `Khoản đóng góp ${n}` });
const writes = (requests: { method: string; url: string }[]) =>
  requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.url}`);

describe('Ghi hoạt động: the form', () => {
  it("presets and locks an officer's own unit", async () => {
    await openForm('/hoat-dong/moi');
    expect(screen.getByRole('heading', { level: 1, name: 'Ghi hoạt động' })).toBeInTheDocument();
    const unit = field('Đơn vị chủ trì');
    expect(unit).toHaveValue('Chi bộ Ban Dân vận Tỉnh ủy');
    expect(unit).toHaveAttribute('readonly');
    expect(unit).toHaveAccessibleDescription('Cán bộ đơn vị ghi hoạt động của đơn vị mình.');
  });

  it('lets an admin choose the unit', async () => {
    await openForm('/hoat-dong/moi', adminSessionFixture);
    const unit = screen.getByRole('combobox', { name: /Đơn vị chủ trì/ });
    expect(unit).toHaveValue('');
    expect(unit).not.toHaveAttribute('readonly');
  });

  it('lists the communes assigned to the unit first, under their own heading', async () => {
    const { calls } = await openForm('/hoat-dong/moi');
    const commune = screen.getByRole('combobox', { name: /Xã, phường, thị trấn/ });
    await waitFor(() => expect(calls.some((url) => url.startsWith(ASSIGNED_URL))).toBe(true));
    fireEvent.click(commune);
    const listbox = await screen.findByRole('listbox');
    await waitFor(() => expect(within(listbox).getByText('Xã được phân công')).toBeInTheDocument());
    expect(within(listbox).getByText('Các xã khác')).toBeInTheDocument();
    const options = within(listbox).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      'Xã Văn Minh (Huyện Na Rì)',
      'Thị trấn Chợ Mới (Huyện Chợ Mới)',
      'Xã Bình Văn (Huyện Chợ Mới)',
    ]);
    // Search ignores diacritics: "binh van" finds "Xã Bình Văn".
    act(() => commune.focus());
    fireEvent.change(commune, { target: { value: 'binh van' } });
    await waitFor(() =>
      expect(
        within(screen.getByRole('listbox'))
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['Xã Bình Văn (Huyện Chợ Mới)']),
    );
  });

  it('shows the Vietnamese message of the domain schema next to each field, a contribution row included', async () => {
    const { requests } = await openForm('/hoat-dong/moi');
    fireEvent.click(screen.getByRole('button', { name: 'Thêm khoản đóng góp' }));
    fireEvent.click(within(row(1)).getByRole('radio', { name: 'Hiện vật' }));
    fireEvent.change(within(row(1)).getByRole('textbox', { name: /Số lượng/ }), { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu nháp' }));

    const summary = await screen.findByTestId('form-errors');
    expect(summary).toHaveTextContent('Chưa lưu được: còn thông tin cần sửa');
    expect(field(/Tên hoạt động/)).toHaveAccessibleDescription('Không được để trống');
    expect(field(/Tên hoạt động/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('combobox', { name: /Xã, phường, thị trấn/ })).toHaveAccessibleDescription(
      /Chọn xã nơi tổ chức hoạt động/,
    );
    expect(field(/Ngày bắt đầu/)).toHaveAccessibleDescription('Nhập ngày bắt đầu (dd/mm/yyyy)');
    expect(field(/Ngày kết thúc/)).toHaveAccessibleDescription('Nhập ngày kết thúc (dd/mm/yyyy)');
    expect(screen.getByRole('combobox', { name: /Loại hoạt động/ })).toHaveAccessibleDescription(
      'Chọn ít nhất một loại hoạt động',
    );
    const goods = row(1);
    expect(within(goods).getByRole('textbox', { name: /Tên hiện vật/ })).toHaveAccessibleDescription(
      'Cần ghi tên hiện vật',
    );
    expect(within(goods).getByRole('textbox', { name: /Số lượng/ })).not.toHaveAttribute('aria-invalid');
    expect(within(goods).getByRole('textbox', { name: /Đơn vị tính/ })).toHaveAccessibleDescription(
      'Cần ghi đơn vị tính',
    );
    expect(within(goods).getByRole('textbox', { name: /Trị giá ước tính/ })).toHaveAccessibleDescription(
      'Cần ghi trị giá ước tính',
    );
    expect(within(goods).getByRole('combobox', { name: /Cách xác định trị giá/ })).toHaveAccessibleDescription(
      'Cần ghi cách xác định trị giá',
    );
    // The summary takes the focus and links each message to its field; nothing was sent.
    await waitFor(() => expect(summary).toHaveFocus());
    expect(
      within(summary).getByRole('link', { name: 'Khoản đóng góp 1 — Tên hiện vật: Cần ghi tên hiện vật' }),
    ).toHaveAttribute('href', '#hd-contributions-0-item');
    fireEvent.click(within(summary).getByRole('link', { name: 'Tên hoạt động: Không được để trống' }));
    expect(field(/Tên hoạt động/)).toHaveFocus();
    expect(writes(requests)).toEqual([]);

    // Typing in a field takes its message away; what was typed stays.
    fireEvent.change(field(/Tên hoạt động/), { target: { value: 'Tặng gạo' } });
    expect(field(/Tên hoạt động/)).not.toHaveAttribute('aria-invalid');
    expect(within(goods).getByRole('textbox', { name: /Số lượng/ })).toHaveValue('5');
  });

  it('shows the fields of the kind chosen, with money written 1.000.000', async () => {
    await openForm('/hoat-dong/moi');
    fireEvent.click(screen.getByRole('button', { name: 'Thêm khoản đóng góp' }));
    const cash = within(row(1)).getByRole('textbox', { name: /Số tiền \(đồng\)/ });
    fireEvent.change(cash, { target: { value: '5000000' } });
    expect(cash).toHaveValue('5.000.000');
    expect(within(row(1)).queryByRole('textbox', { name: /Tên hiện vật/ })).not.toBeInTheDocument();

    fireEvent.click(within(row(1)).getByRole('radio', { name: 'Ngày công' }));
    expect(within(row(1)).getByRole('textbox', { name: /Số ngày công/ })).toBeInTheDocument();
    expect(within(row(1)).queryByRole('textbox', { name: /Số tiền/ })).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Xoá khoản đóng góp 1' }));
    expect(screen.queryByRole('group', { name: 'Khoản đóng góp 1' })).not.toBeInTheDocument();
  });

  it("places the API's 400 field errors (contributions.1.quantity…) next to the right inputs", async () => {
    writeDraft('activity:new', validNewValues());
    await openForm('/hoat-dong/moi', officerSessionFixture, {
      [ACTIVITIES]: [
        problemReply(400, 'Dữ liệu không hợp lệ', {
          detail: 'Có 3 lỗi trong nội dung gửi lên',
          errors: [
            { path: 'contributions.1.quantity', message: 'Số lượng quá lớn' },
            { path: 'participants.0.count', message: 'Số người quá lớn' },
            { path: 'communeId', message: 'Không có xã với id 52' },
          ],
        }),
      ],
    });
    expect(screen.getByTestId('draft-restored')).toHaveTextContent('Đã khôi phục nội dung bạn nhập dở lần trước.');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu nháp' }));

    await waitFor(() =>
      expect(within(row(2)).getByRole('textbox', { name: /Số lượng/ })).toHaveAccessibleDescription('Số lượng quá lớn'),
    );
    expect(field('Đảng viên')).toHaveAccessibleDescription('Số người quá lớn');
    expect(screen.getByRole('combobox', { name: /Xã, phường, thị trấn/ })).toHaveAccessibleDescription(
      /Không có xã với id 52/,
    );
    expect(within(row(1)).getByRole('textbox', { name: /Số tiền/ })).not.toHaveAttribute('aria-invalid');
    expect(screen.getByTestId('form-errors')).toHaveTextContent('Có 3 chỗ cần sửa');
  });

  it('saves a new activity, then submits it with If-Match of the version the save returned', async () => {
    writeDraft('activity:new', validNewValues());
    const created = { ...activityFixture, id: 77, version: 1, status: 'draft' as const, reviewComment: null };
    const { requests, router } = await openForm('/hoat-dong/moi', officerSessionFixture, {
      [ACTIVITIES]: [{ status: 201, body: created }],
      '/api/v1/activities/77/submit': [{ body: { ...created, version: 2, status: 'submitted' } }],
      '/api/v1/activities/77': [{ body: { ...created, version: 2, status: 'submitted' } }],
      '/api/v1/activities/77/photos': [{ body: { items: [] } }],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu và gửi duyệt' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/hoat-dong/77'));
    expect(writes(requests)).toEqual(['POST /api/v1/activities', 'POST /api/v1/activities/77/submit']);
    const [create, submit] = requests.filter((r) => r.method === 'POST');
    expect(create?.headers['x-csrf-token']).toBe('csrf-officer-token');
    expect(create?.body).toMatchObject({
      title: 'Tặng quà Tết cho hộ nghèo xã Văn Minh',
      unitIds: [3],
      communeId: 52,
      startDate: '2022-01-20',
      participants: [{ group: 'dang_vien', count: 10 }],
      contributions: [
        { kind: 'tien_mat', unitId: 3, valueVnd: 3_000_000, item: null, quantity: null },
        { kind: 'hien_vat', unitId: 3, item: 'Gạo', quantity: 500, measureUnit: 'kg', valueVnd: 7_500_000 },
      ],
    });
    expect(submit?.headers['if-match']).toBe('"1"');
    expect(await screen.findByTestId('activity-notice')).toHaveTextContent('Đã lưu và gửi duyệt');
    expect(readDraft('activity:new')).toBeUndefined();
  });

  it('saves an edit field by field and row by row, each with its If-Match, then submits at the version reached', async () => {
    const { requests, router } = await openForm('/hoat-dong/42/sua', officerSessionFixture, {
      '/api/v1/activities/42': [
        { body: activityFixture },
        { body: { ...activityFixture, version: 4 } },
        { body: { ...activityFixture, version: 7 } },
        { body: { ...activityFixture, version: 8, status: 'submitted' } },
      ],
      '/api/v1/activities/42/photos': [{ body: { items: [] } }],
      '/api/v1/contributions/9': [{ status: 204 }],
      '/api/v1/contributions/8': [{ body: { ...activityFixture.contributions[1]!, version: 2, quantity: 6 } }],
      '/api/v1/contributions': [{ status: 201, body: { ...activityFixture.contributions[0]!, id: 10 } }],
      '/api/v1/activities/42/submit': [{ body: { ...activityFixture, version: 8, status: 'submitted' } }],
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Sửa hoạt động' })).toBeInTheDocument();
    expect(field(/Tên hoạt động/)).toHaveValue(activityFixture.title);
    expect(field('Nhân dân địa phương')).toHaveValue('1.200');

    fireEvent.change(within(row(2)).getByRole('textbox', { name: /Số lượng/ }), { target: { value: '6' } });
    fireEvent.click(screen.getByRole('button', { name: 'Xoá khoản đóng góp 3' }));
    fireEvent.click(screen.getByRole('button', { name: 'Thêm khoản đóng góp' }));
    fireEvent.change(within(row(3)).getByRole('textbox', { name: /Số tiền/ }), { target: { value: '1000000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu và gửi duyệt' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/hoat-dong/42'));
    const sent = requests.filter((r) => r.method !== 'GET');
    expect(sent.map((r) => [`${r.method} ${r.url}`, r.headers['if-match']])).toEqual([
      ['PATCH /api/v1/activities/42', '"3"'],
      ['DELETE /api/v1/contributions/9', '"1"'],
      ['PATCH /api/v1/contributions/8', '"1"'],
      ['POST /api/v1/contributions', undefined],
      // PATCH made it 4; each of the three contribution writes moved it on by one.
      ['POST /api/v1/activities/42/submit', '"7"'],
    ]);
    expect(sent[0]?.body).not.toHaveProperty('contributions');
    expect(sent[2]?.body).toMatchObject({ kind: 'hien_vat', quantity: 6, item: 'Xi măng' });
    expect(sent[3]?.body).toMatchObject({ activityId: 42, kind: 'tien_mat', valueVnd: 1_000_000, unitId: 3 });
  });

  it('says that someone else changed the activity (412), and reloads the latest version on request', async () => {
    const { requests } = await openForm('/hoat-dong/42/sua', officerSessionFixture, {
      '/api/v1/activities/42': [
        { body: activityFixture },
        problemReply(412, 'Bản ghi đã bị thay đổi', {
          detail: 'Hoạt động đã được người khác sửa (phiên bản hiện tại 4).',
        }),
        { body: { ...activityFixture, version: 4, title: 'Tên mới do người khác sửa' } },
      ],
      '/api/v1/activities/42/photos': [{ body: { items: [] } }],
    });
    fireEvent.change(field(/Tên hoạt động/), { target: { value: 'Tên tôi vừa sửa' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu nháp' }));

    const alert = await screen.findByTestId('write-error');
    expect(alert).toHaveTextContent('Hoạt động vừa được người khác thay đổi');
    expect(field(/Tên hoạt động/)).toHaveValue('Tên tôi vừa sửa');
    fireEvent.click(within(alert).getByRole('button', { name: 'Tải lại bản mới nhất' }));
    await waitFor(() => expect(field(/Tên hoạt động/)).toHaveValue('Tên mới do người khác sửa'));
    expect(screen.queryByTestId('write-error')).not.toBeInTheDocument();
    expect(requests.find((r) => r.method === 'PATCH')?.headers['if-match']).toBe('"3"');
  });

  it('shows the reason of a 409 in the API’s words', async () => {
    writeDraft('activity:new', validNewValues());
    await openForm('/hoat-dong/moi', officerSessionFixture, {
      [ACTIVITIES]: [
        problemReply(409, 'Tháng đã khoá sổ', {
          detail: 'Tháng 1/2022 đã khoá sổ (Đã báo cáo Tỉnh ủy): không thay đổi được hoạt động của tháng này.',
        }),
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu nháp' }));
    const alert = await screen.findByTestId('write-error');
    expect(alert).toHaveTextContent('Không thực hiện được');
    expect(alert).toHaveTextContent('Tháng 1/2022 đã khoá sổ');
  });
});

describe('Ghi hoạt động: photos', () => {
  it('checks the chosen photos, uploads them once the activity is saved, and stays on the form if one fails', async () => {
    writeDraft('activity:new', validNewValues());
    const created = { ...activityFixture, id: 77, version: 1, status: 'draft' as const };
    const { requests, router } = await openForm('/hoat-dong/moi', officerSessionFixture, {
      [ACTIVITIES]: [{ status: 201, body: created }],
      '/api/v1/activities/77': [{ body: created }],
      // The upload and the list of stored photos share the path; both are refused here.
      '/api/v1/activities/77/photos': [
        problemReply(413, 'Ảnh quá lớn', { detail: 'Ảnh quá lớn: tối đa 10 MB mỗi ảnh.' }),
      ],
    });
    const chooser = document.querySelector<HTMLInputElement>('input[type="file"][multiple]')!;
    fireEvent.change(chooser, {
      target: {
        files: [
          new File(['jpeg'], 'be-tong.jpg', { type: 'image/jpeg' }),
          new File(['pdf'], 'danh-sach.pdf', { type: 'application/pdf' }),
        ],
      },
    });
    expect(screen.getByTestId('photo-rejected')).toHaveTextContent(
      'Tệp "danh-sach.pdf" không phải ảnh JPEG, PNG hoặc WebP.',
    );
    // A picked photo cannot go into the draft: the form says so, and the browser asks before the page goes.
    expect(screen.getByTestId('pending-photos-note')).toHaveTextContent('Ảnh chưa được lưu');
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);
    fireEvent.change(field('Chú thích ảnh 1'), { target: { value: 'Đảng viên trộn bê tông' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu và gửi duyệt' }));

    const alert = await screen.findByText('Hoạt động đã được lưu, nhưng còn ảnh chưa tải lên được');
    expect(alert.closest('[role="alert"]')).toHaveTextContent(
      'Ảnh "be-tong.jpg" chưa tải lên được: Ảnh quá lớn: tối đa 10 MB mỗi ảnh.',
    );
    expect(field('Chú thích ảnh 1')).toHaveValue('Đảng viên trộn bê tông');
    expect(router.state.location.pathname).toBe('/hoat-dong/moi');
    expect(writes(requests)).toEqual(['POST /api/v1/activities', 'POST /api/v1/activities/77/photos']);
    // The draft now names the activity, so the next save patches it instead of creating another.
    await waitFor(() => expect(readDraft('activity:new')).toMatchObject({ id: 77, version: 1 }));
  });
});

describe('Ghi hoạt động: nothing typed is lost', () => {
  it('gives the values back after the form is left and opened again', async () => {
    const first = await openForm('/hoat-dong/moi');
    fireEvent.change(field(/Tên hoạt động/), { target: { value: 'Trồng cây xanh thôn Bình Minh' } });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm khoản đóng góp' }));
    fireEvent.change(within(row(1)).getByRole('textbox', { name: /Số tiền/ }), { target: { value: '2500000' } });
    first.unmount();

    await openForm('/hoat-dong/moi');
    expect(field(/Tên hoạt động/)).toHaveValue('Trồng cây xanh thôn Bình Minh');
    expect(within(row(1)).getByRole('textbox', { name: /Số tiền/ })).toHaveValue('2.500.000');
    expect(screen.getByTestId('draft-restored')).toBeInTheDocument();

    // The user may start afresh.
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ nội dung nhập dở' }));
    expect(field(/Tên hoạt động/)).toHaveValue('');
    expect(readDraft('activity:new')).toBeUndefined();
  });

  it('keeps the values through a network error', async () => {
    writeDraft('activity:new', validNewValues());
    await openForm('/hoat-dong/moi', officerSessionFixture, { [ACTIVITIES]: [new TypeError('Failed to fetch')] });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu nháp' }));
    const alert = await screen.findByTestId('write-error');
    expect(alert).toHaveTextContent('Không kết nối được máy chủ');
    expect(alert).toHaveTextContent('Nội dung bạn đã nhập vẫn được giữ nguyên');
    expect(field(/Tên hoạt động/)).toHaveValue('Tặng quà Tết cho hộ nghèo xã Văn Minh');
  });

  it('keeps the values through an expired session: the login page, then the form again', async () => {
    writeDraft('activity:new', validNewValues());
    const expired = problemReply(401, 'Chưa đăng nhập', { detail: 'Phiên đăng nhập đã hết hạn' });
    const first = await openForm('/hoat-dong/moi', officerSessionFixture, {
      [ACTIVITIES]: [expired],
      [ME]: [{ body: officerSessionFixture }, expired],
    });
    fireEvent.change(field(/Tên hoạt động/), { target: { value: 'Phun thuốc khử trùng trường học' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu nháp' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeInTheDocument();
    expect(new URLSearchParams(first.router.state.location.search).get('next')).toBe('/hoat-dong/moi');
    first.unmount();

    // Signed in again (same account): the form comes back as it was left.
    await openForm('/hoat-dong/moi');
    expect(field(/Tên hoạt động/)).toHaveValue('Phun thuốc khử trùng trường học');
    expect(within(row(2)).getByRole('textbox', { name: /Tên hiện vật/ })).toHaveValue('Gạo');
  });

  it('asks before leaving with unsaved changes', async () => {
    const { router } = await openForm('/hoat-dong/moi');
    fireEvent.change(field(/Tên hoạt động/), { target: { value: 'Thắp sáng đường quê' } });
    const crumbs = screen.getByRole('navigation', { name: 'Vị trí trang' });
    fireEvent.click(within(crumbs).getByRole('link', { name: 'Hoạt động' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rời trang khi chưa lưu?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ở lại trang' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe('/hoat-dong/moi');
    expect(field(/Tên hoạt động/)).toHaveValue('Thắp sáng đường quê');
  });
});
