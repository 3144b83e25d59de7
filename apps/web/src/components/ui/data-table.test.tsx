import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { theme } from '@/config/theme';
import { DataTable, type DataTableColumn, nextSort, parseSort } from './data-table';

interface Row {
  id: number;
  name: string;
  staff: number;
}

const COLUMNS: DataTableColumn<Row>[] = [
  { key: 'name', header: 'Tên đơn vị', sortField: 'name', rowHeader: true, render: (r) => r.name },
  { key: 'staff', header: 'Số cán bộ', sortField: 'staff', align: 'end', render: (r) => r.staff },
  { key: 'note', header: 'Ghi chú', render: () => '—' },
];

const ROWS: Row[] = [
  { id: 1, name: 'Chi bộ Ban Dân vận Tỉnh ủy', staff: 17 },
  { id: 2, name: 'Chi bộ Hội Cựu chiến binh tỉnh', staff: 12 },
];

function renderTable(props: Partial<React.ComponentProps<typeof DataTable<Row>>> = {}) {
  const onSortChange = vi.fn();
  const onPageChange = vi.fn();
  render(
    <MantineProvider theme={theme} env="test">
      <DataTable
        caption="Danh sách đơn vị"
        columns={COLUMNS}
        rows={ROWS}
        rowKey={(r) => r.id}
        sort="-staff"
        onSortChange={onSortChange}
        pagination={{ page: 2, pages: 4, total: 77, limit: 25, onPageChange }}
        {...props}
      />
    </MantineProvider>,
  );
  return { onSortChange, onPageChange };
}

describe('DataTable', () => {
  it('is a table named by its caption, with row headers and a focusable scroll region', () => {
    renderTable();
    const table = screen.getByRole('table', { name: 'Danh sách đơn vị' });
    expect(within(table).getByRole('rowheader', { name: 'Chi bộ Ban Dân vận Tỉnh ủy' })).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByRole('region', { name: 'Danh sách đơn vị' })).toHaveAttribute('tabindex', '0');
  });

  it('marks the sorted column with aria-sort and sorts by a header button', () => {
    const { onSortChange } = renderTable();
    const staff = screen.getByRole('columnheader', { name: 'Số cán bộ' });
    const name = screen.getByRole('columnheader', { name: 'Tên đơn vị' });
    expect(staff).toHaveAttribute('aria-sort', 'descending');
    expect(name).not.toHaveAttribute('aria-sort');
    // A column that cannot be sorted has no button.
    expect(within(screen.getByRole('columnheader', { name: 'Ghi chú' })).queryByRole('button')).toBeNull();

    fireEvent.click(within(name).getByRole('button', { name: 'Tên đơn vị' }));
    expect(onSortChange).toHaveBeenLastCalledWith('name');
    fireEvent.click(within(staff).getByRole('button', { name: 'Số cán bộ' }));
    expect(onSortChange).toHaveBeenLastCalledWith('staff');
  });

  it('pages through a labelled navigation, saying which rows are shown', () => {
    const { onPageChange } = renderTable();
    expect(screen.getByText('Hiển thị 26–50 trong 77')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Phân trang' });
    expect(within(nav).getByRole('button', { name: 'Trang 2' })).toHaveAttribute('aria-current', 'page');
    fireEvent.click(within(nav).getByRole('button', { name: 'Trang sau' }));
    expect(onPageChange).toHaveBeenLastCalledWith(3);
    fireEvent.click(within(nav).getByRole('button', { name: 'Trang 4' }));
    expect(onPageChange).toHaveBeenLastCalledWith(4);
  });

  it('shows the empty state instead of an empty table, and announces loading', () => {
    renderTable({ rows: [], empty: <p>Không có đơn vị nào.</p> });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('Không có đơn vị nào.')).toBeInTheDocument();
  });

  it('shows placeholder rows while loading, marked busy', () => {
    renderTable({ rows: undefined, loading: true });
    expect(screen.getByRole('table')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Đang tải danh sách…');
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });
});

describe('sort strings', () => {
  it('reads and toggles `field` / `-field`', () => {
    expect(parseSort('-staff')).toEqual({ field: 'staff', direction: 'descending' });
    expect(nextSort('name', 'name')).toBe('-name');
    expect(nextSort('-name', 'name')).toBe('name');
    expect(nextSort('-name', 'staff')).toBe('staff');
  });
});
