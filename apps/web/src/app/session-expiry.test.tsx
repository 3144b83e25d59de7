import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, onTestFinished } from 'vitest';
import { LoginRoute } from '@/app/routes/login';
import { loginLoader, requireSession } from '@/app/routes/session-guard';
import { connectSessionToApiClient } from '@/app/session-expiry';
import { useDraft } from '@/hooks/use-draft';
import { apiClient } from '@/lib/api-client';
import { adminSessionFixture, demoHealthFixture, problemReply } from '@/testing/fixtures';
import { createTestQueryClient, mockFetch, renderRoutes } from '@/testing/test-utils';

/** Stands in for the activity forms to come: a draft-backed form that saves with a POST. */
function ActivityForm() {
  const draft = useDraft('activity:new', { title: '', participants: '' });
  const [saved, setSaved] = useState(false);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        apiClient
          .post('/activities', { body: draft.values })
          .then(() => {
            draft.clear();
            setSaved(true);
          })
          .catch(() => {});
      }}
    >
      <h1>Ghi hoạt động</h1>
      <label>
        Tên hoạt động
        <input value={draft.values.title} onChange={(e) => draft.setField('title', e.currentTarget.value)} />
      </label>
      <label>
        Số người tham gia
        <input
          value={draft.values.participants}
          onChange={(e) => draft.setField('participants', e.currentTarget.value)}
        />
      </label>
      <button type="submit">Lưu</button>
      {saved ? <p>Đã lưu</p> : null}
    </form>
  );
}

function Loading() {
  return <p>Đang tải…</p>;
}

function renderGuardedForm() {
  const queryClient = createTestQueryClient();
  const routes = [
    { path: '/dang-nhap', loader: loginLoader(queryClient), Component: LoginRoute, HydrateFallback: Loading },
    {
      path: '/',
      middleware: [requireSession(queryClient)],
      HydrateFallback: Loading,
      children: [{ path: 'hoat-dong/moi', Component: ActivityForm }],
    },
  ];
  const result = renderRoutes(routes, { url: '/hoat-dong/moi?don-vi=3', queryClient });
  onTestFinished(connectSessionToApiClient(result.router, queryClient));
  return result;
}

describe('an expired session in the middle of a form', () => {
  it('goes to the login page and back to the form, with what was typed and the new CSRF token', async () => {
    const { requests } = mockFetch({
      '/api/v1/auth/me': [{ body: adminSessionFixture }],
      '/api/v1/health': [{ body: demoHealthFixture }],
      '/api/v1/activities': [problemReply(401, 'Chưa đăng nhập'), { status: 201, body: demoHealthFixture }],
      '/api/v1/auth/login': [{ body: { ...adminSessionFixture, csrfToken: 'csrf-new' } }],
    });
    const { router } = renderGuardedForm();

    await screen.findByRole('heading', { name: 'Ghi hoạt động' });
    fireEvent.change(screen.getByLabelText('Tên hoạt động'), { target: { value: 'Tặng quà Tết' } });
    fireEvent.change(screen.getByLabelText('Số người tham gia'), { target: { value: '45' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    // The session had expired on the server: the save answers 401.
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Phiên đăng nhập đã hết hạn');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/hoat-dong/moi?don-vi=3');

    fireEvent.change(screen.getByLabelText(/Tên đăng nhập/), { target: { value: 'admin' } });
    fireEvent.change(screen.getByLabelText(/^Mật khẩu/), { target: { value: 'danvan-demo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    await screen.findByRole('heading', { name: 'Ghi hoạt động' });
    expect(router.state.location.pathname + router.state.location.search).toBe('/hoat-dong/moi?don-vi=3');
    expect(screen.getByLabelText('Tên hoạt động')).toHaveValue('Tặng quà Tết');
    expect(screen.getByLabelText('Số người tham gia')).toHaveValue('45');

    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã lưu')).toBeInTheDocument();
    const saves = requests.filter((r) => r.url === '/api/v1/activities');
    expect(saves.map((r) => r.headers['x-csrf-token'])).toEqual(['csrf-admin-token', 'csrf-new']);
    expect(saves[1]?.body).toEqual({ title: 'Tặng quà Tết', participants: '45' });
  });
});
