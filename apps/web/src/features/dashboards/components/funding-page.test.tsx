import type { SessionInfo } from '@danvan/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fundingFixture } from '@/features/dashboards/test-fixtures';
import { adminSessionFixture, demoHealthFixture, officerSessionFixture } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { communesFixture, districtsOf, listOf, unitsFixture } from '@/testing/review-plans-fixtures';
import { mockFetch } from '@/testing/test-utils';

vi.setConfig({ testTimeout: 30_000 });

const FUNDING = '/api/v1/stats/funding';
const SEED = 'from=2021-09-10&to=2022-03-18';
const APPROVED = { status: 'approved', from: '2021-09-10', to: '2022-03-18' };

/** The search params of a link, as an object. */
const paramsOf = (link: HTMLElement) =>
  Object.fromEntries(new URL(link.getAttribute('href')!, 'http://x').searchParams);

function open(url: string, funding: unknown = fundingFixture, session: SessionInfo = adminSessionFixture) {
  const mock = mockFetch({
    '/api/v1/auth/me': [{ body: session }],
    '/api/v1/health': [{ body: demoHealthFixture }],
    '/api/v1/units': [{ body: listOf(unitsFixture, 500) }],
    '/api/v1/communes/districts': [{ body: districtsOf(communesFixture) }],
    [FUNDING]: [{ body: funding }],
  });
  return { ...mock, ...renderApp(url) };
}

const fundingCalls = (calls: string[]) =>
  calls
    .filter((url) => url.startsWith(FUNDING))
    .map((url) => Object.fromEntries(new URL(url, 'http://x').searchParams));

