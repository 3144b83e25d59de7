import type { SessionInfo } from '@danvan/domain';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sessionQueryOptions } from '@/features/auth/api/get-session';
import { adminSessionFixture, coverageFixture, officerSessionFixture, viewerSessionFixture } from '@/testing/fixtures';
import { assignmentFixture, communeFixture, directiveFixture, listOf, unitFixture } from '@/testing/registry-fixtures';
import { createTestQueryClient, mockFetch, renderRoutes } from '@/testing/test-utils';
import { AssignmentsListPage } from './assignments/assignments-list-page';
import { UnitDetailPage } from './units/unit-detail-page';
import { UnitEditPage } from './units/unit-form-pages';
import { UnitsListPage } from './units/units-list-page';

/** Generous waits: the suite shares the machine with builds and browsers. */
const WAIT = { timeout: 5000 };
const SLOW = { timeout: 20_000 };

function mockRegistries() {
  return mockFetch({
    '/api/v1/units/1': [{ body: unitFixture }],
    '/api/v1/units': [{ body: listOf([unitFixture]) }],
    '/api/v1/communes': [{ body: listOf([communeFixture]) }],
    '/api/v1/directives': [{ body: listOf([directiveFixture]) }],
    '/api/v1/assignments': [{ body: listOf([assignmentFixture]) }],
    '/api/v1/activities': [{ body: listOf([]) }],
    '/api/v1/stats/coverage': [{ body: coverageFixture }],
  });
}

function renderAs(session: SessionInfo, url: string) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(sessionQueryOptions().queryKey, session);
  return renderRoutes(
    [
      { path: '/don-vi', element: <UnitsListPage /> },
      { path: '/don-vi/:id', element: <UnitDetailPage /> },
      { path: '/don-vi/:id/sua', element: <UnitEditPage /> },
      { path: '/phan-cong', element: <AssignmentsListPage /> },
    ],
    { url, queryClient },
  );
}

describe('Registries: admins edit, everyone else reads', SLOW, () => {
  it('shows a viewer the unit list and its CSV, without add buttons', async () => {
    mockRegistries();
    renderAs(viewerSessionFixture, '/don-vi');
    expect(await screen.findByRole('rowheader', { name: 'Chi bộ Ban Dân vận Tỉnh ủy' }, WAIT)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tải về CSV' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Thêm đơn vị' })).not.toBeInTheDocument();
  });

  it('shows an admin the add button', async () => {
    mockRegistries();
    renderAs(adminSessionFixture, '/don-vi');
    expect(await screen.findByRole('link', { name: 'Thêm đơn vị' }, WAIT)).toHaveAttribute('href', '/don-vi/moi');
  });

  it('gives a viewer or unit officer the whole unit page but no edit, assign or reassign links', async () => {
    for (const session of [viewerSessionFixture, officerSessionFixture]) {
      mockRegistries();
      const { unmount } = renderAs(session, '/don-vi/1');
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Chi bộ Ban Dân vận Tỉnh ủy' }, WAIT),
      ).toBeInTheDocument();
      const history = await screen.findByRole('table', { name: /Các xã đơn vị phụ trách/ }, WAIT);
      expect(within(history).queryByRole('columnheader', { name: 'Thao tác' })).not.toBeInTheDocument();
      expect(screen.queryByRole('link', { name: 'Sửa' })).not.toBeInTheDocument();
      expect(screen.queryByRole('link', { name: 'Phân công thêm xã' })).not.toBeInTheDocument();
      expect(screen.queryByRole('link', { name: /Chuyển phân công/ })).not.toBeInTheDocument();
      unmount();
    }
  });

  it('gives an admin the edit, assign and reassign links on the unit page', async () => {
    mockRegistries();
    renderAs(adminSessionFixture, '/don-vi/1');
    expect(await screen.findByRole('link', { name: 'Sửa' }, WAIT)).toHaveAttribute('href', '/don-vi/1/sua');
    expect(screen.getByRole('link', { name: 'Phân công thêm xã' })).toHaveAttribute('href', '/phan-cong/moi?unitId=1');
    expect(
      await screen.findByRole('link', { name: 'Chuyển phân công Xã Thượng Quan cho đơn vị khác' }, WAIT),
    ).toHaveAttribute('href', '/phan-cong/113/chuyen');
  });

  it('tells a viewer who opens an edit address why there is no form', async () => {
    const { calls } = mockRegistries();
    renderAs(viewerSessionFixture, '/don-vi/1/sua');
    expect(
      await screen.findByRole('heading', { name: 'Chỉ quản trị viên được sửa danh mục' }, WAIT),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lưu' })).not.toBeInTheDocument();
    expect(calls).toEqual([]);
  });

  it('hides the actions column of the assignment list from a viewer', async () => {
    mockRegistries();
    renderAs(viewerSessionFixture, '/phan-cong');
    const table = await screen.findByRole('table', { name: 'Danh sách phân công phụ trách xã' }, WAIT);
    expect(within(table).queryByRole('columnheader', { name: 'Thao tác' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Thêm phân công' })).not.toBeInTheDocument();
  });
});
