import type { PlanActual } from '@danvan/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  adminSessionFixture,
  demoHealthFixture,
  officerSessionFixture,
  problemReply,
  viewerSessionFixture,
} from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { communesFixture, listOf, planFixture, unitsFixture } from '@/testing/review-plans-fixtures';
import { mockFetch } from '@/testing/test-utils';

const ME = '/api/v1/auth/me';
const PLAN_ACTUAL = '/api/v1/stats/plan-actual';
const PLANS = '/api/v1/plans';
const SLOW = { timeout: 5000 };

const bdv = { unitId: 1, unitName: 'Chi bộ Ban Dân vận Tỉnh ủy' };
const vanMinh = { communeId: 52, communeName: 'Xã Văn Minh', district: 'Huyện Na Rì' };
const bangVan = { communeId: 87, communeName: 'Xã Bằng Vân', district: 'Huyện Ngân Sơn' };

const planActual: PlanActual = {
  fromMonth: '2022-02',
  toMonth: '2022-04',
  unitId: 1,
  months: ['2022-02', '2022-03', '2022-04'],
  rows: [
    { ...bdv, ...bangVan, month: '2022-03', planned: 0, actual: 1, submitted: 0, status: 'unplanned' },
    { ...bdv, ...vanMinh, month: '2022-02', planned: 1, actual: 1, submitted: 0, status: 'met' },
    { ...bdv, ...vanMinh, month: '2022-03', planned: 2, actual: 1, submitted: 1, status: 'not_met' },
    { ...bdv, ...vanMinh, month: '2022-04', planned: 1, actual: 0, submitted: 0, status: 'not_met' },
  ],
  total: 2,
  page: 1,
  limit: 50,
  pages: 1,
  byMonth: [
    { month: '2022-02', planned: 1, actual: 1, submitted: 0 },
    { month: '2022-03', planned: 2, actual: 2, submitted: 1 },
    { month: '2022-04', planned: 1, actual: 0, submitted: 0 },
  ],
  totals: { planned: 4, actual: 3, submitted: 1, met: 1, notMet: 2, unplanned: 1 },
};

const plans = [
  planFixture(1, { month: '2022-02', plannedDate: '2022-02-27', content: 'Trồng cây xanh nhà văn hoá thôn Bản Cậu' }),
  planFixture(2, { month: '2022-03', plannedDate: null, content: 'Tuyên truyền phòng, chống dịch Covid-19' }),
];

function replies(session = adminSessionFixture) {
  return {
    [ME]: [{ body: session }],
    '/api/v1/health': [{ body: demoHealthFixture }],
    [PLAN_ACTUAL]: [{ body: planActual }],
    [PLANS]: [{ body: listOf(plans, 20) }],
    '/api/v1/units': [{ body: listOf(unitsFixture, 500) }],
    '/api/v1/communes': [{ body: listOf(communesFixture, 500) }],
  };
}

const query = (url: string | undefined) => Object.fromEntries(new URLSearchParams(url?.split('?')[1]));

