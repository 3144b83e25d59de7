import type { ImportPreview, ImportRow } from '@danvan/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  adminSessionFixture,
  demoHealthFixture,
  officerSessionFixture,
  problemReply,
  viewerSessionFixture,
} from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { mockFetch } from '@/testing/test-utils';

const SLOW = { timeout: 5000 };
const ID = '3f0c6f5e-6a47-4c5e-9a5e-1f2b3c4d5e6f';

function row(line: number, extra: Partial<ImportRow> = {}): ImportRow {
  return {
    line,
    lastLine: line,
    status: 'ok',
    action: 'create',
    title: `Hoạt động dòng ${line}`,
    startDate: '2022-03-05',
    commune: 'Xã Tân Lập (Huyện Hòa An)',
    units: 'Chi bộ Ban Dân vận Tỉnh ủy',
    contributions: { total: 1, new: 1, duplicate: 0 },
    cells: {},
    errors: [],
    notes: [],
    existingActivityId: null,
    ...extra,
  };
}

const rows: ImportRow[] = [
  row(2, { lastLine: 3, contributions: { total: 2, new: 2, duplicate: 0 } }),
  row(4, {
    status: 'error',
    action: 'skip',
    title: 'Tặng quà',
    commune: 'Xa Khong Co',
    cells: { commune: 'Xa Khong Co', startDate: '31/02/2022' },
    startDate: null,
    errors: [
      { line: 4, column: 'commune', columnLabel: 'Xã', message: 'Không tìm thấy xã "Xa Khong Co".' },
      { line: 4, column: 'startDate', columnLabel: 'Ngày bắt đầu', message: 'Ngày "31/02/2022" không hợp lệ.' },
    ],
  }),
  row(5, {
    status: 'duplicate',
    action: 'skip',
    existingActivityId: 7,
    notes: ['Hoạt động này đã có (id 7): bỏ qua.'],
  }),
];

const preview: ImportPreview = {
  id: ID,
  fileName: 'hoat-dong.xlsx',
  format: 'xlsx',
  sheet: 'Hoạt động',
  createdAt: '2026-01-01T00:00:00.000Z',
  expiresAt: '2026-01-02T00:00:00.000Z',
  committedAt: null,
  warnings: ['Các cột sau không có trong mẫu nên được bỏ qua: Ghi chú riêng.'],
  totals: {
    lines: 4,
    activities: 3,
    ok: 1,
    error: 1,
    duplicate: 1,
    newActivities: 1,
    newContributions: 2,
    duplicateContributions: 1,
  },
  rows,
  total: 3,
  page: 1,
  limit: 50,
  pages: 1,
};

function replies(session = adminSessionFixture) {
  return {
    '/api/v1/auth/me': [{ body: session }],
    '/api/v1/health': [{ body: demoHealthFixture }],
    '/api/v1/imports': [{ status: 201, body: preview }],
    [`/api/v1/imports/${ID}?`]: [{ body: preview }],
  };
}

async function chooseAndCheck() {
  await screen.findByRole('heading', { name: 'Nhập dữ liệu từ Excel' }, SLOW);
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  fireEvent.change(input, { target: { files: [new File(['x'], 'hoat-dong.xlsx')] } });
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra tệp' }));
  return screen.findByRole('table', { name: 'Các hoạt động trong tệp' }, SLOW);
}

