import { describe, expect, it } from 'vitest';
import { ACTIVITY_LIST } from '@/features/activities/activity-list-params';
import {
  ANY_KIND,
  activitiesHref,
  CASH,
  fundingHref,
  IN_KIND,
  MONEY,
  monthWindow,
  sectionHref,
} from '@/features/dashboards/drill-down';
import { readListState } from '@/hooks/use-list-params';

const query = { from: '2021-09-10', to: '2022-03-18', district: 'Huyện Bắc Mê', unitGroup: 'so_nganh' as const };

describe('drill-down links', () => {
  it('open the approved activities of the figure’s window and scope', () => {
    expect(activitiesHref({ from: '2021-09-10', to: '2022-03-18' })).toBe(
      '/hoat-dong?status=approved&from=2021-09-10&to=2022-03-18',
    );
    const href = activitiesHref(
      { ...query, remote: 'false' },
      { unitId: 7, period: { from: '2021-10-01', to: '2021-10-31' } },
    );
    expect(Object.fromEntries(new URL(href, 'http://x').searchParams)).toEqual({
      status: 'approved',
      from: '2021-10-01',
      to: '2021-10-31',
      unitGroup: 'so_nganh',
      district: 'Huyện Bắc Mê',
      remote: 'false',
      unitId: '7',
    });
  });

  it('use only filters the activities list reads back from its URL', () => {
    const href = activitiesHref(query, {
      communeId: 12,
      category: 've_sinh_moi_truong',
      source: 'can_bo_dong_gop,xa_hoi_hoa',
      ntm: 'qd318_2022:2',
      remote: 'true',
    });
    const sent = Object.fromEntries(new URL(href, 'http://x').searchParams);
    const read = readListState(new URL(href, 'http://x').searchParams, ACTIVITY_LIST).filters;
    expect(read).toEqual(sent);
  });

  it('read back every contribution filter, an item with its diacritics and spaces included', () => {
    const href = activitiesHref(query, {
      mainCategory: 'tang_qua',
      source: 'xa_hoi_hoa',
      contributionKind: ['tien_mat', 'hien_vat'],
      contributionUnitId: 3,
      contributionUnitGroup: 'doanh_nghiep',
      item: 'Xi măng PCB40',
      measureUnit: 'tấn',
    });
    const sent = Object.fromEntries(new URL(href, 'http://x').searchParams);
    expect(sent).toMatchObject({ contributionKind: 'tien_mat,hien_vat', item: 'Xi măng PCB40', measureUnit: 'tấn' });
    expect(readListState(new URL(href, 'http://x').searchParams, ACTIVITY_LIST).filters).toEqual(sent);
  });

  it('cut the first and last months to the period', () => {
    expect(monthWindow('2021-09', query)).toEqual({ from: '2021-09-10', to: '2021-09-30' });
    expect(monthWindow('2021-12', query)).toEqual({ from: '2021-12-01', to: '2021-12-31' });
    expect(monthWindow('2022-03', query)).toEqual({ from: '2022-03-01', to: '2022-03-18' });
  });

  it('link to a section of the same page with a table’s state changed', () => {
    const current = new URLSearchParams('from=2022-01-01&to=2022-03-31&unitPage=3');
    expect(sectionHref(current, { unitSort: '-rate', unitPage: null }, 'don-vi-theo-thang')).toBe(
      '?from=2022-01-01&to=2022-03-31&unitSort=-rate#don-vi-theo-thang',
    );
  });
});

describe('funding drill-down links', () => {
  const seed = { from: '2021-09-10', to: '2022-03-18' };
  const paramsOf = (href: string) => Object.fromEntries(new URL(href, 'http://x').searchParams);
  const approved = { status: 'approved', ...seed };

  it('ask for a contribution of the figure’s kinds', () => {
    expect(paramsOf(fundingHref({ query: seed }, { kinds: CASH }))).toEqual({
      ...approved,
      contributionKind: 'tien_mat',
    });
    expect(paramsOf(fundingHref({ query: seed }, { kinds: MONEY, mainCategory: 'tang_qua' }))).toEqual({
      ...approved,
      mainCategory: 'tang_qua',
      contributionKind: 'tien_mat,hien_vat',
    });
    // Any kind at all: "has a contribution".
    expect(paramsOf(fundingHref({ query: seed }, { kinds: ANY_KIND, communeId: 52 }))).toEqual({
      ...approved,
      communeId: '52',
      contributionKind: 'tien_mat,hien_vat,ngay_cong',
    });
    // …which a source says already.
    expect(paramsOf(fundingHref({ query: seed }, { kinds: ANY_KIND, source: 'ngan_sach' }))).toEqual({
      ...approved,
      source: 'ngan_sach',
    });
  });

  it('by contributing unit, never the organising one', () => {
    expect(paramsOf(fundingHref({ query: seed }, { kinds: CASH, unitId: 7 }))).toEqual({
      ...approved,
      contributionKind: 'tien_mat',
      contributionUnitId: '7',
    });
  });

  it('within the scope the figures count: the unit group chosen, or an officer’s own unit', () => {
    expect(paramsOf(fundingHref({ query }, { kinds: IN_KIND, source: 'xa_hoi_hoa' }))).toEqual({
      ...approved,
      unitGroup: 'so_nganh',
      district: 'Huyện Bắc Mê',
      source: 'xa_hoi_hoa',
      contributionKind: 'hien_vat',
      contributionUnitGroup: 'so_nganh',
    });
    expect(paramsOf(fundingHref({ query, ownUnitId: null }, { kinds: CASH, unitId: 9 }))).toEqual({
      ...approved,
      unitGroup: 'so_nganh',
      district: 'Huyện Bắc Mê',
      contributionKind: 'tien_mat',
      contributionUnitId: '9',
    });
    expect(paramsOf(fundingHref({ query: seed, ownUnitId: 3 }, { kinds: MONEY }))).toEqual({
      ...approved,
      contributionKind: 'tien_mat,hien_vat',
      contributionUnitId: '3',
    });
  });

  it('by item: its name and measure unit, in kind', () => {
    const href = fundingHref({ query: seed }, { kinds: IN_KIND, item: 'xi măng', measureUnit: 'tấn' });
    expect(paramsOf(href)).toEqual({ ...approved, item: 'xi măng', measureUnit: 'tấn' });
  });

  it('by month: the month cut to the period', () => {
    expect(paramsOf(fundingHref({ query: seed }, { kinds: MONEY, period: monthWindow('2021-09', seed) }))).toEqual({
      ...approved,
      to: '2021-09-30',
      contributionKind: 'tien_mat,hien_vat',
    });
  });
});
