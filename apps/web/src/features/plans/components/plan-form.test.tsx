import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminSessionFixture, demoHealthFixture, officerSessionFixture, problemReply } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { communesFixture, listOf, planFixture, unitsFixture } from '@/testing/review-plans-fixtures';
import { mockFetch } from '@/testing/test-utils';

const SLOW = { timeout: 5000 };

function base(session = officerSessionFixture) {
  return {
    '/api/v1/auth/me': [{ body: session }],
    '/api/v1/health': [{ body: demoHealthFixture }],
    '/api/v1/units': [{ body: listOf(unitsFixture, 500) }],
    '/api/v1/communes': [{ body: listOf(communesFixture, 500) }],
    '/api/v1/stats/plan-actual': [
      {
        body: {
          fromMonth: '2022-03',
          toMonth: '2022-03',
          unitId: 3,
          months: ['2022-03'],
          rows: [],
          byMonth: [{ month: '2022-03', planned: 0, actual: 0, submitted: 0 }],
          totals: { planned: 0, actual: 0, submitted: 0, met: 0, notMet: 0, unplanned: 0 },
        },
      },
    ],
    '/api/v1/plans?': [{ body: listOf([], 20) }],
  };
}

async function chooseCommune(name: RegExp) {
  fireEvent.click(screen.getByLabelText(/^Xã/, { selector: 'input' }));
  fireEvent.click(await screen.findByRole('option', { name }));
}

function nextMonth(): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const [y, m] = today.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

describe('Thêm kế hoạch', { timeout: 20_000 }, () => {
  it('checks the plan with the domain schema and says what is wrong next to each field, in Vietnamese', async () => {
    const { requests } = mockFetch({
      ...base(),
      '/api/v1/plans': [
        problemReply(400, 'Dữ liệu không hợp lệ', {
          errors: [{ path: 'communeId', message: 'Không có xã với id 52' }],
        }),
        { status: 201, body: planFixture(30, { unitId: 3, month: nextMonth(), plannedDate: null }) },
      ],
    });
    const { router } = renderApp('/ke-hoach/moi');
    expect(await screen.findByRole('heading', { level: 1, name: 'Thêm kế hoạch' }, SLOW)).toBeInTheDocument();
    // A unit officer's plans are their unit's; the month starts at the coming one.
    expect(screen.getByRole('textbox', { name: 'Đơn vị' })).toHaveValue('Chi bộ Ban Dân vận Tỉnh ủy');
    const [y, m] = nextMonth().split('-');
    expect(screen.getByRole('button', { name: /^Tháng/ })).toHaveTextContent(`${m}/${y}`);

    fireEvent.click(screen.getByRole('button', { name: 'Lưu kế hoạch' }));
    const commune = screen.getByLabelText(/^Xã/, { selector: 'input' });
    const content = screen.getByRole('textbox', { name: /Nội dung hoạt động dự kiến/ });
    expect(await screen.findByText('Vui lòng sửa các ô được đánh dấu.')).toBeInTheDocument();
    expect(commune).toHaveAttribute('aria-invalid', 'true');
    expect(commune).toHaveAccessibleDescription(/Vui lòng chọn một giá trị/);
    expect(content).toHaveAttribute('aria-invalid', 'true');
    expect(content).toHaveAccessibleDescription(/Không được để trống/);
    expect(commune).toHaveFocus();

    await chooseCommune(/Xã Văn Minh/);
    fireEvent.change(content, { target: { value: 'Tuyên truyền phòng, chống đuối nước cho học sinh' } });
    const planned = screen.getByRole('textbox', { name: /Ngày dự kiến/ });
    fireEvent.change(planned, { target: { value: '15/01/2020' } });
    fireEvent.blur(planned);
    fireEvent.click(screen.getByRole('button', { name: 'Lưu kế hoạch' }));
    expect(await screen.findByText('Ngày dự kiến phải nằm trong tháng của kế hoạch')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    fireEvent.change(planned, { target: { value: '' } });
    fireEvent.blur(planned);
    fireEvent.click(screen.getByRole('button', { name: 'Lưu kế hoạch' }));
    // The API's own field error lands next to its field.
    await waitFor(() => expect(commune).toHaveAccessibleDescription(/Không có xã với id 52/));

    fireEvent.click(screen.getByRole('button', { name: 'Lưu kế hoạch' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/ke-hoach'));
    expect(await screen.findByText('Đã lưu kế hoạch.', {}, SLOW)).toBeInTheDocument();
    const posts = requests.filter((r) => r.method === 'POST' && r.url === '/api/v1/plans');
    expect(posts).toHaveLength(2);
    expect(posts[1]?.body).toEqual({
      unitId: 3,
      communeId: 52,
      month: nextMonth(),
      plannedDate: null,
      content: 'Tuyên truyền phòng, chống đuối nước cho học sinh',
      categories: [],
    });
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      unitId: '3',
      fromMonth: nextMonth(),
      toMonth: nextMonth(),
    });
  });
});

describe('Sửa kế hoạch', { timeout: 20_000 }, () => {
  it('sends If-Match, and after a 412 keeps what was typed and saves on top of the newer version', async () => {
    const original = planFixture(7, { month: '2022-03', plannedDate: '2022-03-12', content: 'Trồng cây xanh' });
    const { requests } = mockFetch({
      ...base(adminSessionFixture),
      '/api/v1/plans/7': [
        { body: original },
        problemReply(412, 'Bản ghi đã bị thay đổi'),
        { body: { ...original, version: 2, content: 'Trồng cây xanh (sửa)' } },
        { body: { ...original, version: 3, content: 'Trồng hoa và cây xanh' } },
      ],
    });
    renderApp('/ke-hoach/7/sua');
    const content = await screen.findByRole('textbox', { name: /Nội dung hoạt động dự kiến/ }, SLOW);
    expect(content).toHaveValue('Trồng cây xanh');
    expect(screen.getByRole('textbox', { name: /Ngày dự kiến/ })).toHaveValue('12/03/2022');

    fireEvent.change(content, { target: { value: 'Trồng hoa và cây xanh' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu kế hoạch' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Kế hoạch đã bị người khác sửa trong lúc bạn nhập');
    expect(content).toHaveValue('Trồng hoa và cây xanh');
    await waitFor(() =>
      expect(requests.filter((r) => r.url === '/api/v1/plans/7' && r.method === 'GET')).toHaveLength(2),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Lưu kế hoạch' }));
    await screen.findByText('Đã lưu kế hoạch.', {}, SLOW);
    const patches = requests.filter((r) => r.method === 'PATCH');
    expect(patches.map((r) => r.headers['if-match'])).toEqual(['"1"', '"2"']);
    expect(patches[1]?.body).toMatchObject({ content: 'Trồng hoa và cây xanh', month: '2022-03' });
    expect(within(document.body).queryByRole('alert')).not.toBeInTheDocument();
  });
});
