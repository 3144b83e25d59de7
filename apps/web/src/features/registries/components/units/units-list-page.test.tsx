import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sessionQueryOptions } from '@/features/auth/api/get-session';
import { problemReply, viewerSessionFixture } from '@/testing/fixtures';
import { listOf, otherUnitFixture, unitFixture } from '@/testing/registry-fixtures';
import { createTestQueryClient, mockFetch, renderRoutes } from '@/testing/test-utils';
import { UnitsListPage } from './units-list-page';

/** Generous waits: the suite shares the machine with builds and browsers. */
const WAIT = { timeout: 5000 };
const SLOW = { timeout: 20_000 };

const UNITS = '/api/v1/units';

function renderList(url: string) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(sessionQueryOptions().queryKey, viewerSessionFixture);
  return renderRoutes([{ path: '/don-vi', element: <UnitsListPage /> }], { url, queryClient });
}

describe('Trang Đơn vị', SLOW, () => {
  it('asks the API for what the URL says, and offers the same list as CSV', async () => {
    const { calls } = mockFetch({ [UNITS]: [{ body: { ...listOf([unitFixture]), total: 30, pages: 2, page: 2 } }] });
    renderList('/don-vi?q=ban%20dan%20van&group=dang_doan_the&sort=-staff&page=2');

    expect(await screen.findByRole('rowheader', { name: 'Chi bộ Ban Dân vận Tỉnh ủy' }, WAIT)).toBeInTheDocument();
    expect(calls[0]).toBe(`${UNITS}?q=ban+dan+van&group=dang_doan_the&sort=-staff&page=2&limit=25`);
    expect(screen.getByRole('link', { name: 'Tải về CSV' })).toHaveAttribute(
      'href',
      `${UNITS}?q=ban+dan+van&group=dang_doan_the&sort=-staff&format=csv`,
    );
    expect(screen.getByRole('searchbox', { name: 'Tìm kiếm' })).toHaveValue('ban dan van');
    expect(screen.getByRole('status')).toHaveTextContent('Tìm thấy 30 đơn vị');
    expect(screen.getByRole('columnheader', { name: 'Số cán bộ, nhân viên' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  it('sorts by a column header, and the new order is in the URL', async () => {
    const { calls } = mockFetch({
      [UNITS]: [{ body: listOf([unitFixture, otherUnitFixture]) }, { body: listOf([otherUnitFixture, unitFixture]) }],
    });
    const { router } = renderList('/don-vi');
    await screen.findByRole('rowheader', { name: 'Chi bộ Ban Dân vận Tỉnh ủy' }, WAIT);
    fireEvent.click(screen.getByRole('button', { name: 'Mã đơn vị' }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=code'), WAIT);
    await waitFor(() => expect(calls.at(-1)).toBe(`${UNITS}?sort=code&page=1&limit=25`), WAIT);
  });

  it('says when nothing matches and offers to clear the search', async () => {
    mockFetch({ [UNITS]: [{ body: listOf([]) }, { body: listOf([unitFixture]) }] });
    const { router } = renderList('/don-vi?q=khong%20co');
    const empty = await screen.findByTestId('list-empty', undefined, WAIT);
    expect(empty).toHaveTextContent('Không có đơn vị nào khớp với điều kiện tìm kiếm.');
    fireEvent.click(within(empty).getByRole('button', { name: 'Xoá tìm kiếm và bộ lọc' }));
    await waitFor(() => expect(router.state.location.search).toBe(''), WAIT);
  });

  it('shows a Vietnamese error with a retry', async () => {
    mockFetch({ [UNITS]: [problemReply(500, 'Internal Server Error'), { body: listOf([unitFixture]) }] });
    renderList('/don-vi');
    const alert = await screen.findByRole('alert', undefined, WAIT);
    expect(alert).toHaveTextContent('Không tải được đơn vị');
    fireEvent.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('rowheader', { name: 'Chi bộ Ban Dân vận Tỉnh ủy' }, WAIT)).toBeInTheDocument();
  });
});
