import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createAppRoutes } from '@/app/router';
import { coverageFixture, demoHealthFixture } from '@/testing/fixtures';
import { createTestQueryClient, mockFetch, renderRoutes } from '@/testing/test-utils';

function renderApp(url: string) {
  const queryClient = createTestQueryClient();
  return renderRoutes(createAppRoutes(queryClient), { url, queryClient });
}

describe('the application shell', () => {
  it('names the product and committee, lists only existing pages and says when the data is illustrative', async () => {
    mockFetch({
      '/api/v1/health': [{ body: demoHealthFixture }],
      '/api/v1/stats/coverage': [{ body: coverageFixture }],
    });
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Tổng quan' })).toBeInTheDocument();
    const banner = screen.getByRole('banner');
    expect(banner).toHaveTextContent('Dân vận cơ sở');
    expect(banner).toHaveTextContent('Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh');

    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Tổng quan']);
    expect(links[0]).toHaveAttribute('aria-current', 'page');

    expect(screen.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' })).toHaveAttribute('href', '#main-content');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
    expect(await screen.findByTestId('demo-banner')).toHaveTextContent('Dữ liệu minh hoạ');
  });

  it('shows no demo banner for real data', async () => {
    mockFetch({
      '/api/v1/health': [{ body: { ...demoHealthFixture, demo: false } }],
      '/api/v1/stats/coverage': [{ body: coverageFixture }],
    });
    renderApp('/');
    await screen.findByTestId('stat-visits-value');
    expect(screen.queryByTestId('demo-banner')).not.toBeInTheDocument();
  });

  it('answers an unknown address with a Vietnamese 404 page inside the shell', async () => {
    mockFetch({ '/api/v1/health': [{ body: demoHealthFixture }] });
    renderApp('/khong-co-trang-nay');
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Về trang Tổng quan' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('navigation', { name: 'Điều hướng chính' })).toBeInTheDocument();
  });
});
