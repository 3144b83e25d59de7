import type { SessionInfo } from '@danvan/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { communesFixture, complianceFixture, previousCoverageFixture } from '@/features/dashboards/test-fixtures';
import {
  adminSessionFixture,
  coverageFixture,
  demoHealthFixture,
  officerSessionFixture,
  problemReply,
} from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { communesFixture as communeLookup, districtsOf, listOf, unitsFixture } from '@/testing/review-plans-fixtures';
import { mockFetch } from '@/testing/test-utils';

vi.setConfig({ testTimeout: 30_000 });

const COVERAGE = '/api/v1/stats/coverage';
const COMPLIANCE = '/api/v1/stats/compliance';
const COMMUNE_STATS = '/api/v1/stats/communes';
const SEED = 'from=2021-09-10&to=2022-03-18';

function open(url: string, session: SessionInfo = adminSessionFixture, overrides: Record<string, unknown[]> = {}) {
  const mock = mockFetch({
    '/api/v1/auth/me': [{ body: session }],
    '/api/v1/health': [{ body: demoHealthFixture }],
    '/api/v1/units': [{ body: listOf(unitsFixture, 500) }],
    '/api/v1/communes/districts': [{ body: districtsOf(communeLookup) }],
    [COVERAGE]: [{ body: coverageFixture }],
    // The period of the same length just before the seed's.
    [`${COVERAGE}?from=2021-03-04&to=2021-09-09`]: [{ body: previousCoverageFixture }],
    [COMPLIANCE]: [{ body: complianceFixture }],
    [COMMUNE_STATS]: [{ body: communesFixture }],
    ...(overrides as Record<string, never[]>),
  });
  const result = renderApp(url);
  return { ...mock, ...result };
}

/** Picks an option of a filter (a native select) by their labels, as a reader does. */
function choose(label: string, option: string) {
  const select = screen.getByRole('combobox', { name: label });
  const { value } = within(select).getByRole<HTMLOptionElement>('option', { name: option });
  fireEvent.change(select, { target: { value } });
}

const queryOf = (calls: string[], path: string) =>
  calls.filter((url) => url.startsWith(path)).map((url) => Object.fromEntries(new URL(url, 'http://x').searchParams));

