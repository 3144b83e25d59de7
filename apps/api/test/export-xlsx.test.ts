/**
 * Lists as XLSX (issue 7): every list, with its filters and sort, all pages, Vietnamese headers,
 * money as numbers in a thousands format, dates as real dates. Parsed back with exceljs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XLSX_MIME } from '../src/lib/xlsx.js';
import { asRole } from './helpers/auth.js';
import { createTestApp, type TestApp } from './helpers/test-app.js';
import { firstSheet } from './helpers/xlsx-sheet.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function sheetOf(url: string, headers: Record<string, string> = {}) {
  const res = await t.app.inject({ url, headers });
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  expect(res.headers['content-type']).toBe(XLSX_MIME);
  return { res, ...(await firstSheet(res)) };
}

function column(header: string[], label: string): number {
  const index = header.indexOf(label);
  if (index < 0) throw new Error(`no column "${label}" in ${header.join(' | ')}`);
  return index + 1;
}

describe('XLSX export of lists', () => {
  it('gives every matching activity, in the list’s order, with Vietnamese headers, dates and money typed', async () => {
    const filters = 'status=approved&from=2021-10-01&to=2021-12-31&sort=-startDate';
    const json = (await t.app.inject({ url: `/api/v1/activities?${filters}&limit=500` })).json();
    expect(json.total).toBeGreaterThan(20);
    expect(json.total).toBeLessThan(110);
    const { res, ws, header, data } = await sheetOf(`/api/v1/activities?${filters}&format=xlsx&limit=5&page=3`);
    expect(res.headers['content-disposition']).toContain('hoat-dong.xlsx');
    expect(ws.name).toBe('Hoạt động');
    // Every page, not only the one named in the query.
    expect(data).toHaveLength(json.total);
    expect(header).toContain('Tên hoạt động');
    expect(header).toContain('Ngày bắt đầu');
    expect(header).toContain('Tiền mặt (đồng)');
    const ids = data.map((row) => row.getCell(column(header, 'ID')).value);
    expect(ids).toEqual(json.items.map((a: { id: number }) => a.id));

    const first = data[0]!;
    const start = first.getCell(column(header, 'Ngày bắt đầu'));
    expect(start.value).toBeInstanceOf(Date);
    expect((start.value as Date).toISOString().slice(0, 10)).toBe(json.items[0].startDate);
    expect(start.numFmt).toBe('dd/mm/yyyy');
    const cash = data
      .map((row) => row.getCell(column(header, 'Tiền mặt (đồng)')))
      .find((c) => typeof c.value === 'number' && c.value > 0)!;
    expect(cash.numFmt).toBe('#,##0');
    expect(first.getCell(column(header, 'Trạng thái')).value).toBe('Đã duyệt');
  });

  it('is also chosen by the Accept header', async () => {
    const { data } = await sheetOf('/api/v1/communes?remote=true', { accept: XLSX_MIME });
    const json = (await t.app.inject({ url: '/api/v1/communes?remote=true' })).json();
    expect(data).toHaveLength(json.total);
  });

  it('has a Vietnamese header for every column of every list, and as many rows as the CSV', async () => {
    for (const path of [
      '/directives',
      '/units',
      '/communes',
      '/assignments',
      '/activities',
      '/contributions',
      '/plans',
      '/difficulties',
    ]) {
      const { header, data } = await sheetOf(`/api/v1${path}?format=xlsx`);
      const csv = await t.app.inject({ url: `/api/v1${path}?format=csv` });
      const csvHeader = csv.body
        .replace(/^\uFEFF/, '')
        .split('\r\n')[0]!
        .split(',');
      expect(header, path).toHaveLength(csvHeader.length);
      // No English key is left as a header ("unitId", "valueVnd"…).
      expect(
        header.filter((h) => /^[a-z]+[A-Z]?[A-Za-z]*$/.test(h)),
        path,
      ).toEqual([]);
      const json = (await t.app.inject({ url: `/api/v1${path}` })).json();
      expect(data, path).toHaveLength(json.total);
    }
  });

  it('gives a unit officer only their own unit’s activities', async () => {
    const officer = await asRole(t, 'unit_officer');
    const own = (await t.app.inject({ url: '/api/v1/activities', headers: officer })).json();
    const { data } = await sheetOf('/api/v1/activities?format=xlsx', officer);
    expect(data).toHaveLength(own.total);
    expect(own.total).toBeLessThan((await t.app.inject({ url: '/api/v1/activities' })).json().total);
  });

  it('writes contributions with the amount as a number and the activity date as a date', async () => {
    const { header, data } = await sheetOf('/api/v1/contributions?format=xlsx&kind=hien_vat&sort=-valueVnd');
    const json = (await t.app.inject({ url: '/api/v1/contributions?kind=hien_vat&sort=-valueVnd&limit=1' })).json();
    expect(data).toHaveLength(json.total);
    const top = data[0]!;
    expect(top.getCell(column(header, 'Số tiền, trị giá (đồng)')).value).toBe(json.items[0].valueVnd);
    expect(top.getCell(column(header, 'Hình thức')).value).toBe('Hiện vật');
    expect(top.getCell(column(header, 'Ngày hoạt động')).value).toBeInstanceOf(Date);
  });
});
