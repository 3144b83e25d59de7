/**
 * Downloads of the dashboards' tables (issue 7): every table as XLSX and CSV, parsed back (exceljs,
 * csv-parse) and checked against the JSON of /stats/* for the seed period, under filters and as a
 * unit officer: Vietnamese headers, every row (not the page on screen), numbers as numbers.
 */
import { formatMonth, SEED_PERIOD, STATS_EXPORT_TABLES, UnitGroup } from '@danvan/domain';
import { parse } from 'csv-parse/sync';
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

const SEED = `from=${SEED_PERIOD.from}&to=${SEED_PERIOD.to}`;
type Headers = Record<string, string>;

async function json(path: string, query: string, headers: Headers = {}) {
  const res = await t.app.inject({ url: `/api/v1/stats/${path}?${query}`, headers });
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  return res.json();
}

/** The first sheet as a header row and data rows of cells. */
async function xlsx(table: string, query: string, headers: Headers = {}) {
  const res = await t.app.inject({ url: `/api/v1/stats/exports/${table}?${query}&format=xlsx`, headers });
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  expect(res.headers['content-type']).toBe(XLSX_MIME);
  const { ws, header, data } = await firstSheet(res);
  /** The values of one column, by its header. */
  const col = (label: string) => {
    const index = header.indexOf(label);
    if (index < 0) throw new Error(`no column "${label}" in ${header.join(' | ')}`);
    return data.map((row) => row.getCell(index + 1).value);
  };
  const cell = (row: number, label: string) => data[row]!.getCell(header.indexOf(label) + 1);
  return { res, ws, header, data, col, cell };
}

async function csv(table: string, query: string, headers: Headers = {}) {
  const res = await t.app.inject({ url: `/api/v1/stats/exports/${table}?${query}&format=csv`, headers });
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
  expect(res.body.startsWith('\uFEFF')).toBe(true);
  const records = parse(res.body, { bom: true, columns: true }) as Record<string, string>[];
  const header = parse(res.body, { bom: true, to_line: 1 })[0] as string[];
  return { res, records, header };
}

const sum = (values: unknown[]) => values.reduce<number>((a, v) => a + (typeof v === 'number' ? v : 0), 0);
const month = (d: unknown) => (d as Date).toISOString().slice(0, 7);
const day = (d: unknown) => (d === null ? null : (d as Date).toISOString().slice(0, 10));