describe('Kế hoạch: kế hoạch so với thực hiện', { timeout: 20_000 }, () => {
  it('shows months across and communes down, each cell met or not in words and marks, not colour alone', async () => {
    const { calls } = mockFetch(replies());
    renderApp('/ke-hoach?unitId=1&fromMonth=2022-02&toMonth=2022-04');

    const table = await screen.findByRole('table', { name: /số hoạt động đã duyệt \/ số kế hoạch/ }, SLOW);
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['Xã', 'T2/22Tháng 2/2022', 'T3/22Tháng 3/2022', 'T4/22Tháng 4/2022']);

    const vanMinhRow = within(table).getByRole('row', { name: /Xã Văn Minh/ });
    const cells = within(vanMinhRow).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('✓ Đạt kế hoạch');
    expect(cells[0]).toHaveTextContent('Kế hoạch 1, đã thực hiện 1');
    expect(cells[1]).toHaveTextContent('✗ Chưa đạt kế hoạch');
    expect(cells[1]).toHaveTextContent('1/2');
    expect(cells[1]).toHaveTextContent('1 hoạt động chờ duyệt');
    expect(cells[2]).toHaveTextContent('Chưa đạt kế hoạch');
    expect(cells[2]).toHaveTextContent('0/1');

    const bangVanRow = within(table).getByRole('row', { name: /Xã Bằng Vân/ });
    const bangVanCells = within(bangVanRow).getAllByRole('cell');
    expect(bangVanCells[0]).toHaveTextContent('Không có kế hoạch, không có hoạt động');
    expect(bangVanCells[1]).toHaveTextContent('+ Ngoài kế hoạch');

    const total = within(table).getByRole('row', { name: /Tổng cộng/ });
    expect(within(total).getAllByRole('cell')[1]).toHaveTextContent('2/2');

    expect(screen.getByTestId('plan-actual-planned-value')).toHaveTextContent('4');
    expect(screen.getByTestId('plan-actual-met-value')).toHaveTextContent('1');
    expect(screen.getByTestId('plan-actual-notMet-value')).toHaveTextContent('2');

    expect(query(calls.find((u) => u.startsWith(PLAN_ACTUAL)))).toEqual({
      unitId: '1',
      fromMonth: '2022-02',
      toMonth: '2022-04',
    });
    // The plans behind it, for the same unit and months.
    const list = await screen.findByRole('table', { name: /Các kế hoạch/ });
    expect(within(list).getByRole('row', { name: /Tháng 2\/2022/ })).toHaveTextContent('27/02/2022');
    expect(within(list).getByRole('row', { name: /Tháng 3\/2022/ })).toHaveTextContent('Chưa định ngày');
    expect(query(calls.find((u) => u.startsWith(`${PLANS}?`)))).toMatchObject({
      unitId: '1',
      fromMonth: '2022-02',
      toMonth: '2022-04',
      sort: 'month',
    });
  });

  it('pages the places of every unit, keeping the page in the address, with totals over all of them', async () => {
    const second: PlanActual = {
      ...planActual,
      unitId: null,
      rows: [{ ...bdv, ...bangVan, month: '2022-03', planned: 0, actual: 1, submitted: 0, status: 'unplanned' }],
      total: 51,
      page: 2,
      pages: 2,
    };
    const { calls } = mockFetch({
      ...replies(),
      [PLAN_ACTUAL]: [{ body: { ...planActual, unitId: null, total: 51, pages: 2 } }, { body: second }],
    });
    const { router } = renderApp('/ke-hoach?fromMonth=2022-02&toMonth=2022-04');
    const pages = await screen.findByRole('navigation', { name: 'Các trang của bảng kế hoạch so với thực hiện' }, SLOW);
    expect(screen.getByText('Hiển thị 1–50 trong 51')).toBeInTheDocument();
    // The first page is asked without a page number; the totals are the whole answer's.
    expect(query(calls.find((u) => u.startsWith(PLAN_ACTUAL)))).toEqual({ fromMonth: '2022-02', toMonth: '2022-04' });

    fireEvent.click(within(pages).getByRole('button', { name: 'Trang 2' }));
    await waitFor(() => expect(router.state.location.search).toContain('placesPage=2'));
    await screen.findByText('Hiển thị 51–51 trong 51');
    expect(query(calls.filter((u) => u.startsWith(PLAN_ACTUAL)).at(-1))).toEqual({
      fromMonth: '2022-02',
      toMonth: '2022-04',
      page: '2',
    });
    expect(screen.getByTestId('plan-actual-planned-value')).toHaveTextContent('4');
  });

  it('keeps a unit officer to their own unit, whatever the URL says, and lets them add plans', async () => {
    const { calls } = mockFetch(replies(officerSessionFixture));
    renderApp('/ke-hoach?unitId=2&fromMonth=2022-02&toMonth=2022-04');
    await screen.findByRole('table', { name: /số hoạt động đã duyệt/ }, SLOW);
    expect(query(calls.find((u) => u.startsWith(PLAN_ACTUAL))).unitId).toBe(String(officerSessionFixture.user.unitId));
    expect(screen.getByRole('textbox', { name: 'Đơn vị' })).toHaveValue('Chi bộ Ban Dân vận Tỉnh ủy');
    expect(screen.getByRole('link', { name: 'Thêm kế hoạch' })).toBeInTheDocument();
  });

  it('gives a viewer the figures but no way to change plans', async () => {
    mockFetch(replies(viewerSessionFixture));
    renderApp('/ke-hoach?fromMonth=2022-02&toMonth=2022-04');
    const list = await screen.findByRole('table', { name: /Các kế hoạch/ }, SLOW);
    expect(screen.queryByRole('link', { name: 'Thêm kế hoạch' })).not.toBeInTheDocument();
    expect(within(list).queryByRole('link', { name: /Sửa/ })).not.toBeInTheDocument();
  });

  it('falls back to the default months, and says so, when the URL asks for a reversed range', async () => {
    const { calls } = mockFetch(replies());
    renderApp('/ke-hoach?fromMonth=2022-05&toMonth=2022-01');
    expect(await screen.findByText(/Khoảng tháng trong địa chỉ trang không dùng được/, {}, SLOW)).toBeInTheDocument();
    await waitFor(() => expect(calls.some((u) => u.startsWith(PLAN_ACTUAL))).toBe(true));
    expect(query(calls.find((u) => u.startsWith(PLAN_ACTUAL)))).toEqual({ fromMonth: '2022-02', toMonth: '2022-04' });
  });

  it('deletes a plan with If-Match, and explains a 412', async () => {
    const { requests } = mockFetch({
      ...replies(),
      '/api/v1/plans/2': [problemReply(412, 'Bản ghi đã bị thay đổi')],
      '/api/v1/plans/1': [{ status: 204 }],
    });
    renderApp('/ke-hoach?unitId=1&fromMonth=2022-02&toMonth=2022-04');
    const list = await screen.findByRole('table', { name: /Các kế hoạch/ }, SLOW);

    fireEvent.click(
      within(list).getByRole('button', { name: 'Xoá kế hoạch: Tuyên truyền phòng, chống dịch Covid-19' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Xoá kế hoạch?' });
    expect(dialog).toHaveTextContent('Kế hoạch Tháng 3/2022 tại Xã Văn Minh sẽ bị xoá');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xoá' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Kế hoạch đã bị người khác sửa hoặc xoá');
    expect(requests.find((r) => r.url === '/api/v1/plans/2')).toMatchObject({
      method: 'DELETE',
      headers: { 'if-match': '"1"' },
    });

    fireEvent.click(within(list).getByRole('button', { name: /Xoá kế hoạch: Trồng cây xanh/ }));
    fireEvent.click(
      within(await screen.findByRole('dialog', { name: 'Xoá kế hoạch?' })).getByRole('button', { name: 'Xoá' }),
    );
    expect(await screen.findByText('Đã xoá kế hoạch.')).toBeInTheDocument();
  });
});