describe('Trang Độ bao phủ', () => {
  it('opens on the seed period with the headline figures, their change and the records behind them', async () => {
    const { calls } = open('/bao-phu');
    expect(await screen.findByRole('heading', { level: 1, name: 'Độ bao phủ' })).toBeInTheDocument();
    expect(screen.getByTestId('dashboard-period')).toHaveTextContent('Từ 10/09/2021 đến 18/03/2022');

    const visits = await screen.findByRole('group', { name: 'Lượt hoạt động' });
    const link = within(visits).getByRole('link', { name: /1\.234 lượt hoạt động — xem các hoạt động đã duyệt/ });
    expect(link).toHaveAttribute('href', `/hoat-dong?status=approved&${SEED}`);
    expect(await within(visits).findByText('Tăng 34 so với kỳ trước')).toBeInTheDocument();
    expect(within(visits).getByText('Kỳ trước: 1.200')).toBeInTheDocument();

    const units = screen.getByRole('group', { name: 'Đơn vị có hoạt động' });
    expect(within(units).getByTestId('kpi-units-value')).toHaveTextContent('1.875 / 2.500');
    expect(within(units).getByText('Không đổi so với kỳ trước')).toBeInTheDocument();
    const onNorm = screen.getByRole('group', { name: 'Đơn vị đạt định mức' });
    expect(within(onNorm).getByText('Giảm 10 so với kỳ trước')).toBeInTheDocument();
    expect(within(onNorm).getByRole('link')).toHaveAttribute('href', expect.stringContaining('unitSort=-rate'));
    expect(screen.getByTestId('kpi-communes-value')).toHaveTextContent('998 / 1.000');

    expect(queryOf(calls, COVERAGE)).toEqual([
      { from: '2021-09-10', to: '2022-03-18' },
      { from: '2021-03-04', to: '2021-09-09' },
    ]);
  });

  it('offers the districts of the API, in its order, and asks for no commune list to find them', async () => {
    const { calls } = open(`/bao-phu?${SEED}`);
    const select = await screen.findByRole('combobox', { name: 'Huyện' });
    const districts = districtsOf(communeLookup).items.map((d) => d.name);
    await waitFor(() =>
      expect(
        within(select)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['Tất cả các huyện', ...districts]),
    );
    expect(calls.filter((url) => url.startsWith('/api/v1/communes?'))).toEqual([]);
  });

  it('draws the monthly compliance and keeps its table for screen readers, shown with links on request', async () => {
    open('/bao-phu');
    const panel = await screen.findByTestId('months-chart');
    // Behind the chart: the same figures, as a table without links.
    const hidden = within(panel).getByRole('table', { name: /Theo từng tháng/ });
    expect(within(hidden).getByRole('row', { name: /Tháng 9\/2021/ })).toHaveTextContent('50%');
    expect(within(hidden).queryByRole('link')).not.toBeInTheDocument();

    const toggle = within(panel).getByRole('button', { name: 'Xem dạng bảng' });
    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const table = within(panel).getByTestId('months-table');
    const september = within(table).getByRole('link', {
      name: /1\.250 — xem các hoạt động đã duyệt trong tháng 9\/2021/,
    });
    expect(september).toHaveAttribute('href', '/hoat-dong?status=approved&from=2021-09-10&to=2021-09-30');
  });

  it('marks the months below the norm with a sign, not colour alone, and links each cell to its activities', async () => {
    open('/bao-phu');
    const matrix = await screen.findByRole('table', { name: /Số lượt của từng đơn vị trong từng tháng/ });
    const bdv = within(matrix).getByRole('row', { name: /Chi bộ Ban Dân vận Tỉnh ủy/ });
    const cells = within(bdv).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('2');
    expect(within(cells[0] as HTMLElement).getByRole('link')).toHaveAttribute(
      'href',
      '/hoat-dong?status=approved&from=2021-09-10&to=2021-09-30&unitId=3',
    );
    expect(cells[1]).toHaveTextContent('0✕chưa đạt định mức');
    expect(cells[4]).toHaveTextContent('50%');

    const agribank = within(matrix).getByRole('row', { name: /Agribank/ });
    expect(within(agribank).getAllByRole('cell')[0]).toHaveTextContent('không được phân công');
    expect(within(agribank).getAllByRole('cell')[4]).toHaveTextContent('100%✓ Đạt');
  });

  it('sorts and pages the matrix on the server, and keeps both in the URL', async () => {
    const { calls, router } = open('/bao-phu');
    const matrix = await screen.findByRole('table', { name: /Số lượt của từng đơn vị/ });
    fireEvent.click(within(matrix).getByRole('button', { name: 'Tỷ lệ tháng đạt' }));
    await waitFor(() => expect(router.state.location.search).toContain('unitSort=rate'));
    await waitFor(() => expect(queryOf(calls, COMPLIANCE).at(-1)).toMatchObject({ sort: 'rate', page: '1' }));

    await waitFor(() =>
      expect(within(matrix).getByRole('columnheader', { name: /Tỷ lệ tháng đạt/ })).toHaveAttribute(
        'aria-sort',
        'ascending',
      ),
    );
    const section = screen.getByRole('region', { name: 'Đơn vị × tháng' });
    fireEvent.click(within(section).getByRole('button', { name: 'Trang 2' }));
    await waitFor(() => expect(router.state.location.search).toContain('unitPage=2'));
    await waitFor(() =>
      expect(queryOf(calls, COMPLIANCE).at(-1)).toMatchObject({ sort: 'rate', page: '2', limit: '25' }),
    );
    expect(router.state.location.search).toContain('unitPage=2');
  });

  it('lists the communes with days since their last activity and the new-rural criteria served', async () => {
    const { calls, router } = open('/bao-phu');
    const table = await screen.findByRole('table', { name: /Các xã được phân công trong kỳ/ });
    expect(within(table).getByRole('row', { name: /Xã Minh Sơn/ })).toHaveTextContent('Chưa có hoạt động');
    const vanMinh = within(table).getByRole('row', { name: /Xã Văn Minh/ });
    expect(vanMinh).toHaveTextContent('01/03/2022');
    expect(vanMinh).toHaveTextContent('17 ngày');
    expect(within(vanMinh).getByRole('link', { name: /^4 hoạt động/ })).toHaveAttribute(
      'href',
      `/hoat-dong?status=approved&${SEED}&communeId=52`,
    );
    expect(within(vanMinh).getByRole('link', { name: /^17\. Môi trường/ })).toHaveAttribute(
      'href',
      `/hoat-dong?status=approved&${SEED}&communeId=52&ntm=qd318_2022%3A17`,
    );
    expect(screen.getByTestId('never-reached-count')).toHaveTextContent('2 xã chưa có hoạt động nào được duyệt');

    choose('Hiển thị', 'Xã chưa có hoạt động');
    await waitFor(() => expect(router.state.location.search).toContain('reached=false'));
    await waitFor(() => expect(queryOf(calls, COMMUNE_STATS).at(-1)).toMatchObject({ reached: 'false' }));
  });

  it('sets the remote communes against the rest', async () => {
    open('/bao-phu');
    const table = await screen.findByRole('table', { name: /tách xã vùng sâu, vùng xa/ });
    const remote = within(table).getByRole('row', { name: /Xã vùng sâu, vùng xa/ });
    expect(remote).toHaveTextContent('300298');
    expect(within(remote).getByRole('link')).toHaveAttribute('href', `/hoat-dong?status=approved&${SEED}&remote=true`);
    expect(within(table).getByRole('row', { name: /Các xã còn lại/ })).toHaveTextContent('1,33');
  });

  it('a period preset and the scope filters go into the URL and every query', async () => {
    const { calls, router } = open('/bao-phu');
    await screen.findByTestId('kpi-visits-value');
    choose('Kỳ báo cáo', 'Quý');
    await waitFor(() => expect(router.state.location.search).toBe('?from=2022-01-01&to=2022-03-31'));
    await waitFor(() =>
      expect(screen.getByTestId('dashboard-period')).toHaveTextContent('Quý I/2022 (từ 01/01/2022 đến 31/03/2022)'),
    );

    choose('Vùng', 'Xã vùng sâu, vùng xa');
    await waitFor(() => expect(router.state.location.search).toContain('remote=true'));
    await waitFor(() =>
      expect(queryOf(calls, COVERAGE)).toContainEqual({ from: '2022-01-01', to: '2022-03-31', remote: 'true' }),
    );
    expect(queryOf(calls, COMPLIANCE).at(-1)).toMatchObject({ from: '2022-01-01', to: '2022-03-31', remote: 'true' });
    expect(await screen.findByText('Phạm vi: xã vùng sâu, vùng xa')).toBeInTheDocument();
  });

  it('shows a unit officer their own unit, without a choice of unit group', async () => {
    const { calls } = open('/bao-phu?unitGroup=so_nganh', officerSessionFixture);
    expect(await screen.findByTestId('dashboard-own-unit')).toHaveTextContent(
      'Số liệu của đơn vị: Chi bộ Ban Dân vận Tỉnh ủy',
    );
    await screen.findByTestId('kpi-visits-value');
    expect(screen.queryByRole('combobox', { name: 'Khối đơn vị' })).not.toBeInTheDocument();
    expect(queryOf(calls, COVERAGE)[0]).toEqual({ from: '2021-09-10', to: '2022-03-18' });
  });

  it("offers each table as Excel and CSV: every row, with the filters, the matrix's order and the communes shown", async () => {
    open(
      `/bao-phu?${SEED}&district=Huyện Bắc Mê&unitGroup=so_nganh&remote=true&unitSort=-rate&unitPage=2&communeSort=-visits&reached=false`,
    );
    await screen.findByTestId('kpi-visits-value');
    const filters = {
      from: '2021-09-10',
      to: '2022-03-18',
      district: 'Huyện Bắc Mê',
      unitGroup: 'so_nganh',
      remote: 'true',
    };
    const links = (table: string) => {
      const group = screen.getByRole('group', { name: `Tải bảng “${table}” về` });
      const [xlsx, csv] = [
        within(group).getByRole('link', { name: 'Tải về Excel' }),
        within(group).getByRole('link', { name: 'Tải về CSV' }),
      ].map((a) => new URL(a.getAttribute('href')!, 'http://x'));
      expect(csv!.pathname).toBe(xlsx!.pathname);
      expect({ ...Object.fromEntries(csv!.searchParams), format: 'xlsx' }).toEqual(
        Object.fromEntries(xlsx!.searchParams),
      );
      expect(csv!.searchParams.get('format')).toBe('csv');
      return { path: xlsx!.pathname, query: Object.fromEntries(xlsx!.searchParams) };
    };
    expect(links('Tỷ lệ đơn vị có hoạt động theo tháng')).toEqual({
      path: '/api/v1/stats/exports/months',
      query: { ...filters, format: 'xlsx' },
    });
    // The whole matrix in its order on screen, not the page shown.
    expect(links('Đơn vị × tháng')).toEqual({
      path: '/api/v1/stats/exports/unit-months',
      query: { ...filters, sort: '-rate', format: 'xlsx' },
    });
    expect(links('Các xã: lần hoạt động gần nhất')).toEqual({
      path: '/api/v1/stats/exports/communes',
      query: { ...filters, sort: '-visits', reached: 'false', format: 'xlsx' },
    });
    expect(links('Xã vùng sâu, vùng xa so với các xã còn lại').path).toBe('/api/v1/stats/exports/remote');
  });

  it('gives a unit officer the downloads of their own unit, without a unit group', async () => {
    open('/bao-phu?unitGroup=so_nganh', officerSessionFixture);
    await screen.findByTestId('kpi-visits-value');
    const group = screen.getByRole('group', { name: 'Tải bảng “Đơn vị × tháng” về' });
    const href = within(group).getByRole('link', { name: 'Tải về CSV' }).getAttribute('href')!;
    expect(Object.fromEntries(new URL(href, 'http://x').searchParams)).toEqual({
      from: '2021-09-10',
      to: '2022-03-18',
      sort: 'name',
      format: 'csv',
    });
  });

  it('says when the figures cannot be loaded, and offers a retry', async () => {
    const replies: unknown[] = [problemReply(500, 'Internal Server Error')];
    open('/bao-phu', adminSessionFixture, { [COVERAGE]: replies });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không tải được số liệu độ bao phủ');
    expect(alert).toHaveTextContent('Máy chủ gặp sự cố');
    replies.splice(0, 1, { body: coverageFixture });
    fireEvent.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByTestId('kpi-visits-value')).toHaveTextContent('1.234');
  });

  it('shows an empty state for a period with nothing assigned', async () => {
    const empty = {
      ...coverageFixture,
      visits: 0,
      activities: 0,
      units: { assigned: 0, active: 0, onNorm: 0 },
      communes: { assigned: 0, reached: 0, coverageRate: null, neverReached: [] },
      months: [],
    };
    open('/bao-phu?from=2030-01-01&to=2030-01-31', adminSessionFixture, { [COVERAGE]: [{ body: empty }] });
    expect(await screen.findByRole('heading', { name: 'Chưa có số liệu' })).toBeInTheDocument();
    expect(screen.getByTestId('dashboard-period')).toHaveTextContent('Tháng 1/2030');
  });
});
