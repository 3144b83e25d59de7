import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminSessionFixture, demoHealthFixture, problemReply } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { communesFixture, difficultyFixture, listOf, unitsFixture } from '@/testing/review-plans-fixtures';
import { mockFetch } from '@/testing/test-utils';

const SLOW = { timeout: 5000 };
const LIST = '/api/v1/difficulties?';

const rows = [
  difficultyFixture(1, { text: 'Kinh phí chủ yếu do cán bộ đóng góp', recommendation: 'Bố trí kinh phí hỗ trợ' }),
  difficultyFixture(2, { kind: 'khoang_cach', unitId: 2, communeId: 87, text: 'Xã ở xa', status: 'dang_xu_ly' }),
];

function replies() {
  return {
    '/api/v1/auth/me': [{ body: adminSessionFixture }],
    '/api/v1/health': [{ body: demoHealthFixture }],
    '/api/v1/units': [{ body: listOf(unitsFixture, 500) }],
    '/api/v1/communes': [{ body: listOf(communesFixture, 500) }],
    [LIST]: [{ body: listOf(rows, 20) }],
  };
}

describe('Khó khăn, kiến nghị', { timeout: 20_000 }, () => {
  it('takes its filters from the URL, for the list and its CSV download', async () => {
    const { calls } = mockFetch(replies());
    renderApp('/kho-khan?kind=kinh_phi,khoang_cach&status=moi&unitId=1&from=2021-09-01&to=2022-03-31');
    const table = await screen.findByRole('table', { name: 'Khó khăn, kiến nghị theo bộ lọc' }, SLOW);
    // Names come with the registries, which may arrive after the list.
    await within(table).findByText('Chi bộ Ban Dân vận Tỉnh ủy');
    const first = within(table).getByRole('row', { name: /Kinh phí chủ yếu do cán bộ đóng góp/ });
    expect(first).toHaveTextContent('Kiến nghị: Bố trí kinh phí hỗ trợ');
    expect(first).toHaveTextContent('Chi bộ Ban Dân vận Tỉnh ủy');
    expect(first).toHaveTextContent('10/09/2021 – 18/03/2022');
    expect(first).toHaveTextContent('Mới ghi nhận');
    expect(within(table).getByRole('row', { name: /Xã ở xa/ })).toHaveTextContent('Xã Bằng Vân');

    const asked = Object.fromEntries(new URLSearchParams(calls.find((u) => u.startsWith(LIST))?.split('?')[1]));
    expect(asked).toMatchObject({
      kind: 'kinh_phi,khoang_cach',
      status: 'moi',
      unitId: '1',
      from: '2021-09-01',
      to: '2022-03-31',
    });
    const csv = new URL(screen.getByRole('link', { name: 'Tải về CSV' }).getAttribute('href') ?? '', 'http://x');
    expect(csv.pathname).toBe('/api/v1/difficulties');
    expect(Object.fromEntries(csv.searchParams)).toMatchObject({
      kind: 'kinh_phi,khoang_cach',
      status: 'moi',
      format: 'csv',
    });
  });

  it('moves a difficulty on to its next status with If-Match, and explains a 412', async () => {
    const { requests } = mockFetch({
      ...replies(),
      '/api/v1/difficulties/1': [{ body: { ...rows[0], status: 'dang_xu_ly', version: 2 } }],
      '/api/v1/difficulties/2': [problemReply(412, 'Bản ghi đã bị thay đổi')],
    });
    renderApp('/kho-khan');
    const table = await screen.findByRole('table', { name: 'Khó khăn, kiến nghị theo bộ lọc' }, SLOW);

    fireEvent.click(
      within(table).getByRole('button', { name: 'Chuyển sang Đang xử lý: Kinh phí chủ yếu do cán bộ đóng góp' }),
    );
    expect(await screen.findByTestId('difficulty-notice')).toHaveTextContent('Đã chuyển sang "Đang xử lý".');
    expect(requests.find((r) => r.url === '/api/v1/difficulties/1')).toMatchObject({
      method: 'PATCH',
      headers: { 'if-match': '"1"' },
      body: { status: 'dang_xu_ly' },
    });

    fireEvent.click(within(table).getByRole('button', { name: 'Chuyển sang Đã giải quyết: Xã ở xa' }));
    await waitFor(() =>
      expect(screen.getByTestId('difficulty-notice')).toHaveTextContent('đã bị người khác sửa trong lúc bạn xem'),
    );
  });
});
