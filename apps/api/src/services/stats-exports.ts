/**
 * The dashboards' tables as downloads: each table's every row, read from the same `/stats/*` answer
 * the dashboard shows (so with the same filters, rights and unit confinement), under the dashboard's
 * Vietnamese headers, with numbers as numbers.
 */
import {
  ActivityCategory,
  type CommunesExportQuery,
  CommunesStatsSchema,
  ComplianceStatsSchema,
  CoverageStatsSchema,
  FundingSource,
  FundingStatsSchema,
  formatMonth,
  MAX_FUNDING_ROWS,
  ntmCriterionLabel,
  type StatsExportQuery,
  type StatsExportTable,
  UnitGroup,
  type UnitMonthsExportQuery,
} from '@danvan/domain';
import type { ExportType } from '../lib/xlsx.js';
import { STATS_PAGE, type StatsReader } from './stats-reader.js';

/** The most rows of the matrix and of the communes: pages of 1,000 read, far more than a province has. */
export const MAX_EXPORT_PAGES = 20;
export const MAX_EXPORT_ROWS = MAX_EXPORT_PAGES * STATS_PAGE;

export type ExportCell = string | number | boolean | null;

export interface ExportTableColumn {
  label: string;
  type: ExportType;
}

/** A table ready to be written: its name, typed columns and plain values (đồng, shares 0–1, ISO dates). */
export interface ExportTable {
  /** What the file holds, for its name and its sheet: "Kinh phí theo xã". */
  title: string;
  columns: ExportTableColumn[];
  rows: ExportCell[][];
  /** Rows that matched, when more than were written (the cap). */
  total: number;
}

/** One column of a table, from the rows the stats give. */
interface Column<T> extends ExportTableColumn {
  value: (row: T) => ExportCell;
}

function table<T>(title: string, columns: Column<T>[], rows: readonly T[], total = rows.length): ExportTable {
  return {
    title,
    columns: columns.map(({ label, type }) => ({ label, type })),
    rows: rows.map((row) => columns.map((c) => c.value(row))),
    total,
  };
}

const col = <T>(label: string, type: ExportType, value: (row: T) => ExportCell): Column<T> => ({ label, type, value });

/** The query of the `/stats/*` call behind a table: the export's own filters, without the format. */
function statsParams(q: Record<string, string | number | undefined>, extra: Record<string, string> = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(q)) {
    if (key !== 'format' && value !== undefined) params.set(key, String(value));
  }
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params;
}

type Totals = { cash: number; inKindValue: number; labourDays: number };
const money = (t: Totals) => t.cash + t.inKindValue;

/** Cash, in kind, their sum and labour days: the columns every funding breakdown shares. */
function moneyColumns<T extends Totals>(): Column<T>[] {
  return [
    col('Tiền mặt (đồng)', 'money', (r) => r.cash),
    col('Hiện vật (đồng)', 'money', (r) => r.inKindValue),
    col('Cộng tiền và hiện vật (đồng)', 'money', money),
    col('Ngày công', 'number', (r) => r.labourDays),
  ];
}

const coverage = (reader: StatsReader, q: StatsExportQuery) =>
  reader.get('/coverage', CoverageStatsSchema, statsParams(q));

const funding = (reader: StatsReader, q: StatsExportQuery) =>
  reader.get('/funding', FundingStatsSchema, statsParams(q, { limit: String(MAX_FUNDING_ROWS) }));

async function monthsTable(reader: StatsReader, q: StatsExportQuery): Promise<ExportTable> {
  type Row = { month: string; assignedUnits: number; activeUnits: number; complianceRate: number | null };
  const stats = await coverage(reader, q);
  return table<Row>(
    'Tỷ lệ đơn vị có hoạt động theo tháng',
    [
      col('Tháng', 'month', (r) => r.month),
      col('Đơn vị được phân công', 'integer', (r) => r.assignedUnits),
      col('Đơn vị có hoạt động', 'integer', (r) => r.activeUnits),
      col('Tỷ lệ', 'percent', (r) => r.complianceRate),
    ],
    stats.months,
  );
}

