import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminSessionFixture, demoHealthFixture, officerSessionFixture, problemReply } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { activityFixture, communesFixture, listOf, unitsFixture } from '@/testing/review-plans-fixtures';
import { mockFetch } from '@/testing/test-utils';

const ME = '/api/v1/auth/me';
const HEALTH = '/api/v1/health';
const LIST = '/api/v1/activities?';
const REVIEW = '/api/v1/activities/review';

const waiting = [
  activityFixture(82, {
    title: 'Tặng quà Tết hộ nghèo thôn Nà Pài',
    unitIds: [1, 2],
    communeId: 52,
    startDate: '2022-02-10',
    endDate: '2022-02-11',
    categories: ['tang_qua'],
    contributions: [
      {
        id: 1,
        activityId: 82,
        unitId: 1,
        kind: 'tien_mat',
        source: 'can_bo_dong_gop',
        item: null,
        quantity: null,
        measureUnit: null,
        valueVnd: 5_000_000,
        valuationMethod: null,
        note: '',
        version: 1,
        createdAt: '2022-02-11T00:00:00.000Z',
        updatedAt: '2022-02-11T00:00:00.000Z',
      },
      {
        id: 2,
        activityId: 82,
        unitId: 2,
        kind: 'ngay_cong',
        source: 'can_bo_dong_gop',
        item: null,
        quantity: 12,
        measureUnit: null,
        valueVnd: 0,
        valuationMethod: null,
        note: '',
        version: 1,
        createdAt: '2022-02-11T00:00:00.000Z',
        updatedAt: '2022-02-11T00:00:00.000Z',
      },
    ],
  }),
  activityFixture(97, { title: 'Vệ sinh môi trường đường làng', unitIds: [3], communeId: 23, version: 3 }),
  activityFixture(108, { title: 'Phun thuốc khử trùng nhà văn hoá', unitIds: [2], communeId: 87 }),
];

function inbox(items = waiting) {
  return {
    [ME]: [{ body: adminSessionFixture }],
    [HEALTH]: [{ body: demoHealthFixture }],
    [LIST]: [{ body: listOf(items, 20) }],
    '/api/v1/units': [{ body: listOf(unitsFixture, 500) }],
    '/api/v1/communes': [{ body: listOf(communesFixture, 500) }],
  };
}

/** The page's code is a lazy chunk: its first load in a test file may take a while. */
const SLOW = { timeout: 5000 };

function openInbox() {
  return screen.findByRole('list', { name: 'Hoạt động chờ duyệt' }, SLOW);
}

