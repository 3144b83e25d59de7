import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { CsvDownloadButton } from './csv-download-button';

describe('the downloads of a list', () => {
  it('offer the same filtered, sorted list as Excel and as CSV', async () => {
    renderWithProviders(
      <CsvDownloadButton
        path="/units"
        query={{ q: 'ban dan van', group: 'so_nganh', sort: '-staff', format: 'csv' }}
      />,
    );
    const xlsx = new URL((await screen.findByRole('link', { name: 'Tải về Excel' })).getAttribute('href')!, 'http://x');
    const csv = new URL(screen.getByRole('link', { name: 'Tải về CSV' }).getAttribute('href')!, 'http://x');
    expect(xlsx.pathname).toBe('/api/v1/units');
    expect(Object.fromEntries(xlsx.searchParams)).toEqual({
      q: 'ban dan van',
      group: 'so_nganh',
      sort: '-staff',
      format: 'xlsx',
    });
    expect(Object.fromEntries(csv.searchParams)).toEqual({
      q: 'ban dan van',
      group: 'so_nganh',
      sort: '-staff',
      format: 'csv',
    });
    expect(screen.getByRole('group', { name: 'Tải danh sách về' })).toBeInTheDocument();
  });
});
