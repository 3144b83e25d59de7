import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { type ListParamsConfig, listCsvQuery, readListState, useListParams } from './use-list-params';

const CONFIG: ListParamsConfig<'group' | 'kind' | 'unitId' | 'activeOn' | 'remote'> = {
  filters: {
    group: { kind: 'enum', values: ['so_nganh', 'doanh_nghiep', 'trung_uong'], multiple: true },
    kind: { kind: 'enum', values: ['chi_bo_co_so', 'dang_bo_co_so'] },
    unitId: { kind: 'id' },
    activeOn: { kind: 'date' },
    remote: { kind: 'boolean' },
  },
  sortFields: ['name', 'staff'],
  defaultSort: 'name',
  pageSize: 25,
};

function ListProbe() {
  const list = useListParams(CONFIG);
  return (
    <div>
      <output data-testid="query">{JSON.stringify(list.apiQuery)}</output>
      <output data-testid="active">{list.activeCount}</output>
      <button type="button" onClick={() => list.setFilter('group', ['so_nganh', 'doanh_nghiep'])}>
        khối
      </button>
      <button type="button" onClick={() => list.setFilter('kind', null)}>
        bỏ loại
      </button>
      <button type="button" onClick={() => list.setSort('-staff')}>
        sắp xếp
      </button>
      <button type="button" onClick={() => list.setSort('name')}>
        sắp xếp mặc định
      </button>
      <button type="button" onClick={() => list.setPage(3)}>
        trang 3
      </button>
      <button type="button" onClick={() => list.setSearch('  ban dan van ')}>
        tìm
      </button>
      <button type="button" onClick={list.clearAll}>
        xoá
      </button>
    </div>
  );
}

function query() {
  return JSON.parse(screen.getByTestId('query').textContent ?? '{}');
}

describe('useListParams: the state of a list lives in the URL', () => {
  it('reads search, filters, sort and page from the URL, as the API takes them', () => {
    renderWithProviders(<ListProbe />, {
      url: '/don-vi?q=ban%20dan%20van&group=so_nganh,trung_uong&kind=chi_bo_co_so&sort=-staff&page=2&from=2021-09-10',
    });
    expect(query()).toEqual({
      q: 'ban dan van',
      group: 'so_nganh,trung_uong',
      kind: 'chi_bo_co_so',
      sort: '-staff',
      page: 2,
      limit: 25,
    });
    expect(screen.getByTestId('active')).toHaveTextContent('3');
  });

  it('ignores what the API would refuse: unknown codes, sorts, pages, ids and dates', () => {
    renderWithProviders(<ListProbe />, {
      url: '/don-vi?group=so_nganh,khong_co&kind=x&sort=-password&page=-4&unitId=abc&activeOn=2022-02-30&remote=yes',
    });
    expect(query()).toEqual({ group: 'so_nganh', sort: 'name', page: 1, limit: 25 });
  });

  it('writes changes back to the URL; a new filter or search goes back to page 1, the sort stays', () => {
    const { router } = renderWithProviders(<ListProbe />, { url: '/don-vi?kind=chi_bo_co_so&page=4&from=2021-09-10' });

    fireEvent.click(screen.getByRole('button', { name: 'khối' }));
    expect(router.state.location.search).toBe(
      `?kind=chi_bo_co_so&from=2021-09-10&group=${encodeURIComponent('so_nganh,doanh_nghiep')}`,
    );

    fireEvent.click(screen.getByRole('button', { name: 'sắp xếp' }));
    fireEvent.click(screen.getByRole('button', { name: 'trang 3' }));
    expect(query()).toMatchObject({ sort: '-staff', page: 3 });

    fireEvent.click(screen.getByRole('button', { name: 'tìm' }));
    expect(query()).toMatchObject({ q: 'ban dan van', sort: '-staff', page: 1 });

    fireEvent.click(screen.getByRole('button', { name: 'bỏ loại' }));
    expect(new URLSearchParams(router.state.location.search).has('kind')).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'xoá' }));
    expect(query()).toEqual({ sort: '-staff', page: 1, limit: 25 });
    // Parameters that are not the list's (a period, say) are left alone.
    expect(new URLSearchParams(router.state.location.search).get('from')).toBe('2021-09-10');

    fireEvent.click(screen.getByRole('button', { name: 'sắp xếp mặc định' }));
    expect(new URLSearchParams(router.state.location.search).has('sort')).toBe(false);
  });

  it('gives the CSV download the same search, filters and sort, without paging', () => {
    const state = readListState(new URLSearchParams('q=tan%20lap&group=so_nganh&page=3&sort=-staff'), CONFIG);
    expect(listCsvQuery(state)).toEqual({ q: 'tan lap', group: 'so_nganh', sort: '-staff', format: 'csv' });
  });
});