describe('Duyệt hoạt động', { timeout: 20_000 }, () => {
  it('lists the submitted activities, oldest first, with units, commune, dates, categories and money', async () => {
    const { calls } = mockFetch(inbox());
    renderApp('/duyet');

    expect(await screen.findByRole('heading', { level: 1, name: 'Duyệt hoạt động' }, SLOW)).toBeInTheDocument();
    const list = await openInbox();
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    const first = within(list).getByTestId('review-item-82');
    expect(within(first).getByRole('link', { name: 'Tặng quà Tết hộ nghèo thôn Nà Pài' })).toHaveAttribute(
      'href',
      '/hoat-dong/82',
    );
    expect(first).toHaveTextContent('Chi bộ Ban Dân vận Tỉnh ủy');
    expect(first).toHaveTextContent('Chi bộ Hội Cựu chiến binh tỉnh');
    expect(first).toHaveTextContent('Xã Văn Minh (Huyện Na Rì)');
    expect(first).toHaveTextContent('10/02/2022 – 11/02/2022');
    expect(first).toHaveTextContent('Tặng gạo, chăn ấm, xe đạp');
    expect(first).toHaveTextContent('Tiền mặt 5.000.000 đồng');
    expect(first).toHaveTextContent('12 ngày công');
    expect(first).toHaveTextContent('06/03/2022 16:15');
    expect(screen.getByTestId('review-total')).toHaveTextContent('3 hoạt động chờ duyệt');

    const listCall = calls.find((url) => url.startsWith(LIST));
    expect(new URLSearchParams(listCall?.split('?')[1])).toEqual(
      new URLSearchParams({ status: 'submitted', sort: 'updatedAt', limit: '20', page: '1' }),
    );
    // The admin's navigation has the entry, marked as the current page.
    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(within(nav).getByRole('link', { name: 'Duyệt hoạt động' })).toHaveAttribute('aria-current', 'page');
  });

  it('selects several or all on the page, approves them in one call and shows what went through and what did not', async () => {
    const { requests } = mockFetch({
      ...inbox(),
      [REVIEW]: [
        {
          body: {
            results: [
              { id: 82, ok: true, status: 'approved' },
              { id: 97, ok: false, error: 'Tháng 3/2022 đã khoá sổ (Đã báo cáo Tỉnh ủy).' },
              { id: 108, ok: true, status: 'approved' },
            ],
          },
        },
      ],
    });
    const { queryClient } = renderApp('/duyet');
    const list = await openInbox();

    const approveSelected = screen.getByRole('button', { name: 'Duyệt các hoạt động đã chọn' });
    expect(approveSelected).toBeDisabled();
    fireEvent.click(within(list).getByRole('checkbox', { name: /Vệ sinh môi trường đường làng/ }));
    expect(screen.getByTestId('review-selection')).toHaveTextContent('Đã chọn 1 hoạt động');
    const selectAll = screen.getByRole('checkbox', { name: 'Chọn tất cả trên trang này' });
    expect(selectAll).toHaveAttribute('data-indeterminate', 'true');
    fireEvent.click(selectAll);
    expect(screen.getByTestId('review-selection')).toHaveTextContent('Đã chọn 3 hoạt động');
    for (const box of within(list).getAllByRole('checkbox')) expect(box).toBeChecked();

    const stats = ['stats', 'coverage', { from: '2021-09-10', to: '2022-03-18' }];
    queryClient.setQueryData(stats, { visits: 115 });

    fireEvent.click(approveSelected);
    const dialog = await screen.findByRole('dialog', { name: 'Duyệt các hoạt động đã chọn?' });
    expect(dialog).toHaveTextContent('3 hoạt động sẽ được duyệt');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Duyệt' }));

    const results = await screen.findByTestId('review-results');
    expect(results).toHaveTextContent('Thực hiện được 2/3 hoạt động');
    expect(within(results).getByTestId('review-result-82')).toHaveTextContent(
      'Đã duyệt: Tặng quà Tết hộ nghèo thôn Nà Pài',
    );
    expect(within(results).getByTestId('review-result-97')).toHaveTextContent(
      'Không thực hiện được: Vệ sinh môi trường đường làng',
    );
    expect(within(results).getByTestId('review-result-97')).toHaveTextContent('Tháng 3/2022 đã khoá sổ');
    expect(within(results).getByTestId('review-result-108')).toHaveTextContent('Đã duyệt');
    await waitFor(() => expect(results).toHaveFocus());

    const review = requests.find((r) => r.url === REVIEW);
    expect(review).toMatchObject({
      method: 'POST',
      headers: { 'x-csrf-token': 'csrf-admin-token' },
      body: { ids: [82, 97, 108], action: 'approve' },
    });
    // The figures on the home page are out of date now, and the inbox is asked for again.
    expect(queryClient.getQueryState(stats)?.isInvalidated).toBe(true);
    await waitFor(() => expect(requests.filter((r) => r.url.startsWith(LIST))).toHaveLength(2));
    // What failed stays selected, to try again.
    expect(screen.getByTestId('review-selection')).toHaveTextContent('Đã chọn 1 hoạt động');
  });

  it('returns only with a reason: an empty one is refused before anything is sent', async () => {
    const { requests } = mockFetch({
      ...inbox(),
      [REVIEW]: [
        {
          body: {
            results: [
              { id: 82, ok: true, status: 'returned' },
              { id: 108, ok: true, status: 'returned' },
            ],
          },
        },
      ],
    });
    renderApp('/duyet');
    const list = await openInbox();
    fireEvent.click(within(list).getByRole('checkbox', { name: /Tặng quà Tết/ }));
    fireEvent.click(within(list).getByRole('checkbox', { name: /Phun thuốc khử trùng/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Trả lại các hoạt động đã chọn' }));

    const dialog = await screen.findByRole('dialog', { name: 'Trả lại 2 hoạt động' });
    const reason = within(dialog).getByRole('textbox', { name: /Lý do trả lại/ });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Trả lại' }));
    expect(await within(dialog).findByText('Trả lại cần ghi lý do')).toBeInTheDocument();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveFocus();
    expect(requests.some((r) => r.url === REVIEW)).toBe(false);

    fireEvent.change(reason, { target: { value: 'Đề nghị bổ sung ảnh minh chứng' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Trả lại' }));
    const results = await screen.findByTestId('review-results');
    expect(results).toHaveTextContent('Thực hiện được 2/2 hoạt động');
    expect(results).toHaveTextContent('Đã trả lại: Tặng quà Tết hộ nghèo thôn Nà Pài');
    expect(requests.find((r) => r.url === REVIEW)?.body).toEqual({
      ids: [82, 108],
      action: 'return',
      comment: 'Đề nghị bổ sung ảnh minh chứng',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('approves one activity from its row with If-Match, and says so when someone changed it meanwhile', async () => {
    const { requests } = mockFetch({
      ...inbox(),
      '/api/v1/activities/97/approve': [
        problemReply(412, 'Bản ghi đã bị thay đổi', { detail: 'Hoạt động đã được sửa (phiên bản 4).' }),
      ],
      '/api/v1/activities/108/return': [{ body: activityFixture(108, { status: 'returned', version: 3 }) }],
    });
    renderApp('/duyet');
    const list = await openInbox();

    fireEvent.click(within(list).getByRole('button', { name: 'Duyệt hoạt động: Vệ sinh môi trường đường làng' }));
    const results = await screen.findByTestId('review-results');
    expect(within(results).getByTestId('review-result-97')).toHaveTextContent('Không thực hiện được');
    expect(results).toHaveTextContent('Hoạt động đã bị người khác thay đổi');
    expect(requests.find((r) => r.url === '/api/v1/activities/97/approve')).toMatchObject({
      method: 'POST',
      headers: { 'if-match': '"3"' },
    });

    fireEvent.click(within(list).getByRole('button', { name: 'Trả lại hoạt động: Phun thuốc khử trùng nhà văn hoá' }));
    const dialog = await screen.findByRole('dialog', { name: 'Trả lại hoạt động' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Lý do trả lại/ }), {
      target: { value: 'Số người tham gia chưa khớp biên bản' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Trả lại' }));
    expect(await screen.findByTestId('review-result-108')).toHaveTextContent('Đã trả lại');
    expect(requests.find((r) => r.url === '/api/v1/activities/108/return')).toMatchObject({
      headers: { 'if-match': '"2"' },
      body: { comment: 'Số người tham gia chưa khớp biên bản' },
    });
  });

  it('says so when nothing waits for review', async () => {
    mockFetch(inbox([]));
    renderApp('/duyet');
    expect(await screen.findByRole('heading', { name: 'Không có hoạt động nào chờ duyệt' }, SLOW)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Duyệt các hoạt động đã chọn' })).not.toBeInTheDocument();
  });

  it('shows a Vietnamese error with a retry when the inbox cannot be loaded', async () => {
    // The route's prefetch and the page's own fetch both fail; the retry succeeds.
    const failed = problemReply(500, 'Internal Server Error');
    mockFetch({ ...inbox(), [LIST]: [failed, failed, { body: listOf(waiting, 20) }] });
    renderApp('/duyet');
    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent('Không tải được danh sách hoạt động chờ duyệt');
    fireEvent.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await openInbox()).toBeInTheDocument();
  });

  it('is not offered to a unit officer, and says why if opened', async () => {
    const { calls } = mockFetch({
      [ME]: [{ body: officerSessionFixture }],
      [HEALTH]: [{ body: demoHealthFixture }],
    });
    renderApp('/duyet');
    expect(
      await screen.findByText('Chỉ quản trị (Ban Dân vận, Đảng ủy Khối) được duyệt hoạt động.', {}, SLOW),
    ).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(within(nav).queryByRole('link', { name: 'Duyệt hoạt động' })).not.toBeInTheDocument();
    expect(calls.some((url) => url.startsWith(LIST))).toBe(false);
  });
});