describe('Nhập dữ liệu', { timeout: 20_000 }, () => {
  it('offers the templates, checks an uploaded file and shows what is wrong, cell by cell', async () => {
    const { requests } = mockFetch(replies());
    renderApp('/nhap-du-lieu');
    expect(await screen.findByRole('link', { name: 'Tải mẫu Excel (.xlsx)' }, SLOW)).toHaveAttribute(
      'href',
      '/api/v1/imports/template.xlsx',
    );
    expect(screen.getByRole('link', { name: 'Tải mẫu CSV' })).toHaveAttribute('href', '/api/v1/imports/template.csv');

    const table = await chooseAndCheck();
    const upload = requests.find((r) => r.url === '/api/v1/imports');
    expect(upload).toMatchObject({ method: 'POST', headers: { 'x-csrf-token': 'csrf-admin-token' } });

    expect(screen.getByRole('group', { name: 'Hợp lệ, sẽ được ghi: 1' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Có lỗi, sẽ bỏ qua: 1' })).toBeInTheDocument();
    expect(screen.getByText('Các cột sau không có trong mẫu nên được bỏ qua: Ghi chú riêng.')).toBeInTheDocument();

    const bad = within(table).getByRole('row', { name: /Tặng quà/ });
    expect(bad).toHaveTextContent('Có lỗi');
    expect(bad).toHaveTextContent('Dòng 4, cột "Xã": Không tìm thấy xã "Xa Khong Co".');
    // The cells in error show what the file said, marked for screen readers too.
    expect(within(bad).getByText('Xa Khong Co')).toHaveTextContent('Xa Khong Co (có lỗi)');
    expect(within(bad).getByText('31/02/2022')).toHaveTextContent('(có lỗi)');
    expect(within(table).getByRole('row', { name: /Hoạt động dòng 2/ })).toHaveTextContent('2–3');
    expect(within(table).getByRole('row', { name: /Hoạt động dòng 5/ })).toHaveTextContent('Hoạt động này đã có');
  });

  it('lets an admin choose the status, and commits once', async () => {
    const { requests } = mockFetch({
      ...replies(),
      [`/api/v1/imports/${ID}/commit`]: [
        {
          body: {
            id: ID,
            status: 'submitted',
            created: { activities: 1, contributions: 2 },
            skipped: { duplicates: 1, errors: 1 },
            committedAt: '2026-01-01T00:01:00.000Z',
          },
        },
      ],
    });
    renderApp('/nhap-du-lieu');
    await chooseAndCheck();
    fireEvent.click(screen.getByRole('radio', { name: 'Chờ duyệt' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ghi 1 hoạt động vào hệ thống' }));
    expect(await screen.findByText('Đã thêm 1 hoạt động và 2 khoản đóng góp.', undefined, SLOW)).toBeInTheDocument();
    expect(screen.getByText('Bỏ qua 1 hoạt động đã có và 1 hoạt động có lỗi.')).toBeInTheDocument();
    expect(requests.find((r) => r.url.endsWith('/commit'))).toMatchObject({
      method: 'POST',
      body: { status: 'submitted' },
    });
    expect(screen.queryByRole('button', { name: /Ghi 1 hoạt động/ })).not.toBeInTheDocument();
  });

  it('sends a unit officer’s import for review, and explains a refusal', async () => {
    const { requests } = mockFetch({
      ...replies(officerSessionFixture),
      [`/api/v1/imports/${ID}/commit`]: [
        problemReply(409, 'Dữ liệu đã thay đổi từ lúc xem trước', {
          detail: '1 hoạt động không còn nhập được (Dòng 2: Tháng 3/2022 đã khoá sổ).',
        }),
      ],
    });
    renderApp('/nhap-du-lieu');
    await chooseAndCheck();
    expect(screen.queryByRole('radio', { name: /Đã duyệt/ })).not.toBeInTheDocument();
    expect(screen.getByText(/Các hoạt động sẽ được gửi duyệt/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Ghi 1 hoạt động vào hệ thống' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Tháng 3/2022 đã khoá sổ'));
    expect(requests.find((r) => r.url.endsWith('/commit'))?.body).toEqual({});
  });

  it('says what is wrong with a file that cannot be read', async () => {
    mockFetch({
      ...replies(),
      '/api/v1/imports': [problemReply(400, 'Tệp không đọc được', { detail: 'Tệp thiếu cột: "Xã".' })],
    });
    renderApp('/nhap-du-lieu');
    await screen.findByRole('heading', { name: 'Nhập dữ liệu từ Excel' }, SLOW);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra tệp' }));
    expect(await screen.findByText('Hãy chọn một tệp .xlsx hoặc .csv.')).toBeInTheDocument();
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    fireEvent.change(input, { target: { files: [new File(['x'], 'hoat-dong.csv')] } });
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra tệp' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Tệp thiếu cột: "Xã".'));
  });

  it('is not offered to a viewer', async () => {
    mockFetch(replies(viewerSessionFixture));
    renderApp('/nhap-du-lieu');
    await screen.findByRole('heading', { name: 'Nhập dữ liệu từ Excel' }, SLOW);
    expect(screen.queryByRole('button', { name: 'Kiểm tra tệp' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Nhập dữ liệu' })).not.toBeInTheDocument();
  });
});
