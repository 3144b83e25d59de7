import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminSessionFixture, coverageFixture, demoHealthFixture, problemReply } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { mockFetch } from '@/testing/test-utils';

const ME = '/api/v1/auth/me';
const LOGIN = '/api/v1/auth/login';
const HEALTH = '/api/v1/health';
const COVERAGE = '/api/v1/stats/coverage';
const notSignedIn = problemReply(401, 'Chưa đăng nhập');
const wrongPassword = problemReply(401, 'Chưa đăng nhập', { detail: 'Tên đăng nhập hoặc mật khẩu không đúng' });

function fillAndSubmit(username: string, password: string) {
  fireEvent.change(screen.getByLabelText(/Tên đăng nhập/), { target: { value: username } });
  fireEvent.change(screen.getByLabelText(/^Mật khẩu/), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
}

async function openLoginPage(url = '/dang-nhap', replies: Parameters<typeof mockFetch>[0] = {}) {
  const mock = mockFetch({
    [ME]: [notSignedIn],
    [HEALTH]: [{ body: demoHealthFixture }],
    [COVERAGE]: [{ body: coverageFixture }],
    ...replies,
  });
  const app = renderApp(url);
  await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' });
  return { ...mock, ...app };
}

describe('Trang Đăng nhập', () => {
  it('is a labelled form with the right autocomplete hints, a title and a password toggle', async () => {
    await openLoginPage();
    expect(document.title).toBe('Đăng nhập — Dân vận cơ sở');
    const username = screen.getByLabelText(/Tên đăng nhập/);
    const password = screen.getByLabelText(/^Mật khẩu/);
    expect(username).toHaveAttribute('autocomplete', 'username');
    expect(password).toHaveAttribute('autocomplete', 'current-password');
    expect(password).toHaveAttribute('type', 'password');

    const toggle = screen.getByRole('button', { name: 'Hiện mật khẩu' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    // Mantine toggles on mouse-down (so the input keeps focus) and on Enter/Space.
    fireEvent.mouseDown(toggle);
    expect(password).toHaveAttribute('type', 'text');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    fireEvent.keyDown(toggle, { key: 'Enter' });
    expect(password).toHaveAttribute('type', 'password');
  });

  it('signs in and goes on to the `next` address', async () => {
    const { requests, router } = await openLoginPage('/dang-nhap?next=%2F%3Ffrom%3D2021-10-01%26to%3D2021-12-31', {
      [LOGIN]: [{ body: adminSessionFixture }],
    });
    fillAndSubmit(' Admin ', 'danvan-demo');

    expect(await screen.findByRole('heading', { level: 1, name: 'Tổng quan' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    expect(router.state.location.search).toBe('?from=2021-10-01&to=2021-12-31');
    const login = requests.find((r) => r.url === LOGIN);
    // The domain's LoginInputSchema trims and lower-cases the username.
    expect(login).toMatchObject({ method: 'POST', body: { username: 'admin', password: 'danvan-demo' } });
    expect(login?.headers['content-type']).toBe('application/json');
    expect(await within(screen.getByRole('banner')).findByText('Nguyễn Văn Quản')).toBeInTheDocument();
  });

  it('goes to the home page when `next` points to another site', async () => {
    const { router } = await openLoginPage('/dang-nhap?next=%2F%2Fevil.example%2Fphish', {
      [LOGIN]: [{ body: adminSessionFixture }],
    });
    fillAndSubmit('admin', 'danvan-demo');
    await screen.findByRole('heading', { level: 1, name: 'Tổng quan' });
    expect(router.state.location.pathname).toBe('/');
    expect(router.state.location.search).toBe('');
  });

  it('explains wrong credentials in Vietnamese, keeps the username and asks for the password again', async () => {
    await openLoginPage('/dang-nhap', { [LOGIN]: [wrongPassword] });
    fillAndSubmit('bandanvan', 'sai-mat-khau');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không đăng nhập được');
    expect(alert).toHaveTextContent('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(screen.getByLabelText(/Tên đăng nhập/)).toHaveValue('bandanvan');
    const password = screen.getByLabelText(/^Mật khẩu/);
    expect(password).toHaveValue('');
    expect(password).toHaveFocus();
  });

  it('says how many minutes to wait after too many attempts', async () => {
    await openLoginPage('/dang-nhap', {
      [LOGIN]: [
        problemReply(429, 'Quá nhiều yêu cầu', {
          detail: 'Thử lại sau',
          headers: { 'retry-after': '600' },
        }),
      ],
    });
    fillAndSubmit('admin', 'sai-mat-khau');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Tạm khoá đăng nhập');
    expect(alert).toHaveTextContent('Vui lòng thử lại sau 10 phút.');
  });

  it('rounds a wait of less than a minute up to one minute', async () => {
    await openLoginPage('/dang-nhap', {
      [LOGIN]: [problemReply(429, 'Quá nhiều yêu cầu', { headers: { 'retry-after': '20' } })],
    });
    fillAndSubmit('admin', 'sai-mat-khau');
    expect(await screen.findByRole('alert')).toHaveTextContent('thử lại sau 1 phút');
  });

  it('shows the field messages of the domain schema next to the fields, without calling the API', async () => {
    const { calls } = await openLoginPage();
    fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    const username = screen.getByLabelText(/Tên đăng nhập/);
    expect(username).toHaveAttribute('aria-invalid', 'true');
    expect(username).toHaveAccessibleDescription('Nhập tên đăng nhập');
    expect(screen.getByLabelText(/^Mật khẩu/)).toHaveAccessibleDescription('Nhập mật khẩu');
    expect(username).toHaveFocus();
    expect(calls.some((url) => url.startsWith(LOGIN))).toBe(false);

    fireEvent.change(username, { target: { value: 'admin' } });
    expect(username).not.toHaveAttribute('aria-invalid', 'true');
  });

  it("shows the server's field errors next to the fields", async () => {
    await openLoginPage('/dang-nhap', {
      [LOGIN]: [
        problemReply(400, 'Dữ liệu không hợp lệ', {
          errors: [{ path: 'username', message: 'Tên đăng nhập quá dài' }],
        }),
      ],
    });
    fillAndSubmit('admin', 'danvan-demo');
    await waitFor(() =>
      expect(screen.getByLabelText(/Tên đăng nhập/)).toHaveAccessibleDescription('Tên đăng nhập quá dài'),
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains a network failure', async () => {
    await openLoginPage('/dang-nhap', { [LOGIN]: [new TypeError('Failed to fetch')] });
    fillAndSubmit('admin', 'danvan-demo');
    expect(await screen.findByRole('alert')).toHaveTextContent('Không kết nối được máy chủ');
  });

  it('keeps the typed username (never the password) through a reload of the page', async () => {
    const first = await openLoginPage();
    fireEvent.change(screen.getByLabelText(/Tên đăng nhập/), { target: { value: 'bandanvan' } });
    fireEvent.change(screen.getByLabelText(/^Mật khẩu/), { target: { value: 'bi-mat-123' } });
    first.unmount();
    expect(JSON.stringify(Object.entries(window.sessionStorage))).not.toContain('bi-mat-123');

    renderApp('/dang-nhap');
    expect(await screen.findByLabelText(/Tên đăng nhập/)).toHaveValue('bandanvan');
    expect(screen.getByLabelText(/^Mật khẩu/)).toHaveValue('');
  });

  it('lists the demo accounts when the server runs on illustrative data', async () => {
    await openLoginPage();
    const box = await screen.findByTestId('demo-accounts');
    expect(box).toHaveTextContent('Tài khoản dùng thử');
    for (const username of ['admin', 'bandanvan', 'viewer']) {
      expect(within(box).getByRole('row', { name: new RegExp(username) })).toBeInTheDocument();
    }
    expect(within(box).getByRole('row', { name: /bandanvan/ })).toHaveTextContent('Chi bộ Ban Dân vận Tỉnh ủy');
    expect(box).toHaveTextContent('danvan-demo');
  });

  it('does not list demo accounts for real data', async () => {
    await openLoginPage('/dang-nhap', { [HEALTH]: [{ body: { ...demoHealthFixture, demo: false } }] });
    await waitFor(() => expect(screen.queryByTestId('demo-accounts')).not.toBeInTheDocument());
  });
});
