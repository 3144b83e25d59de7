import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sessionQueryOptions } from '@/features/auth/api/get-session';
import { adminSessionFixture, problemReply } from '@/testing/fixtures';
import { unitFixture } from '@/testing/registry-fixtures';
import { createTestQueryClient, mockFetch, renderRoutes } from '@/testing/test-utils';
import { UnitCreatePage, UnitEditPage } from './unit-form-pages';

/** Generous waits: the suite shares the machine with builds and browsers. */
const WAIT = { timeout: 5000 };
const SLOW = { timeout: 20_000 };

const UNIT = '/api/v1/units/1';

function renderForm(url: string) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(sessionQueryOptions().queryKey, adminSessionFixture);
  return renderRoutes(
    [
      { path: '/don-vi/moi', element: <UnitCreatePage /> },
      { path: '/don-vi/:id/sua', element: <UnitEditPage /> },
      { path: '/don-vi/:id', element: <p>Trang đơn vị</p> },
    ],
    { url, queryClient },
  );
}

function field(label: RegExp): HTMLInputElement {
  // Mantine's Select also names its listbox with the label; the field is the input.
  const input = screen.getAllByLabelText(label).find((el) => el.tagName === 'INPUT' || el.tagName === 'TEXTAREA');
  if (!input) throw new Error(`no input labelled ${label}`);
  return input as HTMLInputElement;
}

describe('Unit form', SLOW, () => {
  it('checks the values with the domain schema and shows its Vietnamese messages next to the fields', async () => {
    const { calls } = mockFetch({});
    renderForm('/don-vi/moi');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    const summary = await screen.findByTestId('form-errors', undefined, WAIT);
    expect(summary).toHaveTextContent('Thông tin chưa hợp lệ');
    expect(within(summary).getByRole('link', { name: 'Tên đơn vị: Không được để trống' })).toBeInTheDocument();
    expect(field(/^Tên đơn vị/)).toHaveAccessibleDescription('Không được để trống');
    expect(field(/^Tên đơn vị/)).toHaveAttribute('aria-invalid', 'true');
    expect(field(/^Khối/)).toHaveAccessibleDescription('Vui lòng chọn một giá trị');
    expect(field(/^Số đảng viên/)).toHaveAccessibleDescription('Cần nhập một số');
    expect(field(/^Hoạt động từ ngày/)).toHaveAccessibleDescription('Vui lòng nhập ngày dạng dd/mm/yyyy');
    expect(calls).toEqual([]);

    // Fixing a field clears its message at once.
    fireEvent.change(field(/^Tên đơn vị/), { target: { value: 'Chi bộ Sở Tư pháp' } });
    expect(field(/^Tên đơn vị/)).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('puts the API’s 400 field errors next to their fields', async () => {
    const { requests } = mockFetch({
      [UNIT]: [
        { body: unitFixture },
        problemReply(400, 'Dữ liệu không hợp lệ', {
          detail: 'Có 1 lỗi trong nội dung gửi lên',
          errors: [{ path: 'code', message: 'Mã đơn vị chỉ gồm chữ in hoa, số và dấu gạch ngang' }],
        }),
      ],
    });
    renderForm('/don-vi/1/sua');
    fireEvent.change(await screen.findByDisplayValue('CB-BDVTU', undefined, WAIT), { target: { value: 'cb bdv' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    await waitFor(
      () =>
        expect(field(/^Mã đơn vị/)).toHaveAccessibleDescription('Mã đơn vị chỉ gồm chữ in hoa, số và dấu gạch ngang'),
      WAIT,
    );
    const patch = requests.find((r) => r.method === 'PATCH');
    expect(patch).toMatchObject({ body: { code: 'cb bdv' }, headers: { 'if-match': '"3"' } });
    expect(field(/^Mã đơn vị/)).toHaveValue('cb bdv');
  });

  it('says clearly when a 409 refuses the change, keeping what was typed', async () => {
    mockFetch({
      [UNIT]: [
        { body: unitFixture },
        problemReply(409, 'Trùng dữ liệu', { detail: 'Mã đơn vị đã tồn tại (bản ghi id 38)' }),
      ],
    });
    renderForm('/don-vi/1/sua');
    fireEvent.change(await screen.findByDisplayValue('CB-BDVTU', undefined, WAIT), { target: { value: 'CB-BDT' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    const alert = await screen.findByTestId('form-conflict', undefined, WAIT);
    expect(alert).toHaveTextContent('Trùng dữ liệu');
    expect(alert).toHaveTextContent('Mã đơn vị đã tồn tại (bản ghi id 38)');
    expect(field(/^Mã đơn vị/)).toHaveValue('CB-BDT');
  });

  it('on 412 reloads the record, keeps the typed values, takes the other changes, and saves on the new version', async () => {
    const changedByOther = { ...unitFixture, version: 4, partyMembers: 15 };
    const saved = { ...changedByOther, version: 5, staff: 20 };
    const { requests } = mockFetch({
      [UNIT]: [
        { body: unitFixture },
        problemReply(412, 'Bản ghi đã bị thay đổi'),
        { body: changedByOther },
        { body: saved },
      ],
    });
    const { router } = renderForm('/don-vi/1/sua');
    fireEvent.change(await screen.findByDisplayValue('17', undefined, WAIT), { target: { value: '20' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    const stale = await screen.findByTestId('form-stale', undefined, WAIT);
    expect(stale).toHaveTextContent('Bản ghi đã được người khác sửa');
    expect(field(/^Số cán bộ/)).toHaveValue('20');

    fireEvent.click(within(stale).getByRole('button', { name: /Tải bản mới nhất/ }));
    const reloaded = await screen.findByTestId('form-reloaded', undefined, WAIT);
    expect(reloaded).toHaveTextContent('phiên bản 4');
    expect(reloaded).toHaveTextContent('Số đảng viên: 15');
    expect(field(/^Số cán bộ/)).toHaveValue('20');
    expect(field(/^Số đảng viên/)).toHaveValue('15');

    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/don-vi/1'), WAIT);
    const patches = requests.filter((r) => r.method === 'PATCH');
    expect(patches.map((p) => [p.headers['if-match'], p.body])).toEqual([
      ['"3"', { staff: 20 }],
      ['"4"', { staff: 20 }],
    ]);
  });

  it('keeps typed values as a draft, so a reload or an expired session loses nothing', async () => {
    mockFetch({ [UNIT]: [{ body: unitFixture }] });
    const first = renderForm('/don-vi/1/sua');
    fireEvent.change(await screen.findByDisplayValue('17', undefined, WAIT), { target: { value: '21' } });
    first.unmount();

    renderForm('/don-vi/1/sua');
    expect(
      await screen.findByText('Đã khôi phục nội dung bạn nhập dở lần trước.', undefined, WAIT),
    ).toBeInTheDocument();
    expect(field(/^Số cán bộ/)).toHaveValue('21');
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ nội dung nhập dở' }));
    expect(field(/^Số cán bộ/)).toHaveValue('17');
  });
});
