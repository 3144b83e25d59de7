import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OverviewRoute } from '@/app/routes/overview';
import { coverageFixture } from '@/testing/fixtures';
import { mockFetch, renderWithProviders } from '@/testing/test-utils';

const COVERAGE = '/api/v1/stats/coverage';

describe('Trang Tổng quan', () => {
  it('shows the coverage figures formatted the Vietnamese way', async () => {
    const { calls } = mockFetch({ [COVERAGE]: [{ body: coverageFixture }] });
    renderWithProviders(<OverviewRoute />);

    expect(screen.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeInTheDocument();
    expect(screen.getByText('Từ 10/09/2021 đến 18/03/2022')).toBeInTheDocument();

    expect(await screen.findByTestId('stat-visits-value')).toHaveTextContent('1.234');
    expect(screen.getByTestId('stat-units-value')).toHaveTextContent('1.875 / 2.500');
    expect(screen.getByTestId('stat-communes-value')).toHaveTextContent('998 / 1.000');
    expect(screen.getByTestId('stat-on-norm-value')).toHaveTextContent('120 / 2.500');

    const units = screen.getByRole('group', { name: 'Đơn vị tham gia' });
    expect(within(units).getByText('đơn vị được phân công')).toBeInTheDocument();
    expect(within(units).getByText('Tỷ lệ 75%')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Xã có hoạt động' })).toHaveTextContent('Tỷ lệ 99,8%');

    const months = screen.getByRole('table', { name: /Số đơn vị được phân công/ });
    const september = within(months).getByRole('row', { name: /Tháng 9\/2021/ });
    expect(september).toHaveTextContent('2.500');
    expect(september).toHaveTextContent('1.250');
    expect(september).toHaveTextContent('50%');

    const communes = screen.getByRole('table', { name: /chưa có hoạt động nào được duyệt/ });
    expect(within(communes).getByRole('row', { name: /Xã Minh Sơn/ })).toHaveTextContent('Chưa có hoạt động');
    expect(within(communes).getByRole('row', { name: /Xã Yên Định/ })).toHaveTextContent(
      'Lần cuối 20/08/2021 (210 ngày)',
    );

    expect(calls).toEqual([`${COVERAGE}?from=2021-09-10&to=2022-03-18`]);
  });

  it('offers both tables as whole Excel and CSV files for the period shown', async () => {
    mockFetch({ [COVERAGE]: [{ body: coverageFixture }] });
    renderWithProviders(<OverviewRoute />);
    const months = await screen.findByRole('group', { name: 'Tải bảng “Theo tháng” về' });
    expect(within(months).getByRole('link', { name: /Excel/ })).toHaveAttribute(
      'href',
      '/api/v1/stats/exports/months?from=2021-09-10&to=2022-03-18&format=xlsx',
    );
    expect(within(months).getByRole('link', { name: /CSV/ })).toHaveAttribute(
      'href',
      '/api/v1/stats/exports/months?from=2021-09-10&to=2022-03-18&format=csv',
    );
    const communes = screen.getByRole('group', { name: 'Tải bảng “Xã chưa có hoạt động” về' });
    expect(within(communes).getByRole('link', { name: /CSV/ })).toHaveAttribute(
      'href',
      '/api/v1/stats/exports/communes?from=2021-09-10&to=2022-03-18&reached=false&format=csv',
    );
  });

  it('shows a loading state while the figures are on their way', () => {
    mockFetch({ [COVERAGE]: [{ body: coverageFixture }] });
    renderWithProviders(<OverviewRoute />);
    expect(screen.getByTestId('overview-loading')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Đang tải số liệu tổng quan…');
  });

  it('takes the period from the URL so that it can be bookmarked', async () => {
    const { calls } = mockFetch({ [COVERAGE]: [{ body: coverageFixture }] });
    renderWithProviders(<OverviewRoute />, { url: '/?from=2021-10-01&to=2021-12-31' });
    expect(screen.getByText('Từ 01/10/2021 đến 31/12/2021')).toBeInTheDocument();
    await screen.findByTestId('stat-visits-value');
    expect(calls).toEqual([`${COVERAGE}?from=2021-10-01&to=2021-12-31`]);
  });

  it('falls back to the seed period, and says so, when the URL period is not valid', async () => {
    const { calls } = mockFetch({ [COVERAGE]: [{ body: coverageFixture }] });
    renderWithProviders(<OverviewRoute />, { url: '/?from=2022-03-01&to=2021-01-01' });
    expect(screen.getByText('Từ 10/09/2021 đến 18/03/2022')).toBeInTheDocument();
    expect(screen.getByText(/Khoảng thời gian trong địa chỉ trang không hợp lệ/)).toBeInTheDocument();
    await screen.findByTestId('stat-visits-value');
    expect(calls).toEqual([`${COVERAGE}?from=2021-09-10&to=2022-03-18`]);
  });

  it('shows a Vietnamese error with a retry button, and the figures once the retry succeeds', async () => {
    mockFetch({
      [COVERAGE]: [
        {
          status: 500,
          contentType: 'application/problem+json',
          body: { type: 'about:blank', title: 'Internal Server Error', status: 500 },
        },
        { body: coverageFixture },
      ],
    });
    renderWithProviders(<OverviewRoute />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không tải được số liệu tổng quan');
    expect(alert).toHaveTextContent('Máy chủ gặp sự cố. Vui lòng thử lại sau.');
    expect(alert).not.toHaveTextContent('Internal Server Error');

    fireEvent.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByTestId('stat-visits-value')).toHaveTextContent('1.234');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains a network failure in Vietnamese', async () => {
    mockFetch({ [COVERAGE]: [new TypeError('Failed to fetch')] });
    renderWithProviders(<OverviewRoute />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không kết nối được máy chủ');
    expect(within(alert).getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
  });

  it('shows an empty state when nothing is assigned in the period', async () => {
    mockFetch({
      [COVERAGE]: [
        {
          body: {
            ...coverageFixture,
            visits: 0,
            activities: 0,
            units: { assigned: 0, active: 0, onNorm: 0 },
            communes: { assigned: 0, reached: 0, coverageRate: null, neverReached: [] },
            months: [],
          },
        },
      ],
    });
    renderWithProviders(<OverviewRoute />);
    expect(await screen.findByRole('heading', { name: 'Chưa có số liệu' })).toBeInTheDocument();
    expect(screen.queryByTestId('stat-visits')).not.toBeInTheDocument();
  });
});
