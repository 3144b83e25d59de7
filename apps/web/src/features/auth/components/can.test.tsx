import type { SessionInfo } from '@danvan/domain';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MainNavigation } from '@/app/main-navigation';
import { sessionQueryOptions } from '@/features/auth/api/get-session';
import { Can } from '@/features/auth/components/can';
import { canAccess } from '@/features/auth/permissions';
import { adminSessionFixture, officerSessionFixture, viewerSessionFixture } from '@/testing/fixtures';
import { createTestQueryClient, renderWithProviders } from '@/testing/test-utils';

function renderAs(session: SessionInfo | null, ui: React.ReactElement) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(sessionQueryOptions().queryKey, session);
  return renderWithProviders(ui, { queryClient });
}

const actions = (
  <>
    <Can access="write">
      <button type="button">Thêm hoạt động</button>
    </Can>
    <Can access="admin" fallback={<p>Chỉ quản trị mới khoá sổ được</p>}>
      <button type="button">Khoá sổ tháng</button>
    </Can>
    <Can access="write" unitId={3}>
      <button type="button">Sửa hoạt động của đơn vị 3</button>
    </Can>
    <Can access="write" unitId={9}>
      <button type="button">Sửa hoạt động của đơn vị 9</button>
    </Can>
  </>
);

describe('<Can>', () => {
  it('shows every action to an admin', () => {
    renderAs(adminSessionFixture, actions);
    expect(screen.getByRole('button', { name: 'Thêm hoạt động' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Khoá sổ tháng' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sửa hoạt động của đơn vị 9' })).toBeInTheDocument();
    expect(screen.queryByText('Chỉ quản trị mới khoá sổ được')).not.toBeInTheDocument();
  });

  it('hides every change from a viewer, showing the fallback instead where there is one', () => {
    renderAs(viewerSessionFixture, actions);
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.getByText('Chỉ quản trị mới khoá sổ được')).toBeInTheDocument();
  });

  it("lets a unit officer write their own unit's records only", () => {
    renderAs(officerSessionFixture, actions);
    expect(screen.getByRole('button', { name: 'Thêm hoạt động' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sửa hoạt động của đơn vị 3' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sửa hoạt động của đơn vị 9' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Khoá sổ tháng' })).not.toBeInTheDocument();
  });

  it('shows nothing without a session', () => {
    renderAs(null, actions);
    expect(screen.queryAllByRole('button')).toEqual([]);
  });
});

describe('canAccess', () => {
  it.each([
    ['admin', 'write', true],
    ['admin', 'admin', true],
    ['unit_officer', 'write', true],
    ['unit_officer', 'admin', false],
    ['viewer', 'write', false],
    ['viewer', 'admin', false],
  ] as const)('%s → %s: %s', (role, access, allowed) => {
    expect(canAccess({ role, unitId: role === 'unit_officer' ? 3 : null }, access)).toBe(allowed);
  });
});

describe('the navigation by role', () => {
  const items = [
    { to: '/', label: 'Tổng quan' },
    { to: '/hoat-dong/moi', label: 'Ghi hoạt động', access: 'write' },
    { to: '/quan-tri', label: 'Quản trị', access: 'admin' },
  ] as const;

  it.each([
    [adminSessionFixture, ['Tổng quan', 'Ghi hoạt động', 'Quản trị']],
    [officerSessionFixture, ['Tổng quan', 'Ghi hoạt động']],
    [viewerSessionFixture, ['Tổng quan']],
  ])('lists for $user.role only the pages the role may use', (session, expected) => {
    renderAs(session, <MainNavigation onNavigate={() => {}} items={items} />);
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual(expected);
  });
});
