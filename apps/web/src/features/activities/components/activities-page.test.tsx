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
  renderApp(url);
  return mock;
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
