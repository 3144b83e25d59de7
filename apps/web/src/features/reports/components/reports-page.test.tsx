import { DEFAULT_REPORT_SETTINGS, type PeriodReport, type ReportSettings } from '@danvan/domain';
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
import { communesFixture, listOf, unitsFixture } from '@/testing/review-plans-fixtures';
import { mockFetch } from '@/testing/test-utils';

const ME = '/api/v1/auth/me';
const REPORT = '/api/v1/reports/period';
const SETTINGS = '/api/v1/reports/settings';
const SLOW = { timeout: 5000 };

const settings: ReportSettings = { ...DEFAULT_REPORT_SETTINGS, version: 0, updatedAt: null };

function reportFixture(overrides: Partial<PeriodReport> = {}): PeriodReport {
  return {
    period: { from: '2021-09-10', to: '2022-03-18' },
    scope: { unitId: null, unitGroup: null, district: null, label: null },
    document: {
      superiorBody: 'ĐẢNG BỘ TỈNH',
      issuingBody: 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH',
      numberLine: 'Số 15-BC/ĐUK',
      date: '2022-03-18',
      placeDate: '…………, ngày 18 tháng 3 năm 2022',
      kind: 'BÁO CÁO',
      summary: ['Kết quả tham gia hoạt động với nhân dân tại cơ sở', 'từ ngày 10/09/2021 đến ngày 18/03/2022'],
      signer: { capacity: 'T/M BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ', name: 'Nguyễn Văn An' },
      recipients: ['Ban Thường vụ Tỉnh ủy (b/c)', 'Lưu Văn phòng Đảng ủy Khối'],
    },
    figures: {
      visits: 115,
      activities: 110,
      units: { assigned: 77, active: 59, onNorm: 5 },
      communes: { assigned: 100, reached: 60, neverReached: 40 },
      participants: 6403,
      cash: 372_400_000,
      inKindValue: 1_184_494_000,
      labourDays: 1467,
      staffValue: 1_174_980_000,
      staffShare: 0.755,
      difficulties: 8,
    },
    body: [
      { kind: 'paragraph', text: 'Thực hiện Hướng dẫn số 02-HD/BDVTU …, Ban Thường vụ Đảng ủy Khối báo cáo như sau:' },
      { kind: 'heading', text: 'I. KẾT QUẢ THỰC HIỆN' },
      { kind: 'subheading', text: '1. Công tác phân công phụ trách' },
      { kind: 'paragraph', text: 'Đã có 59/77 chi, đảng bộ cơ sở (76,6%) tổ chức được 115 lượt hoạt động.' },
      { kind: 'item', text: '- Còn 40/100 xã được phân công (40%) chưa có hoạt động nào trong kỳ.' },
    ],
    tables: [
      {
        key: 'sources',
        title: 'Biểu 4. Kinh phí, hiện vật theo nguồn',
        sheetName: 'Theo nguồn',
        columns: [
          { key: 'stt', header: 'STT', kind: 'integer', width: 6 },
          { key: 'source', header: 'Nguồn', kind: 'text', width: 40 },
          { key: 'cash', header: 'Tiền mặt (đồng)', kind: 'money', width: 15 },
          { key: 'share', header: 'Tỷ lệ', kind: 'percent', width: 8 },
        ],
        rows: [
          [1, 'Cán bộ, đảng viên tự nguyện đóng góp', 300_000_000, 0.755],
          [2, 'Kinh phí cơ quan, đơn vị', 72_400_000, 0.126],
        ],
        total: [null, 'Cộng', 372_400_000, 1],
        note: null,
      },
    ],
    demo: true,
    ...overrides,
  };
}

function replies(session = adminSessionFixture, report: PeriodReport = reportFixture()) {
  return {
    [ME]: [{ body: session }],
    '/api/v1/health': [{ body: demoHealthFixture }],
    [REPORT]: [{ body: report }],
    [SETTINGS]: [{ body: settings }],
    '/api/v1/units': [{ body: listOf(unitsFixture, 500) }],
    '/api/v1/communes': [{ body: listOf(communesFixture, 500) }],
  };
}

const query = (url: string | undefined) => Object.fromEntries(new URLSearchParams(url?.split('?')[1]));
const reportCalls = (calls: string[]) => calls.filter((u) => u.startsWith(`${REPORT}?`));

async function openSettings() {
  const button = await screen.findByRole('button', { name: 'Sửa cài đặt báo cáo' }, SLOW);
  await waitFor(() => expect(button).toBeEnabled());
  fireEvent.click(button);
}