describe('Trang Kinh phí, hỗ trợ', () => {
  it('shows cash, goods in kind, labour days and the average per lượt in đồng, each opening its records', async () => {
    const { calls } = open('/kinh-phi');
    expect(await screen.findByRole('heading', { level: 1, name: 'Kinh phí, hỗ trợ' })).toBeInTheDocument();
    expect(await screen.findByTestId('kpi-cash-value')).toHaveTextContent('150 triệu đồng');
    expect(screen.getByRole('group', { name: 'Tiền mặt' })).toHaveTextContent('150.000.000 đồng');
    expect(screen.getByTestId('kpi-in-kind-value')).toHaveTextContent('50 triệu đồng');
    expect(screen.getByTestId('kpi-labour-value')).toHaveTextContent('320,5');
    const average = screen.getByRole('group', { name: 'Bình quân mỗi lượt' });
    expect(within(average).getByTestId('kpi-average-value')).toHaveTextContent('1,74 triệu đồng');
    expect(average).toHaveTextContent('chia cho 115 lượt');
    expect(average).toHaveTextContent('và 2,79 ngày công mỗi lượt');
    // Each total opens the activities with a contribution of its kind.
    expect(
      screen.getByRole('link', { name: '150 triệu đồng — xem các hoạt động đã duyệt có đóng góp tiền mặt' }),
    ).toHaveAttribute('href', `/hoat-dong?status=approved&${SEED}&contributionKind=tien_mat`);
    expect(
      screen.getByRole('link', { name: '50 triệu đồng — xem các hoạt động đã duyệt có đóng góp hiện vật' }),
    ).toHaveAttribute('href', `/hoat-dong?status=approved&${SEED}&contributionKind=hien_vat`);
    expect(
      screen.getByRole('link', { name: '320,5 — xem các hoạt động đã duyệt có đóng góp ngày công' }),
    ).toHaveAttribute('href', `/hoat-dong?status=approved&${SEED}&contributionKind=ngay_cong`);
    // The average is over every lượt: all the approved activities of the period.
    expect(within(average).getByRole('link')).toHaveAttribute('href', `/hoat-dong?status=approved&${SEED}`);
    expect(fundingCalls(calls)).toEqual([{ from: '2021-09-10', to: '2022-03-18', limit: '20' }]);
  });

  it('sets staff contributions against the other sources, with a table behind the chart', async () => {
    open('/kinh-phi');
    expect(await screen.findByTestId('staff-share')).toHaveTextContent(
      'Cán bộ, đảng viên tự nguyện đóng góp chiếm 75% tổng tiền mặt và hiện vật.',
    );
    const panel = screen.getByTestId('source-chart');
    fireEvent.click(within(panel).getByRole('button', { name: 'Xem dạng bảng' }));
    const table = within(panel).getByRole('table', { name: /theo nguồn đóng góp/ });
    const staff = within(table).getByRole('row', { name: /Cán bộ, đảng viên/ });
    expect(staff).toHaveTextContent('120.000.00030.000.000150.000.000');
    expect(staff).toHaveTextContent('75%');
    // Every figure of the row opens the activities with a contribution of that source and of its kinds.
    const links = within(staff).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['120.000.000', '30.000.000', '150.000.000', '300']);
    expect(links.map(paramsOf)).toEqual(
      ['tien_mat', 'hien_vat', 'tien_mat,hien_vat', 'ngay_cong'].map((kind) => ({
        ...APPROVED,
        source: 'can_bo_dong_gop',
        contributionKind: kind,
      })),
    );
    expect(links[0]).toHaveAccessibleName(
      '120.000.000 (tiền mặt) — xem các hoạt động đã duyệt có đóng góp từ nguồn: cán bộ, đảng viên tự nguyện đóng góp',
    );
    expect(paramsOf(within(screen.getByTestId('staff-share')).getByRole('link'))).toEqual({
      ...APPROVED,
      source: 'can_bo_dong_gop',
      contributionKind: 'tien_mat,hien_vat',
    });
  });

  it('opens the exact records of each row: main category, contributing unit, commune, month, item', async () => {
    open('/kinh-phi');
    const section = async (testId: string) => {
      const panel = await screen.findByTestId(testId);
      fireEvent.click(within(panel).getByRole('button', { name: 'Xem dạng bảng' }));
      return panel;
    };
    // By the activity's main (first) category, as the figures attribute its money.
    const category = within(await section('category-chart')).getByRole('row', { name: /đường bê tông/ });
    expect(paramsOf(within(category).getByRole('link', { name: /^40\.000\.000 \(hiện vật\)/ }))).toEqual({
      ...APPROVED,
      mainCategory: 'duong_be_tong',
      contributionKind: 'hien_vat',
    });
    // The month cut to the period.
    const month = within(await section('month-chart')).getAllByRole('row')[1]!;
    expect(paramsOf(within(month).getAllByRole('link')[2]!)).toEqual({
      ...APPROVED,
      to: '2021-09-30',
      contributionKind: 'tien_mat,hien_vat',
    });
    // By the contributing unit, whoever organised the activity.
    const unit = within(screen.getByTestId('unit-funding-table')).getByRole('row', { name: /Chi bộ Ban Dân vận/ });
    const unitLinks = within(unit).getAllByRole('link');
    expect(paramsOf(unitLinks[0]!)).toEqual({ ...APPROVED, contributionKind: 'tien_mat', contributionUnitId: '3' });
    expect(unitLinks[0]).toHaveAccessibleName(
      '20.000.000 (tiền mặt) — xem các hoạt động đã duyệt có đóng góp của Chi bộ Ban Dân vận Tỉnh ủy',
    );
    const commune = within(screen.getByTestId('commune-funding-table')).getByRole('row', { name: /Xã Văn Minh/ });
    expect(paramsOf(within(commune).getAllByRole('link')[3]!)).toEqual({
      ...APPROVED,
      communeId: '52',
      contributionKind: 'ngay_cong',
    });
    // Goods by folded name and measure unit.
    const cement = within(screen.getByTestId('items-table')).getByRole('row', { name: /12 tấn xi măng/ });
    const [value, times] = within(cement).getAllByRole('link');
    expect(paramsOf(value!)).toEqual({ ...APPROVED, item: 'xi măng', measureUnit: 'tấn' });
    expect(value).toHaveAccessibleName(
      '24.000.000 (trị giá) — xem các hoạt động đã duyệt có đóng góp hiện vật: 12 tấn xi măng',
    );
    expect(times).toHaveAccessibleName('3 lần trao — xem các hoạt động đã duyệt có đóng góp hiện vật: 12 tấn xi măng');
  });

  it('narrowed to a unit group, counts only contributions from units of the group', async () => {
    open('/kinh-phi?from=2021-09-10&to=2022-03-18&unitGroup=so_nganh');
    const cash = await screen.findByRole('link', { name: /^150 triệu đồng/ });
    expect(paramsOf(cash)).toEqual({
      ...APPROVED,
      unitGroup: 'so_nganh',
      contributionKind: 'tien_mat',
      contributionUnitGroup: 'so_nganh',
    });
    const items = within(screen.getByTestId('items-table')).getByRole('row', { name: /kg gạo/ });
    expect(paramsOf(within(items).getAllByRole('link')[0]!)).toEqual({
      ...APPROVED,
      unitGroup: 'so_nganh',
      contributionUnitGroup: 'so_nganh',
      item: 'gạo',
      measureUnit: 'kg',
    });
    // A unit's row names the unit itself.
    const unit = within(screen.getByTestId('unit-funding-table')).getByRole('row', { name: /Chi bộ Ban Dân vận/ });
    expect(paramsOf(within(unit).getAllByRole('link')[2]!)).toEqual({
      ...APPROVED,
      unitGroup: 'so_nganh',
      contributionKind: 'tien_mat,hien_vat',
      contributionUnitId: '3',
    });
  });

  it("for a unit officer, counts only their own unit's contributions", async () => {
    open('/kinh-phi', fundingFixture, officerSessionFixture);
    const cash = await screen.findByRole('link', { name: /^150 triệu đồng/ });
    expect(paramsOf(cash)).toEqual({ ...APPROVED, contributionKind: 'tien_mat', contributionUnitId: '3' });
    const commune = within(screen.getByTestId('commune-funding-table')).getByRole('row', { name: /Xã Văn Minh/ });
    expect(paramsOf(within(commune).getAllByRole('link')[0]!)).toEqual({
      ...APPROVED,
      communeId: '52',
      contributionKind: 'tien_mat',
      contributionUnitId: '3',
    });
  });

  it('offers each breakdown as Excel and CSV with the filters, every row rather than the largest shown', async () => {
    open(`/kinh-phi?${SEED}&unitGroup=doanh_nghiep&district=Huyện Ba Bể`);
    await screen.findByTestId('kpi-cash');
    const tables = {
      'Theo nguồn': 'funding-sources',
      'Theo loại hoạt động': 'funding-categories',
      'Theo tháng': 'funding-months',
      'Theo đơn vị': 'funding-units',
      'Theo xã': 'funding-communes',
      'Hiện vật đã trao': 'funding-items',
    };
    for (const [title, table] of Object.entries(tables)) {
      const group = screen.getByRole('group', { name: `Tải bảng “${title}” về` });
      for (const [name, format] of [
        ['Tải về Excel', 'xlsx'],
        ['Tải về CSV', 'csv'],
      ] as const) {
        const url = new URL(within(group).getByRole('link', { name }).getAttribute('href')!, 'http://x');
        expect(url.pathname, title).toBe(`/api/v1/stats/exports/${table}`);
        expect(Object.fromEntries(url.searchParams), title).toEqual({
          from: '2021-09-10',
          to: '2022-03-18',
          district: 'Huyện Ba Bể',
          unitGroup: 'doanh_nghiep',
          format,
        });
      }
    }
  });

  it('lists the goods given as quantity, measure and item', async () => {
    open('/kinh-phi');
    const items = await screen.findByRole('table', { name: /hiện vật đã trao/ });
    expect(within(items).getByRole('row', { name: /12 tấn xi măng/ })).toHaveTextContent('24.000.000');
    expect(within(items).getByRole('row', { name: /1\.500,5 kg gạo/ })).toHaveTextContent('5');
  });

  it('shows the largest units and communes, and all of them on request', async () => {
    const { calls, router } = open('/kinh-phi');
    const units = await screen.findByRole('table', { name: /1 đơn vị đóng góp nhiều nhất, trong 60 đơn vị/ });
    expect(within(units).getByRole('row', { name: /Chi bộ Ban Dân vận Tỉnh ủy/ })).toHaveTextContent('25.000.000');
    fireEvent.click(screen.getByRole('button', { name: 'Xem cả 60 đơn vị' }));
    await waitFor(() => expect(router.state.location.search).toBe('?all=1'));
    await waitFor(() => expect(fundingCalls(calls).at(-1)).toMatchObject({ limit: '10000' }));
  });

  it('shows an empty state when nothing was given in the period', async () => {
    const zero = { cash: 0, inKindValue: 0, labourDays: 0 };
    open('/kinh-phi?from=2030-01-01&to=2030-12-31', {
      ...fundingFixture,
      visits: 0,
      total: zero,
      averagePerVisit: zero,
      bySource: [],
      byCategory: [],
      byUnit: [],
      byCommune: [],
      byMonth: [],
      items: [],
      unitsTotal: 0,
      communesTotal: 0,
    });
    expect(await screen.findByRole('heading', { name: 'Chưa có đóng góp nào' })).toBeInTheDocument();
    expect(screen.getByTestId('dashboard-period')).toHaveTextContent('Năm 2030');
  });
});
