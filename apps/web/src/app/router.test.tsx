import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  adminSessionFixture,
  coverageFixture,
  demoHealthFixture,
  officerSessionFixture,
  problemReply,
  viewerSessionFixture,
} from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { mockFetch } from '@/testing/test-utils';

const ME = '/api/v1/auth/me';
const HEALTH = '/api/v1/health';
const COVERAGE = '/api/v1/stats/coverage';
const LOGOUT = '/api/v1/auth/logout';
const unauthorized = problemReply(401, 'Chưa đăng nhập', { detail: 'Phiên đăng nhập đã hết hạn' });

describe('the application shell', () => {
  it('names the product and committee, lists only existing pages and says when the data is illustrative', async () => {
    mockFetch({
      [ME]: [{ body: adminSessionFixture }],
      [HEALTH]: [{ body: demoHealthFixture }],
      [COVERAGE]: [{ body: coverageFixture }],
    });
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Tổng quan' })).toBeInTheDocument();
    const banner = screen.getByRole('banner');
    expect(banner).toHaveTextContent('Dân vận cơ sở');
    expect(banner).toHaveTextContent('Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh');

    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    const links = within(nav).getAllByRole('link');
    expect(links[0]).toHaveTextContent('Tổng quan');
    expect(links.map((link) => link.textContent)).toEqual(
      expect.arrayContaining(['Duyệt hoạt động', 'Kế hoạch', 'Khó khăn, kiến nghị']),
    );
    expect(links[0]).toHaveAttribute('aria-current', 'page');

    expect(screen.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' })).toHaveAttribute('href', '#main-content');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
    expect(await screen.findByTestId('demo-banner')).toHaveTextContent('Dữ liệu minh hoạ');
  });

  it('shows no demo banner for real data', async () => {
    mockFetch({
      [ME]: [{ body: adminSessionFixture }],
      [HEALTH]: [{ body: { ...demoHealthFixture, demo: false } }],
      [COVERAGE]: [{ body: coverageFixture }],
    });
    renderApp('/');
    await screen.findByTestId('stat-visits-value');
    expect(screen.queryByTestId('demo-banner')).not.toBeInTheDocument();
  });

  it('answers an unknown address with a Vietnamese 404 page inside the shell', async () => {
    mockFetch({ [ME]: [{ body: adminSessionFixture }], [HEALTH]: [{ body: demoHealthFixture }] });
    renderApp('/khong-co-trang-nay');
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Về trang Tổng quan' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('navigation', { name: 'Điều hướng chính' })).toBeInTheDocument();
  });
});

describe('who is signed in', () => {
  it('shows the name and role of the user in the header', async () => {
    mockFetch({
      [ME]: [{ body: adminSessionFixture }],
      [HEALTH]: [{ body: demoHealthFixture }],
      [COVERAGE]: [{ body: coverageFixture }],
    });
    renderApp('/');
    const header = await screen.findByRole('banner');
    const user = await within(header).findByTestId('current-user');
    expect(user).toHaveTextContent('Nguyễn Văn Quản');
    expect(user).toHaveTextContent('Quản trị (Ban Dân vận, Đảng ủy Khối)');
    expect(within(user).getByRole('button', { name: 'Đăng xuất' })).toBeInTheDocument();
  });

  it('names the unit of a unit officer', async () => {
    mockFetch({
      [ME]: [{ body: officerSessionFixture }],
      [HEALTH]: [{ body: demoHealthFixture }],
      [COVERAGE]: [{ body: coverageFixture }],
    });
    renderApp('/');
    const user = await within(await screen.findByRole('banner')).findByTestId('current-user');
    expect(user).toHaveTextContent('Trần Thị Vân');
    expect(user).toHaveTextContent('Cán bộ đơn vị · Chi bộ Ban Dân vận Tỉnh ủy');
  });

  it('signs out: calls the API with the CSRF token, forgets the cached data and shows the login page', async () => {
    const { requests, calls } = mockFetch({
      [ME]: [{ body: viewerSessionFixture }, unauthorized],
      [HEALTH]: [{ body: demoHealthFixture }],
      [COVERAGE]: [{ body: coverageFixture }],
      [LOGOUT]: [{ status: 204 }],
    });
    const { router, queryClient } = renderApp('/');
    await screen.findByTestId('stat-visits-value');

    const header = screen.getByRole('banner');
    fireEvent.click(within(header).getByRole('button', { name: 'Đăng xuất' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/dang-nhap');
    expect(screen.getByRole('status')).toHaveTextContent('Bạn đã đăng xuất.');
    const logout = requests.find((r) => r.url === LOGOUT);
    expect(logout).toMatchObject({ method: 'POST', headers: { 'x-csrf-token': 'csrf-viewer-token' } });
    await waitFor(() =>
      expect(queryClient.getQueryData(['stats', 'coverage', coverageFixture.period])).toBeUndefined(),
    );
    // Nothing still on screen was made to fetch again once the data was dropped.
    expect(calls.filter((url) => url.startsWith(COVERAGE) || url.startsWith(ME))).toHaveLength(2);
  });
});

describe('the session guard', () => {
  it('sends a visitor without a session to the login page, with the address to come back to', async () => {
    const { calls } = mockFetch({ [ME]: [unauthorized], [HEALTH]: [{ body: demoHealthFixture }] });
    const { router } = renderApp('/?from=2021-10-01&to=2021-12-31');

    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/dang-nhap');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/?from=2021-10-01&to=2021-12-31');
    // No page asked for data before the session was known.
    expect(calls.some((url) => url.startsWith(COVERAGE))).toBe(false);
  });

  it('goes to the login page, keeping the address, when any later request answers 401', async () => {
    mockFetch({
      [ME]: [{ body: adminSessionFixture }, unauthorized],
      [HEALTH]: [{ body: demoHealthFixture }],
      [COVERAGE]: [unauthorized],
    });
    const { router } = renderApp('/?from=2021-10-01&to=2021-12-31');

    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/dang-nhap');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/?from=2021-10-01&to=2021-12-31');
    expect(screen.getByRole('status')).toHaveTextContent('Phiên đăng nhập đã hết hạn');
  });

  it('takes someone already signed in from the login page on to `next`', async () => {
    mockFetch({
      [ME]: [{ body: adminSessionFixture }],
      [HEALTH]: [{ body: demoHealthFixture }],
      [COVERAGE]: [{ body: coverageFixture }],
    });
    const { router } = renderApp('/dang-nhap?next=%2F%3Ffrom%3D2021-10-01%26to%3D2021-12-31');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tổng quan' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?from=2021-10-01&to=2021-12-31');
  });
});