async function unitMonthsTable(reader: StatsReader, q: UnitMonthsExportQuery): Promise<ExportTable> {
  const { first, rows } = await reader.pages(
    '/compliance',
    ComplianceStatsSchema,
    statsParams(q),
    (p) => p.units,
    (p) => p.total,
    MAX_EXPORT_PAGES,
  );
  type Row = (typeof rows)[number];
  // A month the unit was not assigned is left blank, as the dashboard shows "—", unless it went anyway.
  const monthColumns = first.months.map((month, i) =>
    col<Row>(formatMonth(month), 'integer', (r) => {
      const cell = r.cells[i];
      return cell && (cell.assigned || cell.visits > 0) ? cell.visits : null;
    }),
  );
  return table<Row>(
    'Lượt của đơn vị theo tháng',
    [
      col('Mã đơn vị', 'text', (r) => r.code),
      col('Đơn vị', 'text', (r) => r.name),
      col('Khối', 'text', (r) => UnitGroup.labels[r.group]),
      ...monthColumns,
      col('Tổng lượt', 'integer', (r) => r.visits),
      col('Số tháng được phân công', 'integer', (r) => r.monthsAssigned),
      col(`Số tháng đạt định mức (${first.norm} lượt/tháng)`, 'integer', (r) => r.monthsOnNorm),
      col('Tỷ lệ tháng đạt', 'percent', (r) => r.rate),
      col('Đạt định mức cả kỳ', 'boolean', (r) => r.onNorm),
    ],
    rows,
    first.total,
  );
}

async function communesTable(reader: StatsReader, q: CommunesExportQuery): Promise<ExportTable> {
  const { first, rows } = await reader.pages(
    '/communes',
    CommunesStatsSchema,
    statsParams(q),
    (p) => p.items,
    (p) => p.total,
    MAX_EXPORT_PAGES,
  );
  // The title names the file: say which communes it holds when only the reached (or the others) were asked for.
  const title =
    q.reached === 'false'
      ? 'Các xã chưa có hoạt động'
      : q.reached === 'true'
        ? 'Các xã đã có hoạt động'
        : 'Các xã - hoạt động gần nhất';
  return table<(typeof rows)[number]>(
    title,
    [
      col('Mã xã', 'text', (r) => r.code),
      col('Xã', 'text', (r) => r.name),
      col('Huyện', 'text', (r) => r.district),
      col('Vùng sâu, vùng xa', 'boolean', (r) => r.remote),
      col('Đơn vị phụ trách', 'integer', (r) => r.unitsAssigned),
      col('Lượt', 'integer', (r) => r.visits),
      col('Hoạt động', 'integer', (r) => r.activities),
      col('Hoạt động gần nhất', 'date', (r) => r.lastActivityDate),
      col('Số ngày từ lần cuối', 'integer', (r) => r.daysSinceLast),
      col('Tiêu chí nông thôn mới', 'text', (r) =>
        r.ntmCriteria.map((n) => ntmCriterionLabel({ set: n.criteriaSet, number: n.criterion })).join('; '),
      ),
    ],
    rows,
    first.total,
  );
}

async function remoteTable(reader: StatsReader, q: StatsExportQuery): Promise<ExportTable> {
  const stats = await coverage(reader, q);
  type Row = (typeof stats.byRemote)[number];
  return table<Row>(
    'Vùng sâu vùng xa so với các xã còn lại',
    [
      col('Nhóm xã', 'text', (r) => (r.remote ? 'Xã vùng sâu, vùng xa' : 'Các xã còn lại')),
      col('Xã được phân công', 'integer', (r) => r.communesAssigned),
      col('Xã có hoạt động', 'integer', (r) => r.communesReached),
      col('Tỷ lệ xã có hoạt động', 'percent', (r) =>
        r.communesAssigned > 0 ? r.communesReached / r.communesAssigned : null,
      ),
      col('Lượt', 'integer', (r) => r.visits),
      // Two decimals, as the dashboard shows it (the workbook's General format would print 0.575757…).
      col('Lượt bình quân mỗi xã', 'number', (r) =>
        r.visitsPerCommune === null ? null : Math.round(r.visitsPerCommune * 100) / 100,
      ),
    ],
    stats.byRemote,
  );
}