describe('downloads of the coverage dashboard’s tables, seed period', () => {
  it('the units × months matrix has all 77 units, every month’s lượt, and the page’s order', async () => {
    const stats = await json('compliance', `${SEED}&limit=1000&sort=-visits`);
    expect(stats.total).toBe(77);
    const { res, ws, header, data, col, cell } = await xlsx('unit-months', `${SEED}&sort=-visits`);
    expect(res.headers['content-disposition']).toContain(
      'filename="luot-cua-don-vi-theo-thang-10-09-2021-den-18-03-2022.xlsx"',
    );
    expect(res.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('Lượt của đơn vị theo tháng 10-09-2021 đến 18-03-2022.xlsx')}`,
    );
    expect(ws.name).toBe('Lượt của đơn vị theo tháng');
    expect(data).toHaveLength(77);
    const months: string[] = stats.months;
    expect(months).toHaveLength(7);
    expect(header).toEqual([
      'Mã đơn vị',
      'Đơn vị',
      'Khối',
      ...months.map(formatMonth),
      'Tổng lượt',
      'Số tháng được phân công',
      `Số tháng đạt định mức (${stats.norm} lượt/tháng)`,
      'Tỷ lệ tháng đạt',
      'Đạt định mức cả kỳ',
    ]);
    expect(col('Mã đơn vị')).toEqual(stats.units.map((u: { code: string }) => u.code));
    expect(col('Tổng lượt')).toEqual(stats.units.map((u: { visits: number }) => u.visits));
    expect(sum(col('Tổng lượt'))).toBe(115);
    expect(col('Khối')).toEqual(stats.units.map((u: { group: UnitGroup }) => UnitGroup.labels[u.group]));
    expect(col('Tỷ lệ tháng đạt')).toEqual(stats.units.map((u: { rate: number | null }) => u.rate));
    expect(col('Đạt định mức cả kỳ')).toEqual(stats.units.map((u: { onNorm: boolean }) => (u.onNorm ? 'Có' : 'Không')));
    type Cell = { month: string; visits: number; assigned: boolean };
    for (const [i, m] of months.entries()) {
      expect(col(formatMonth(m)), m).toEqual(
        stats.units.map((u: { cells: Cell[] }) => {
          const c = u.cells[i]!;
          return c.assigned || c.visits > 0 ? c.visits : null;
        }),
      );
    }
    expect(cell(0, 'Tổng lượt').numFmt).toBe('#,##0');
    expect(cell(0, 'Tỷ lệ tháng đạt').numFmt).toBe('0.0%');

    const { records, header: csvHeader } = await csv('unit-months', `${SEED}&sort=-visits`);
    expect(csvHeader).toEqual(header.map((h) => (h === 'Tỷ lệ tháng đạt' ? 'Tỷ lệ tháng đạt (%)' : h)));
    expect(records).toHaveLength(77);
    expect(records.map((r) => Number(r['Tổng lượt']))).toEqual(stats.units.map((u: { visits: number }) => u.visits));
    expect(records.map((r) => r['Tỷ lệ tháng đạt (%)'])).toEqual(
      stats.units.map((u: { rate: number | null }) => (u.rate === null ? '' : String(Math.round(u.rate * 1000) / 10))),
    );
  });

  it('the communes table has all 100 communes with their last activity, days since and new-rural criteria', async () => {
    const stats = await json('communes', `${SEED}&limit=1000&sort=-daysSinceLast`);
    expect(stats.total).toBe(100);
    const { data, col, cell } = await xlsx('communes', `${SEED}&sort=-daysSinceLast`);
    expect(data).toHaveLength(100);
    type Row = { code: string; visits: number; lastActivityDate: string | null; daysSinceLast: number | null };
    expect(col('Mã xã')).toEqual(stats.items.map((c: Row) => c.code));
    expect(col('Lượt')).toEqual(stats.items.map((c: Row) => c.visits));
    expect(col('Hoạt động gần nhất').map(day)).toEqual(stats.items.map((c: Row) => c.lastActivityDate));
    expect(col('Số ngày từ lần cuối')).toEqual(stats.items.map((c: Row) => c.daysSinceLast));
    const withCriteria = stats.items.findIndex((c: { ntmCriteria: unknown[] }) => c.ntmCriteria.length > 0);
    expect(withCriteria).toBeGreaterThanOrEqual(0);
    expect(String(cell(withCriteria, 'Tiêu chí nông thôn mới').value)).toMatch(/^\d+\. /);
    const reached = stats.items.findIndex((c: Row) => c.lastActivityDate !== null);
    expect(cell(reached, 'Hoạt động gần nhất').numFmt).toBe('dd/mm/yyyy');

    // Only the communes never reached, as the dashboard's "reached" choice shows them.
    const never = await json('communes', `${SEED}&limit=1000&reached=false`);
    const { records, res } = await csv('communes', `${SEED}&reached=false`);
    expect(records).toHaveLength(never.total);
    // The file says which communes it holds.
    expect(decodeURIComponent(res.headers['content-disposition'] as string)).toContain(
      'Các xã chưa có hoạt động 10-09-2021 đến 18-03-2022.csv',
    );
    expect(never.total).toBeGreaterThan(0);
    expect(records.every((r) => r['Hoạt động gần nhất'] === '' && r.Lượt === '0')).toBe(true);
  });

  it('months and remote tables equal the coverage figures', async () => {
    const stats = await json('coverage', SEED);
    const months = await xlsx('months', SEED);
    expect(months.header).toEqual(['Tháng', 'Đơn vị được phân công', 'Đơn vị có hoạt động', 'Tỷ lệ']);
    expect(months.col('Tháng').map(month)).toEqual(stats.months.map((m: { month: string }) => m.month));
    expect(months.cell(0, 'Tháng').numFmt).toBe('mm/yyyy');
    expect(months.col('Đơn vị có hoạt động')).toEqual(stats.months.map((m: { activeUnits: number }) => m.activeUnits));
    expect(months.col('Tỷ lệ')).toEqual(stats.months.map((m: { complianceRate: number | null }) => m.complianceRate));

    const remote = await xlsx('remote', SEED);
    expect(remote.col('Nhóm xã')).toEqual(['Xã vùng sâu, vùng xa', 'Các xã còn lại']);
    expect(sum(remote.col('Xã được phân công'))).toBe(100);
    expect(remote.col('Lượt')).toEqual(stats.byRemote.map((r: { visits: number }) => r.visits));
    expect(sum(remote.col('Lượt'))).toBe(115);
    expect(remote.col('Lượt bình quân mỗi xã')).toEqual(
      stats.byRemote.map((r: { visitsPerCommune: number | null }) =>
        r.visitsPerCommune === null ? null : Number(r.visitsPerCommune.toFixed(2)),
      ),
    );
    expect(remote.col('Xã có hoạt động')).toEqual(
      stats.byRemote.map((r: { communesReached: number }) => r.communesReached),
    );
    const { records } = await csv('remote', SEED);
    const [far] = stats.byRemote;
    expect(records[0]!['Tỷ lệ xã có hoạt động (%)']).toBe(
      String(Math.round((far.communesReached / far.communesAssigned) * 1000) / 10),
    );
  });
});

describe('downloads of the funding dashboard’s tables, seed period', () => {
  it('each breakdown sums to the funding totals, money as numbers in #,##0', async () => {
    const stats = await json('funding', `${SEED}&limit=10000`);
    expect(stats.total.cash).toBeGreaterThan(0);
    for (const table of [
      'funding-sources',
      'funding-categories',
      'funding-months',
      'funding-units',
      'funding-communes',
    ]) {
      const { col, cell, ws } = await xlsx(table, SEED);
      expect(sum(col('Tiền mặt (đồng)')), table).toBe(stats.total.cash);
      expect(sum(col('Hiện vật (đồng)')), table).toBe(stats.total.inKindValue);
      expect(sum(col('Cộng tiền và hiện vật (đồng)')), table).toBe(stats.total.cash + stats.total.inKindValue);
      expect(sum(col('Ngày công')), table).toBeCloseTo(stats.total.labourDays, 6);
      expect(cell(0, 'Tiền mặt (đồng)').numFmt, table).toBe('#,##0');
      expect(ws.name.length).toBeLessThanOrEqual(31);
    }
    // Every contributing unit and commune, not the top 50 of the page.
    const units = await xlsx('funding-units', SEED);
    expect(units.data).toHaveLength(stats.unitsTotal);
    expect(units.col('Đơn vị')).toEqual(stats.byUnit.map((u: { name: string }) => u.name));
    const communes = await csv('funding-communes', SEED);
    expect(communes.records).toHaveLength(stats.communesTotal);
    expect(communes.header).toEqual([
      'Xã',
      'Huyện',
      'Tiền mặt (đồng)',
      'Hiện vật (đồng)',
      'Cộng tiền và hiện vật (đồng)',
      'Ngày công',
    ]);
    expect(sum(communes.records.map((r) => Number(r['Tiền mặt (đồng)'])))).toBe(stats.total.cash);

    const sources = await csv('funding-sources', SEED);
    const share = sources.records.map((r) => Number(r['Tỷ trọng (%)']));
    expect(sum(share)).toBeCloseTo(100, 0);

    const items = await xlsx('funding-items', SEED);
    expect(items.header).toEqual(['Hiện vật', 'Đơn vị tính', 'Số lượng', 'Trị giá (đồng)', 'Số lần trao']);
    expect(items.col('Hiện vật')).toEqual(stats.items.map((i: { item: string }) => i.item));
    expect(sum(items.col('Trị giá (đồng)'))).toBe(sum(stats.items.map((i: { valueVnd: number }) => i.valueVnd)));
  });
});

describe('filters and rights', () => {
  it('a district narrows every table as it narrows the figures, and names the file', async () => {
    const districts = (await json('communes', `${SEED}&limit=1000`)).items.map((c: { district: string }) => c.district);
    const district = districts[0] as string;
    const q = `${SEED}&district=${encodeURIComponent(district)}`;
    const communes = await json('communes', `${q}&limit=1000`);
    expect(communes.total).toBeLessThan(100);
    const sheet = await xlsx('communes', q);
    expect(sheet.data).toHaveLength(communes.total);
    expect(new Set(sheet.col('Huyện'))).toEqual(new Set([district]));
    expect(decodeURIComponent(sheet.res.headers['content-disposition'] as string)).toContain(
      `Các xã - hoạt động gần nhất 10-09-2021 đến 18-03-2022 ${district}.xlsx`,
    );
    const funding = await json('funding', `${q}&limit=10000`);
    const { records } = await csv('funding-months', q);
    expect(sum(records.map((r) => Number(r['Tiền mặt (đồng)'])))).toBe(funding.total.cash);
  });

  it('a unit group narrows the matrix to its units', async () => {
    const q = `${SEED}&unitGroup=doanh_nghiep&remote=true`;
    const stats = await json('compliance', `${q}&limit=1000`);
    expect(stats.total).toBeGreaterThan(0);
    expect(stats.total).toBeLessThan(77);
    const { col, res } = await xlsx('unit-months', q);
    expect(col('Mã đơn vị')).toEqual(stats.units.map((u: { code: string }) => u.code));
    expect(new Set(col('Khối'))).toEqual(new Set([UnitGroup.labels.doanh_nghiep]));
    expect(decodeURIComponent(res.headers['content-disposition'] as string)).toContain(
      `đến 18-03-2022 Khối ${UnitGroup.labels.doanh_nghiep} xã vùng sâu vùng xa.xlsx`,
    );
  });

  it('a unit officer gets their own unit’s tables only, and is refused another unit', async () => {
    const officer = await asRole(t, 'unit_officer');
    const own = t.handle.sqlite
      .prepare(
        "SELECT u.id, u.code, u.name FROM users JOIN units u ON u.id = users.unit_id WHERE username = 'bandanvan'",
      )
      .get() as { id: number; code: string; name: string };
    const matrix = await xlsx('unit-months', SEED, officer);
    expect(matrix.col('Mã đơn vị')).toEqual([own.code]);
    const asAdmin = await json('compliance', `${SEED}&unitId=${own.id}`);
    expect(matrix.col('Tổng lượt')).toEqual([asAdmin.units[0].visits]);
    expect(decodeURIComponent(matrix.res.headers['content-disposition'] as string)).toContain(own.name);

    const funding = await json('funding', `${SEED}&limit=10000`, officer);
    const { records } = await csv('funding-sources', SEED, officer);
    expect(sum(records.map((r) => Number(r['Tiền mặt (đồng)'])))).toBe(funding.total.cash);
    const adminFunding = await json('funding', `${SEED}&limit=10000`);
    expect(funding.total.cash).toBeLessThan(adminFunding.total.cash);

    const other = await t.app.inject({
      url: `/api/v1/stats/exports/communes?${SEED}&unitId=999999`,
      headers: officer,
    });
    expect(other.statusCode).toBe(403);
    expect(other.headers['content-type']).toContain('application/problem+json');
  });

  it('refuses a bad format, sort or period with a problem, and anyone not signed in', async () => {
    for (const url of [
      `/api/v1/stats/exports/months?${SEED}&format=pdf`,
      `/api/v1/stats/exports/unit-months?${SEED}&sort=daysSinceLast`,
      `/api/v1/stats/exports/funding-items?${SEED}&reached=true`,
      '/api/v1/stats/exports/remote?from=2022-03-18&to=2021-09-10',
    ]) {
      const res = await t.app.inject({ url });
      expect(res.statusCode, url).toBe(400);
      expect(res.headers['content-type'], url).toContain('application/problem+json');
    }
    for (const table of STATS_EXPORT_TABLES) {
      const res = await t.anonymous(`/api/v1/stats/exports/${table}?${SEED}`);
      expect(res.statusCode, table).toBe(401);
    }
  });
});
