import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sessionQueryOptions } from '@/features/auth/api/get-session';
import { adminSessionFixture, problemReply } from '@/testing/fixtures';
import {
  assignmentFixture,
  communeFixture,
  directiveFixture,
  listOf,
  otherUnitFixture,
  unitFixture,
} from '@/testing/registry-fixtures';
import { createTestQueryClient, mockFetch, renderRoutes } from '@/testing/test-utils';
import { ReassignPage, type ReassignValues, validateReassignment } from './reassign-page';

/** Generous waits: the suite shares the machine with builds and browsers. */
const WAIT = { timeout: 5000 };
const SLOW = { timeout: 20_000 };

const VALUES: ReassignValues = {
  unitId: '2',
  changeDate: '2022-04-01',
  role: 'phu_trach_chinh',
  directiveId: '2',
  note: '',
};

describe('validateReassignment', SLOW, () => {
  it('ends the current assignment the day before the new one starts', () => {
    expect(validateReassignment(assignmentFixture, VALUES)).toEqual({
      ok: true,
      data: {
        end: { validTo: '2022-03-31' },
        next: {
          unitId: 2,
          communeId: 60,
          directiveId: 2,
          role: 'phu_trach_chinh',
          validFrom: '2022-04-01',
          validTo: null,
          note: '',
        },
      },
    });
  });

  it('refuses a change date on or before the current start, a missing unit, and a change that changes nothing', () => {
    expect(validateReassignment(assignmentFixture, { ...VALUES, changeDate: '2022-01-01' })).toEqual({
      ok: false,
      errors: { changeDate: 'Ngày chuyển phải sau ngày bắt đầu của phân công hiện tại (01/01/2022).' },
    });
    expect(validateReassignment(assignmentFixture, { ...VALUES, unitId: null, changeDate: null })).toMatchObject({
      ok: false,
      errors: { unitId: 'Vui lòng chọn một giá trị', changeDate: 'Vui lòng nhập ngày dạng dd/mm/yyyy' },
    });
    expect(validateReassignment(assignmentFixture, { ...VALUES, unitId: '1' })).toMatchObject({
      ok: false,
      errors: { unitId: 'Chọn một đơn vị khác với đơn vị đang phụ trách, hoặc đổi vai trò.' },
    });
  });
});

function renderReassign() {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(sessionQueryOptions().queryKey, adminSessionFixture);
  return renderRoutes(
    [
      { path: '/phan-cong/:id/chuyen', element: <ReassignPage /> },
      { path: '/xa/:id', element: <p>Trang xã</p> },
    ],
    { url: '/phan-cong/113/chuyen', queryClient },
  );
}

const lookups = {
  '/api/v1/units': [{ body: listOf([unitFixture, otherUnitFixture]) }],
  '/api/v1/communes': [{ body: listOf([communeFixture]) }],
  '/api/v1/directives': [{ body: listOf([directiveFixture]) }],
};

async function fillAndSubmit() {
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Chuyển phân công Xã Thượng Quan cho đơn vị khác' }, WAIT),
  ).toBeInTheDocument();
  await screen.findByText(/Chi bộ Ban Dân vận Tỉnh ủy đang phụ trách Xã Thượng Quan từ 01\/01\/2022/, undefined, WAIT);
  fireEvent.click(screen.getByRole('combobox', { name: /Đơn vị nhận phụ trách/ }));
  fireEvent.click(await screen.findByRole('option', { name: 'Chi bộ Hội Cựu chiến binh tỉnh' }, WAIT));
  const date = screen.getByRole('textbox', { name: /Ngày chuyển/ });
  fireEvent.change(date, { target: { value: '01/04/2022' } });
  fireEvent.blur(date);
  expect(await screen.findByText('Phân công cũ sẽ kết thúc ngày 31/03/2022.', undefined, WAIT)).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: 'Chuyển phân công' }));
}

describe('Chuyển phân công', SLOW, () => {
  it('ends the current assignment (If-Match) and adds the new one, in one action', async () => {
    const ended = { ...assignmentFixture, version: 2, validTo: '2022-03-31' };
    const created = { ...assignmentFixture, id: 200, unitId: 2, validFrom: '2022-04-01' };
    const { requests } = mockFetch({
      ...lookups,
      '/api/v1/assignments/113': [{ body: assignmentFixture }, { body: ended }],
      '/api/v1/assignments': [{ status: 201, body: created }],
    });
    const { router } = renderReassign();
    await fillAndSubmit();

    await waitFor(() => expect(router.state.location.pathname).toBe('/xa/60'), WAIT);
    const writes = requests.filter((r) => r.method !== 'GET');
    expect(writes.map((r) => [r.method, r.url, r.headers['if-match'], r.body])).toEqual([
      ['PATCH', '/api/v1/assignments/113', '"1"', { validTo: '2022-03-31' }],
      [
        'POST',
        '/api/v1/assignments',
        undefined,
        {
          unitId: 2,
          communeId: 60,
          directiveId: 2,
          role: 'phu_trach_chinh',
          validFrom: '2022-04-01',
          validTo: null,
          note: '',
        },
      ],
    ]);
  });

  it('takes the end back when the new assignment is refused, and says why', async () => {
    const ended = { ...assignmentFixture, version: 2, validTo: '2022-03-31' };
    const restored = { ...assignmentFixture, version: 3 };
    const { requests } = mockFetch({
      ...lookups,
      '/api/v1/assignments/113': [{ body: assignmentFixture }, { body: ended }, { body: restored }],
      '/api/v1/assignments': [
        problemReply(409, 'Trùng thời gian phân công', {
          detail: 'Đơn vị đã được phân công phụ trách xã này từ 10/09/2021 đến nay (phân công id 7).',
          errors: [{ path: 'validFrom', message: 'Thời gian trùng với một phân công khác của đơn vị tại xã này' }],
        }),
      ],
    });
    renderReassign();
    await fillAndSubmit();

    const conflict = await screen.findByTestId('form-conflict', undefined, WAIT);
    expect(conflict).toHaveTextContent('Trùng thời gian phân công');
    expect(screen.getByTestId('reassign-rollback')).toHaveTextContent('phân công cũ đã được giữ nguyên');
    const writes = requests.filter((r) => r.method !== 'GET');
    expect(writes.map((r) => [r.method, r.headers['if-match'], r.body])).toEqual([
      ['PATCH', '"1"', { validTo: '2022-03-31' }],
      ['POST', undefined, expect.objectContaining({ unitId: 2 })],
      ['PATCH', '"2"', { validTo: null }],
    ]);
    // The form is still there with what was typed, ready for another try.
    expect(within(screen.getByTestId('reassign-form')).getByRole('textbox', { name: /Ngày chuyển/ })).toHaveValue(
      '01/04/2022',
    );
  });
});