describe('Báo cáo định kỳ', { timeout: 20_000 }, () => {
  it('opens on the seed period and previews the report as it will print, with the downloads', async () => {
    const { calls } = mockFetch(replies());
    renderApp('/bao-cao');

    const preview = await screen.findByRole('article', { name: 'Bản xem trước của báo cáo' }, SLOW);
    expect(query(reportCalls(calls)[0])).toEqual({ from: '2021-09-10', to: '2022-03-18' });
    expect(screen.getByRole('heading', { level: 1, name: 'Báo cáo định kỳ' })).toBeInTheDocument();

    // The key figures, in Vietnamese number format.
    expect(screen.getByTestId('report-visits-value')).toHaveTextContent('115');
    expect(screen.getByTestId('report-units-value')).toHaveTextContent('59 / 77');
    expect(screen.getByTestId('report-communes-value')).toHaveTextContent('60 / 100');
    expect(screen.getByTestId('report-cash-value')).toHaveTextContent('372,4 triệu đồng');
    expect(screen.getByTestId('report-cash')).toHaveTextContent('372.400.000 đồng');

    // The party document: header, title, body, signature, recipients.
    expect(within(preview).getByText('ĐẢNG CỘNG SẢN VIỆT NAM')).toBeInTheDocument();
    expect(within(preview).getByText('ĐẢNG ỦY KHỐI CÁC CƠ QUAN')).toBeInTheDocument();
    expect(within(preview).getByText('VÀ DOANH NGHIỆP TỈNH')).toBeInTheDocument();
    expect(within(preview).getByTestId('report-number')).toHaveTextContent('Số 15-BC/ĐUK');
    expect(within(preview).getByText('…………, ngày 18 tháng 3 năm 2022')).toBeInTheDocument();
    expect(within(preview).getByRole('heading', { level: 3 })).toHaveTextContent(
      'BÁO CÁOKết quả tham gia hoạt động với nhân dân tại cơ sởtừ ngày 10/09/2021 đến ngày 18/03/2022',
    );
    expect(within(preview).getByRole('heading', { level: 4, name: 'I. KẾT QUẢ THỰC HIỆN' })).toBeInTheDocument();
    expect(within(preview).getByText(/tổ chức được 115 lượt hoạt động/)).toBeInTheDocument();
    expect(within(preview).getByText('T/M BAN THƯỜNG VỤ')).toBeInTheDocument();
    expect(within(preview).getByText('Nguyễn Văn An')).toBeInTheDocument();
    expect(within(preview).getByText('Nơi nhận:')).toBeInTheDocument();
    expect(within(preview).getByText('- Lưu Văn phòng Đảng ủy Khối.')).toBeInTheDocument();

    // The tables, formatted by the kind of each column.
    const table = within(preview).getByRole('table', { name: 'Biểu 4. Kinh phí, hiện vật theo nguồn' });
    const row = within(table).getByRole('row', { name: /Cán bộ, đảng viên tự nguyện đóng góp/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '300.000.000', '75,5%']);
    expect(within(table).getByRole('row', { name: /Cộng/ })).toHaveTextContent('372.400.000');

    const docx = screen.getByRole('link', { name: 'Tải về Word (.docx)' });
    expect(docx).toHaveAttribute('href', '/api/v1/reports/period.docx?from=2021-09-10&to=2022-03-18');
    expect(screen.getByRole('link', { name: 'Tải về Excel (.xlsx)' })).toHaveAttribute(
      'href',
      '/api/v1/reports/period.xlsx?from=2021-09-10&to=2022-03-18',
    );
  });

  it('shows the first rows of a long table, and all of them on request', async () => {
    const base = reportFixture();
    const long = {
      ...base.tables[0]!,
      key: 'items' as const,
      title: 'Biểu 5. Hiện vật hỗ trợ, trao tặng',
      rows: Array.from({ length: 12 }, (_, i) => [i + 1, `Hiện vật ${i + 1}`, 1000 * (i + 1), 0.01]),
    };
    mockFetch(replies(adminSessionFixture, { ...base, tables: [long] }));
    renderApp('/bao-cao');
    const table = await screen.findByRole('table', { name: 'Biểu 5. Hiện vật hỗ trợ, trao tặng' }, SLOW);
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 10 + 1);
    fireEvent.click(screen.getByRole('button', { name: 'Xem đủ 12 dòng (còn 2 dòng)' }));
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 12 + 1);
    expect(within(table).getByRole('row', { name: /Hiện vật 12/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Thu gọn' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('keeps the period and scope in the URL: a quarter, then one group of units', async () => {
    const { calls } = mockFetch(replies());
    const { router } = renderApp('/bao-cao');
    await screen.findByRole('article', {}, SLOW);

    fireEvent.click(screen.getByRole('combobox', { name: 'Kỳ báo cáo' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Quý' }));
    await waitFor(() => expect(router.state.location.search).toBe('?from=2022-01-01&to=2022-03-31'));
    await waitFor(() => expect(query(reportCalls(calls).at(-1))).toEqual({ from: '2022-01-01', to: '2022-03-31' }));
    expect(await screen.findByRole('combobox', { name: 'Quý' })).toHaveValue('Quý I');

    fireEvent.click(screen.getByRole('combobox', { name: 'Phạm vi' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Một khối' }));
    await waitFor(() =>
      expect(query(reportCalls(calls).at(-1))).toEqual({
        from: '2022-01-01',
        to: '2022-03-31',
        unitGroup: 'dang_doan_the',
      }),
    );
    // The route's loader asks for the report as soon as the URL changes; the page follows.
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'Tải về Word (.docx)' })).toHaveAttribute(
        'href',
        '/api/v1/reports/period.docx?from=2022-01-01&to=2022-03-31&unitGroup=dang_doan_the',
      ),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Kỳ của bản tin 18/3/2022' }));
    await waitFor(() =>
      expect(router.state.location.search).toBe('?from=2021-09-10&to=2022-03-18&unitGroup=dang_doan_the'),
    );
  });

  it('reads a bookmarked quarter and district from the URL', async () => {
    const { calls } = mockFetch(replies());
    renderApp('/bao-cao?from=2022-04-01&to=2022-06-30&district=Huy%E1%BB%87n%20Na%20R%C3%AC');
    await screen.findByRole('article', {}, SLOW);
    expect(query(reportCalls(calls)[0])).toEqual({ from: '2022-04-01', to: '2022-06-30', district: 'Huyện Na Rì' });
    expect(screen.getByRole('combobox', { name: 'Quý' })).toHaveValue('Quý II');
    expect(screen.getByRole('combobox', { name: 'Phạm vi' })).toHaveValue('Một huyện');
  });

  it('keeps a unit officer to their own unit and shows no settings', async () => {
    const { calls } = mockFetch(replies(officerSessionFixture));
    renderApp('/bao-cao?unitGroup=doanh_nghiep');
    await screen.findByRole('article', {}, SLOW);
    expect(query(reportCalls(calls)[0])).toEqual({ from: '2021-09-10', to: '2022-03-18', unitId: '3' });
    expect(screen.getByRole('textbox', { name: 'Đơn vị của bạn' })).toHaveValue('Chi bộ Ban Dân vận Tỉnh ủy');
    expect(screen.queryByRole('button', { name: 'Sửa cài đặt báo cáo' })).not.toBeInTheDocument();
  });

  it('says so when the period has nothing, and still shows the report', async () => {
    const empty = reportFixture({
      figures: {
        ...reportFixture().figures,
        visits: 0,
        activities: 0,
        units: { assigned: 0, active: 0, onNorm: 0 },
        communes: { assigned: 0, reached: 0, neverReached: 0 },
      },
    });
    mockFetch(replies(viewerSessionFixture, empty));
    renderApp('/bao-cao?from=2030-01-01&to=2030-01-31');
    expect(await screen.findByTestId('report-empty', {}, SLOW)).toHaveTextContent('Chưa có số liệu trong kỳ này');
    expect(screen.getByRole('article')).toBeInTheDocument();
  });

  it('shows a failure with a way to try again', async () => {
    mockFetch({
      ...replies(),
      // The loader's prefetch and the page's first read both fail; the retry succeeds.
      [REPORT]: [problemReply(500, 'Lỗi máy chủ'), problemReply(500, 'Lỗi máy chủ'), { body: reportFixture() }],
    });
    renderApp('/bao-cao');
    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent('Không lập được báo cáo');
    fireEvent.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('article')).toBeInTheDocument();
  });

  it('lets an admin change the settings, sending the version read', async () => {
    const saved: ReportSettings = { ...settings, number: '16', signerName: 'Nguyễn Văn An', version: 1 };
    const { requests } = mockFetch({ ...replies(), [SETTINGS]: [{ body: settings }, { body: saved }] });
    renderApp('/bao-cao');
    await openSettings();
    const dialog = await screen.findByRole('dialog', { name: 'Cài đặt báo cáo' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Số/ }), { target: { value: '16' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Họ và tên người ký' }), {
      target: { value: 'Nguyễn Văn An' },
    });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Cơ quan ban hành/ }), { target: { value: ' ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu cài đặt' }));
    expect(await within(dialog).findByText('Không được để trống')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'PUT')).toBe(false);

    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Cơ quan ban hành/ }), {
      target: { value: 'Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu cài đặt' }));
    expect(await screen.findByText('Đã lưu cài đặt báo cáo.')).toBeInTheDocument();
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(put.url).toBe(SETTINGS);
    expect(put.headers['if-match']).toBe('"0"');
    expect(put.body).toMatchObject({
      number: '16',
      signerName: 'Nguyễn Văn An',
      issuingBody: 'Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh',
      recipients: DEFAULT_REPORT_SETTINGS.recipients,
    });
  });

  it('tells an admin when someone else saved the settings first', async () => {
    mockFetch({
      ...replies(),
      [SETTINGS]: [{ body: settings }, problemReply(412, 'Bản ghi đã bị thay đổi'), { body: settings }],
    });
    renderApp('/bao-cao');
    await openSettings();
    const dialog = await screen.findByRole('dialog', { name: 'Cài đặt báo cáo' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu cài đặt' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('đã được người khác sửa');
  });
});