async function fundingSourcesTable(reader: StatsReader, q: StatsExportQuery): Promise<ExportTable> {
  const stats = await funding(reader, q);
  const all = money(stats.total);
  return table<(typeof stats.bySource)[number]>(
    'Kinh phí theo nguồn',
    [
      col('Nguồn', 'text', (r) => FundingSource.labels[r.source]),
      ...moneyColumns(),
      col('Tỷ trọng', 'percent', (r) => (all > 0 ? money(r) / all : null)),
    ],
    stats.bySource,
  );
}

async function fundingCategoriesTable(reader: StatsReader, q: StatsExportQuery): Promise<ExportTable> {
  const stats = await funding(reader, q);
  // The largest first, as on the dashboard; an activity's money goes to its main (first) category.
  const rows = [...stats.byCategory].sort((a, b) => money(b) - money(a));
  return table<(typeof rows)[number]>(
    'Kinh phí theo loại hoạt động',
    [col('Loại hoạt động', 'text', (r) => ActivityCategory.labels[r.category]), ...moneyColumns()],
    rows,
  );
}

async function fundingMonthsTable(reader: StatsReader, q: StatsExportQuery): Promise<ExportTable> {
  const stats = await funding(reader, q);
  return table<(typeof stats.byMonth)[number]>(
    'Kinh phí theo tháng',
    [col('Tháng', 'month', (r) => r.month), ...moneyColumns()],
    stats.byMonth,
  );
}

async function fundingUnitsTable(reader: StatsReader, q: StatsExportQuery): Promise<ExportTable> {
  const stats = await funding(reader, q);
  return table<(typeof stats.byUnit)[number]>(
    'Kinh phí theo đơn vị',
    [col('Đơn vị', 'text', (r) => r.name), ...moneyColumns()],
    stats.byUnit,
    stats.unitsTotal,
  );
}

async function fundingCommunesTable(reader: StatsReader, q: StatsExportQuery): Promise<ExportTable> {
  const stats = await funding(reader, q);
  return table<(typeof stats.byCommune)[number]>(
    'Kinh phí theo xã',
    [col('Xã', 'text', (r) => r.name), col('Huyện', 'text', (r) => r.district), ...moneyColumns()],
    stats.byCommune,
    stats.communesTotal,
  );
}

async function fundingItemsTable(reader: StatsReader, q: StatsExportQuery): Promise<ExportTable> {
  const stats = await funding(reader, q);
  return table<(typeof stats.items)[number]>(
    'Hiện vật đã trao',
    [
      col('Hiện vật', 'text', (r) => r.item),
      col('Đơn vị tính', 'text', (r) => r.measureUnit),
      col('Số lượng', 'number', (r) => r.quantity),
      col('Trị giá (đồng)', 'money', (r) => r.valueVnd),
      col('Số lần trao', 'integer', (r) => r.contributions),
    ],
    stats.items,
  );
}

/** The query each table takes: the stats filters, and the matrix's and the communes' own order and choice. */
export interface ExportQueries {
  months: StatsExportQuery;
  'unit-months': UnitMonthsExportQuery;
  communes: CommunesExportQuery;
  remote: StatsExportQuery;
  'funding-sources': StatsExportQuery;
  'funding-categories': StatsExportQuery;
  'funding-months': StatsExportQuery;
  'funding-units': StatsExportQuery;
  'funding-communes': StatsExportQuery;
  'funding-items': StatsExportQuery;
}

export const EXPORT_TABLES: {
  [K in StatsExportTable]: (reader: StatsReader, q: ExportQueries[K]) => Promise<ExportTable>;
} = {
  months: monthsTable,
  'unit-months': unitMonthsTable,
  communes: communesTable,
  remote: remoteTable,
  'funding-sources': fundingSourcesTable,
  'funding-categories': fundingCategoriesTable,
  'funding-months': fundingMonthsTable,
  'funding-units': fundingUnitsTable,
  'funding-communes': fundingCommunesTable,
  'funding-items': fundingItemsTable,
};
