import { describe, expect, it } from 'vitest';
import { otherFilters } from './other-filters';

const unitName = (id: string) => (id === '3' ? 'Chi bộ Ban Dân vận Tỉnh ủy' : `đơn vị mã số ${id}`);

describe('the filters with no field, in words', () => {
  it('leave out those the page has a field for', () => {
    const filters = { status: 'approved', from: '2021-09-10', to: '2022-03-18', communeId: '52', category: 'tang_qua' };
    expect(otherFilters(filters, { isAdmin: false, unitName })).toEqual([]);
    expect(otherFilters({ ...filters, unitId: '3', deleted: 'only' }, { isAdmin: true, unitName })).toEqual([]);
  });

  it('name the unit and deleted filters for a reader without those fields', () => {
    expect(otherFilters({ unitId: '3', deleted: 'only' }, { isAdmin: false, unitName }).map((f) => f.label)).toEqual([
      'Đơn vị tổ chức: Chi bộ Ban Dân vận Tỉnh ủy',
      'Hoạt động đã xoá: chỉ hoạt động đã xoá',
    ]);
  });

  it('say a bare district name, an unknown unit, the other remote choice and a lone measure unit', () => {
    const shown = otherFilters(
      { district: 'Bắc Mê', remote: 'false', contributionUnitId: '99', measureUnit: 'kg', ntm: 'qd318_2022:2' },
      { isAdmin: true, unitName },
    );
    expect(shown.map((f) => f.label)).toEqual([
      'Huyện: Bắc Mê',
      'Xã không thuộc vùng sâu, vùng xa',
      expect.stringMatching(/^Tiêu chí nông thôn mới: 2\. /),
      'Đơn vị đóng góp: đơn vị mã số 99',
      'Đơn vị tính hiện vật: kg',
    ]);
    expect(shown.filter((f) => f.contribution).map((f) => f.params)).toEqual([['contributionUnitId'], ['measureUnit']]);
  });

  it('remove an item together with its measure unit', () => {
    const [item] = otherFilters({ item: 'Gạo', measureUnit: 'kg' }, { isAdmin: true, unitName });
    expect(item).toEqual({
      key: 'item',
      label: 'Hiện vật: Gạo (kg)',
      params: ['item', 'measureUnit'],
      contribution: true,
    });
  });
});
