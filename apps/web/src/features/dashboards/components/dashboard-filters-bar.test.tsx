import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DashboardFiltersBar } from '@/features/dashboards/components/dashboard-filters-bar';
import { mockFetch, renderWithProviders } from '@/testing/test-utils';

// The date pickers never get ready, as on a slow phone (the component suspends for good): the bar must still
// show the period.
vi.mock('./custom-range-fields', () => ({
  default: () => {
    throw new Promise(() => {});
  },
}));

describe('DashboardFiltersBar while the date pickers load', () => {
  it('shows the custom period in read-only fields with their labels, and says the pickers are loading', async () => {
    mockFetch({ '/api/v1/communes/districts': [{ body: { items: [] } }] });
    renderWithProviders(
      <DashboardFiltersBar
        filters={{ period: { from: '2021-09-10', to: '2022-03-18' }, kind: 'custom' }}
        onChange={() => {}}
        ownUnitOnly={false}
      />,
    );
    const from = await screen.findByLabelText('Từ ngày');
    const to = screen.getByLabelText('Đến ngày');
    expect([(from as HTMLInputElement).value, (to as HTMLInputElement).value]).toEqual(['10/09/2021', '18/03/2022']);
    expect(from).toHaveAttribute('readonly');
    expect(screen.getByRole('status')).toHaveTextContent('Đang tải ô chọn ngày…');
  });
});
