import type { SessionInfo } from '@danvan/domain';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { activityFixture, COMMUNES, page, UNITS } from '@/features/activities/test-fixtures';
import { adminSessionFixture, demoHealthFixture, officerSessionFixture, problemReply } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { mockFetch } from '@/testing/test-utils';

vi.setConfig({ testTimeout: 30_000 });
configure({ asyncUtilTimeout: 5_000 });

const ACTIVITIES = '/api/v1/activities';
const approved = {
  ...activityFixture,
  id: 41,
  title: 'Trồng cây xanh tuyến đường thôn Bình Minh',
  status: 'approved' as const,
  reviewComment: null,
  startDate: '2022-03-13',
  endDate: '2022-03-14',
};

function open(url: string, session: SessionInfo, list: unknown[] = [activityFixture, approved]) {
  const mock = mockFetch({
    '/api/v1/auth/me': [{ body: session }],
    '/api/v1/health': [{ body: demoHealthFixture }],
    '/api/v1/units': [{ body: page(UNITS) }],
    '/api/v1/communes': [{ body: page(COMMUNES) }],
    [ACTIVITIES]: [{ body: { ...page(list), limit: 20 } }],
  });
  return { ...mock, ...renderApp(url) };
}

describe('Trang Hoạt động', () => {
  it("lists an officer's activities with their status, and a returned one's reason where it cannot be missed", async () => {
    const { calls } = open('/hoat-dong', officerSessionFixture);
    expect(await screen.findByRole('heading', { level: 1, name: 'Hoạt động' })).toBeInTheDocument();
    expect(screen.getByText('Các hoạt động của Chi bộ Ban Dân vận Tỉnh ủy.')).toBeInTheDocument();
    expect(await screen.findByTestId('list-total')).toHaveTextContent('Tìm thấy 2 hoạt động');

    const [returned, done] = screen.getAllByTestId('activity-card');
    expect(within(returned!).getByTestId('activity-status')).toHaveTextContent('Trả lại');
    expect(within(returned!).getByTestId('returned-comment')).toHaveTextContent(
      'Bị trả lại: Đề nghị bổ sung ảnh minh chứng.',
    );
    expect(within(returned!).getByRole('link', { name: activityFixture.title })).toHaveAttribute(
      'href',
      '/hoat-dong/42',
    );
    expect(returned).toHaveTextContent('15/03/2022 · Xã Văn Minh (Huyện Na Rì)');
    expect(within(done!).getByTestId('activity-status')).toHaveTextContent('Đã duyệt');
    expect(done).toHaveTextContent('13/03/2022 – 14/03/2022');
    expect(within(done!).queryByTestId('returned-comment')).not.toBeInTheDocument();

    // In the navigation and at the top of the page.
    expect(screen.getAllByRole('link', { name: 'Ghi hoạt động' })).toHaveLength(2);
    // An officer's list is their unit's already: no unit filter, no deleted activities.
    const filters = screen.getByTestId('activity-filters');
    expect(within(filters).queryByRole('combobox', { name: 'Đơn vị' })).not.toBeInTheDocument();
    expect(within(filters).queryByRole('combobox', { name: 'Hoạt động đã xoá' })).not.toBeInTheDocument();
    expect(calls.filter((url) => url.startsWith(ACTIVITIES))).toEqual([
      '/api/v1/activities?sort=-startDate&page=1&limit=20',
    ]);
  });

  it('takes its filters from the URL, sends them to the API and to the CSV download, and drops invalid ones', async () => {
    const { calls } = open(
      '/hoat-dong?status=returned&from=2022-03-01&to=2022-03-31&communeId=52&category=duong_be_tong&q=van%20minh&page=2&unitId=abc',
      officerSessionFixture,
    );
    await screen.findByTestId('list-total');
    const query = new URL(calls.find((url) => url.startsWith(ACTIVITIES))!, 'http://x').searchParams;
    expect(Object.fromEntries(query)).toEqual({
      q: 'van minh',
      status: 'returned',
      from: '2022-03-01',
      to: '2022-03-31',
      communeId: '52',
      category: 'duong_be_tong',
      sort: '-startDate',
      page: '2',
      limit: '20',
    });
    const csv = screen.getByRole('link', { name: /Tải về CSV/ });
    const csvQuery = new URL(csv.getAttribute('href')!, 'http://x');
    expect(csvQuery.pathname).toBe('/api/v1/activities');
    expect(csvQuery.searchParams.get('format')).toBe('csv');
    expect(csvQuery.searchParams.get('status')).toBe('returned');
    expect(csvQuery.searchParams.get('page')).toBeNull();

    expect(screen.getByRole('combobox', { name: 'Trạng thái' })).toHaveValue('Trả lại');
    expect(screen.getByRole('textbox', { name: 'Từ ngày' })).toHaveValue('01/03/2022');
    expect(screen.getByRole('searchbox', { name: /Tìm kiếm/ })).toHaveValue('van minh');
  });

  it('says which filters of a dashboard’s link narrow the list, each with a button that removes it', async () => {
    const dashboardLink =
      '/hoat-dong?status=approved&from=2021-09-10&to=2022-03-18&unitGroup=so_nganh&district=Huyện%20Na%20Rì' +
      '&remote=true&ntm=qd318_2022:2&mainCategory=tang_qua&source=can_bo_dong_gop&contributionKind=tien_mat,hien_vat' +
      '&contributionUnitId=5&contributionUnitGroup=so_nganh&item=xi%20măng&measureUnit=tấn';
    const { calls, router } = open(dashboardLink, adminSessionFixture);
    await screen.findByTestId('list-total');
    expect(
      Object.fromEntries(new URL(calls.find((url) => url.startsWith(ACTIVITIES))!, 'http://x').searchParams),
    ).toMatchObject({
      unitGroup: 'so_nganh',
      mainCategory: 'tang_qua',
      contributionKind: 'tien_mat,hien_vat',
      contributionUnitId: '5',
      contributionUnitGroup: 'so_nganh',
      item: 'xi măng',
      measureUnit: 'tấn',
    });
    const group = screen.getByRole('group', { name: 'Các điều kiện lọc khác đang áp dụng' });
    expect(group).toHaveTextContent(/^Đang lọc:/);
    expect(
      within(group)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Nhóm đơn vị tổ chức: Sở, ban, ngành tỉnh',
      'Huyện Na Rì',
      'Xã vùng sâu, vùng xa',
      expect.stringMatching(/^Tiêu chí nông thôn mới: 2\. .+ \(QĐ 318/),
      'Loại hoạt động chính: Tặng gạo, chăn ấm, xe đạp',
      'Nguồn đóng góp: Cán bộ, đảng viên tự nguyện đóng góp',
      'Có đóng góp bằng: tiền mặt, hiện vật',
      'Đơn vị đóng góp: Chi bộ Hội Cựu chiến binh tỉnh',
      'Nhóm đơn vị đóng góp: Sở, ban, ngành tỉnh',
      'Hiện vật: xi măng (tấn)',
    ]);
    expect(group).toHaveTextContent('Các điều kiện về đóng góp phải cùng đúng với một khoản đóng góp.');

    // The focus goes on to the next filter's button.
    fireEvent.click(within(group).getByRole('button', { name: 'Bỏ điều kiện lọc Xã vùng sâu, vùng xa' }));
    await waitFor(() => expect(router.state.location.search).not.toContain('remote'));
    await waitFor(() =>
      expect(document.activeElement).toHaveAccessibleName(/^Bỏ điều kiện lọc Tiêu chí nông thôn mới/),
    );
    expect(router.state.location.search).toContain('unitGroup=so_nganh');
    // An item goes with its measure unit.
    fireEvent.click(within(group).getByRole('button', { name: 'Bỏ điều kiện lọc Hiện vật: xi măng (tấn)' }));
    await waitFor(() => expect(router.state.location.search).not.toContain('item='));
    expect(router.state.location.search).not.toContain('measureUnit=');
    await waitFor(() =>
      expect(document.activeElement).toHaveAccessibleName('Bỏ điều kiện lọc Nhóm đơn vị đóng góp: Sở, ban, ngành tỉnh'),
    );
    // The fields above the list show the rest; "Xoá bộ lọc" clears everything.
    fireEvent.click(screen.getByRole('button', { name: 'Xoá bộ lọc' }));
    await waitFor(() => expect(screen.queryByTestId('other-filters')).not.toBeInTheDocument());
  });

  it('shows an officer the unit of a link, which has no field for them', async () => {
    open('/hoat-dong?unitId=3&status=approved', officerSessionFixture);
    await screen.findByTestId('list-total');
    const group = screen.getByRole('group', { name: 'Các điều kiện lọc khác đang áp dụng' });
    expect(
      within(group)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Đơn vị tổ chức: Chi bộ Ban Dân vận Tỉnh ủy']);
  });

  it('shows no summary when every filter has its field', async () => {
    open('/hoat-dong?unitId=3&status=approved&deleted=include', adminSessionFixture);
    await screen.findByTestId('list-total');
    expect(screen.queryByTestId('other-filters')).not.toBeInTheDocument();
  });

  it('says when a period is the wrong way round, without asking the API', async () => {
    const { calls } = open('/hoat-dong?from=2022-03-31&to=2022-03-01', officerSessionFixture);
    expect(await screen.findByText('Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.')).toBeInTheDocument();
    expect(calls.some((url) => url.startsWith(ACTIVITIES))).toBe(false);
  });

  it('gives admins a unit filter and the deleted activities', async () => {
    const { calls } = open('/hoat-dong?deleted=only', adminSessionFixture);
    await screen.findByTestId('list-total');
    const filters = screen.getByTestId('activity-filters');
    expect(within(filters).getByRole('combobox', { name: 'Đơn vị' })).toBeInTheDocument();
    expect(within(filters).getByRole('combobox', { name: 'Hoạt động đã xoá' })).toHaveValue('Chỉ hoạt động đã xoá');
    expect(calls.find((url) => url.startsWith(ACTIVITIES))).toContain('deleted=only');
  });

  it('shows an empty state when nothing matches', async () => {
    open('/hoat-dong?status=submitted', officerSessionFixture, []);
    expect(await screen.findByTestId('list-empty')).toHaveTextContent('Không có hoạt động nào khớp bộ lọc');
  });

  it('explains a failed load and retries it', async () => {
    mockFetch({
      '/api/v1/auth/me': [{ body: officerSessionFixture }],
      '/api/v1/health': [{ body: demoHealthFixture }],
      '/api/v1/units': [{ body: page(UNITS) }],
      '/api/v1/communes': [{ body: page(COMMUNES) }],
      // The loader's prefetch and the page's own try both fail.
      [ACTIVITIES]: [
        problemReply(500, 'Lỗi máy chủ'),
        problemReply(500, 'Lỗi máy chủ'),
        { body: { ...page([approved]), limit: 20 } },
      ],
    });
    renderApp('/hoat-dong');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không tải được danh sách hoạt động');
    fireEvent.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    await waitFor(() => expect(screen.getByTestId('list-total')).toHaveTextContent('Tìm thấy 1 hoạt động'));
  });
});
