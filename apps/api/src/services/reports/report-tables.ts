/**
 * The report's tables (biểu), the same for the preview, Word and Excel: per unit, per commune, per kind
 * of work, funding by source, goods given. Cells hold plain values (đồng, ratios, ISO dates); each
 * renderer formats them by the column's kind.
 */
import {
  ActivityCategory,
  compareVietnamese,
  FundingSource,
  type ReportCell,
  type ReportColumnKind,
  type ReportTable,
  type ReportTableKey,
  UnitGroup,
} from '@danvan/domain';
import type { CategoryCount, UnitCommunes } from '../../repositories/report-facts-repository.js';
import type { ReportFigures } from './report-figures.js';

type Column = ReportTable['columns'][number];

const col = (key: string, header: string, kind: ReportColumnKind, width: number): Column => ({
  key,
  header,
  kind,
  width,
});
const STT = col('stt', 'STT', 'integer', 6);
const CASH = col('cash', 'Tiền mặt (đồng)', 'money', 15);
const IN_KIND = col('inKindValue', 'Hiện vật, trị giá (đồng)', 'money', 15);
const LABOUR = col('labourDays', 'Ngày công', 'number', 9);

function table(
  key: ReportTableKey,
  number: number,
  title: string,
  sheetName: string,
  columns: Column[],
  rows: ReportCell[][],
  total: ReportCell[] | null,
  note: string | null = null,
): ReportTable {
  return { key, title: `Biểu ${number}. ${title}`, sheetName, columns, rows, total, note };
}

/** Group names short enough for a table column. */
const GROUP_SHORT: Record<UnitGroup, string> = {
  dang_doan_the: 'Đảng, đoàn thể',
  so_nganh: 'Sở, ngành',
  trung_uong: 'Trung ương',
  doanh_nghiep: 'Doanh nghiệp',
};

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
/** Labour days are halves at most; sums of floats are rounded back to that. */
const days = (value: number) => Math.round(value * 100) / 100;

function moneyOf<K extends string>(
  rows: readonly ({ cash: number; inKindValue: number; labourDays: number } & Record<K, number | string>)[],
  key: K,
) {
  return new Map(rows.map((r) => [r[key], r]));
}

export function unitsTable(figures: ReportFigures, unitCommunes: UnitCommunes[]): ReportTable {
  const communes = new Map(unitCommunes.map((u) => [u.unitId, u]));
  const money = moneyOf(figures.funding.byUnit, 'unitId');
  const units = [...figures.units].sort(
    (a, b) => UnitGroup.codes.indexOf(a.group) - UnitGroup.codes.indexOf(b.group) || compareVietnamese(a.name, b.name),
  );
  const rows = units.map((u, i) => {
    const m = money.get(u.unitId);
    const c = communes.get(u.unitId);
    return [
      i + 1,
      u.name,
      GROUP_SHORT[u.group],
      c?.assigned ?? 0,
      c?.reached ?? 0,
      u.visits,
      `${u.monthsOnNorm}/${u.monthsAssigned}`,
      u.onNorm ? 'Đạt' : 'Chưa đạt',
      m?.cash ?? 0,
      m?.inKindValue ?? 0,
      days(m?.labourDays ?? 0),
    ];
  });
  const total: ReportCell[] = [
    null,
    'Cộng',
    null,
    sum(rows.map((r) => r[3] as number)),
    sum(rows.map((r) => r[4] as number)),
    sum(units.map((u) => u.visits)),
    null,
    `${units.filter((u) => u.onNorm).length}/${units.length}`,
    sum(rows.map((r) => r[8] as number)),
    sum(rows.map((r) => r[9] as number)),
    days(sum(rows.map((r) => r[10] as number))),
  ];
  return table(
    'units',
    1,
    'Kết quả tham gia hoạt động theo đơn vị',
    'Theo đơn vị',
    [
      STT,
      col('name', 'Chi, đảng bộ cơ sở', 'text', 38),
      col('group', 'Khối', 'text', 17),
      col('communesAssigned', 'Số xã phụ trách', 'integer', 8),
      col('communesReached', 'Số xã đã đến', 'integer', 8),
      col('visits', 'Số lượt', 'integer', 7),
      col('months', 'Tháng đạt định mức', 'text', 10),
      col('onNorm', 'Đạt định mức', 'text', 9),
      CASH,
      IN_KIND,
      LABOUR,
    ],
    rows,
    total,
    `Định mức: mỗi đơn vị ít nhất ${figures.norm} lần/tháng tại xã được phân công; “Tháng đạt định mức”: số tháng đạt / số tháng được phân công trong kỳ. Dòng “Cộng” của số xã cộng theo từng đơn vị (một xã có thể có nhiều đơn vị phụ trách).`,
  );
}

export function communesTable(figures: ReportFigures): ReportTable {
  const money = moneyOf(figures.funding.byCommune, 'communeId');
  const communes = [...figures.communes].sort(
    (a, b) => compareVietnamese(a.district, b.district) || compareVietnamese(a.name, b.name),
  );
  const rows = communes.map((c, i) => {
    const m = money.get(c.communeId);
    return [
      i + 1,
      c.name,
      c.district,
      c.remote ? 'x' : null,
      c.unitsAssigned,
      c.visits,
      c.lastActivityDate,
      c.daysSinceLast,
      m?.cash ?? 0,
      m?.inKindValue ?? 0,
    ];
  });
  const total: ReportCell[] = [
    null,
    'Cộng',
    null,
    communes.filter((c) => c.remote).length,
    null,
    sum(communes.map((c) => c.visits)),
    null,
    null,
    sum(rows.map((r) => r[8] as number)),
    sum(rows.map((r) => r[9] as number)),
  ];
  return table(
    'communes',
    2,
    'Kết quả theo xã được phân công',
    'Theo xã',
    [
      STT,
      col('name', 'Xã', 'text', 22),
      col('district', 'Huyện', 'text', 18),
      col('remote', 'Vùng sâu, vùng xa', 'text', 9),
      col('unitsAssigned', 'Số đơn vị phụ trách', 'integer', 9),
      col('visits', 'Số lượt', 'integer', 8),
      col('lastActivityDate', 'Hoạt động gần nhất', 'date', 12),
      col('daysSinceLast', 'Số ngày từ hoạt động gần nhất', 'integer', 11),
      CASH,
      IN_KIND,
    ],
    rows,
    total,
    'Số ngày tính đến ngày cuối kỳ báo cáo; để trống khi xã chưa từng có hoạt động.',
  );
}

export function categoriesTable(figures: ReportFigures, categories: CategoryCount[]): ReportTable {
  const money = moneyOf(figures.funding.byCategory, 'category');
  const rows = categories.map((k, i) => {
    const m = money.get(k.category);
    return [
      i + 1,
      ActivityCategory.labels[k.category],
      k.activities,
      k.visits,
      m?.cash ?? 0,
      m?.inKindValue ?? 0,
      days(m?.labourDays ?? 0),
    ];
  });
  return table(
    'categories',
    3,
    'Nội dung hoạt động',
    'Theo nội dung',
    [
      STT,
      col('category', 'Nội dung hoạt động', 'text', 40),
      col('activities', 'Số hoạt động', 'integer', 10),
      col('visits', 'Số lượt', 'integer', 8),
      CASH,
      IN_KIND,
      LABOUR,
    ],
    rows,
    null,
    'Một hoạt động có thể gồm nhiều nội dung nên không cộng dọc các cột.',
  );
}

export function sourcesTable(figures: ReportFigures): ReportTable {
  const total = figures.funding.total.cash + figures.funding.total.inKindValue;
  const bySource = new Map(figures.funding.bySource.map((s) => [s.source, s]));
  const rows = FundingSource.codes
    .map((code) => bySource.get(code))
    .filter((s) => s !== undefined)
    .map((s, i) => {
      const value = s.cash + s.inKindValue;
      return [
        i + 1,
        FundingSource.labels[s.source],
        s.cash,
        s.inKindValue,
        value,
        total > 0 ? value / total : null,
        days(s.labourDays),
      ];
    });
  return table(
    'sources',
    4,
    'Kinh phí, hiện vật theo nguồn',
    'Theo nguồn',
    [
      STT,
      col('source', 'Nguồn', 'text', 40),
      CASH,
      IN_KIND,
      col('value', 'Cộng (đồng)', 'money', 16),
      col('share', 'Tỷ lệ', 'percent', 8),
      LABOUR,
    ],
    rows,
    [
      null,
      'Cộng',
      figures.funding.total.cash,
      figures.funding.total.inKindValue,
      total,
      total > 0 ? 1 : null,
      days(figures.funding.total.labourDays),
    ],
  );
}

export function itemsTable(figures: ReportFigures): ReportTable {
  const items = [...figures.funding.items].sort((a, b) => b.valueVnd - a.valueVnd || compareVietnamese(a.item, b.item));
  const rows = items.map((it, i) => [i + 1, it.item, it.measureUnit, it.quantity, it.valueVnd, it.contributions]);
  return table(
    'items',
    5,
    'Hiện vật hỗ trợ, trao tặng',
    'Hiện vật',
    [
      STT,
      col('item', 'Hiện vật', 'text', 32),
      col('measureUnit', 'Đơn vị tính', 'text', 10),
      col('quantity', 'Số lượng', 'number', 10),
      col('valueVnd', 'Trị giá (đồng)', 'money', 16),
      col('contributions', 'Số lần đóng góp', 'integer', 10),
    ],
    rows,
    [null, 'Cộng', null, null, sum(items.map((i) => i.valueVnd)), sum(items.map((i) => i.contributions))],
  );
}

export function reportTables(
  figures: ReportFigures,
  categories: CategoryCount[],
  unitCommunes: UnitCommunes[],
): ReportTable[] {
  return [
    unitsTable(figures, unitCommunes),
    communesTable(figures),
    categoriesTable(figures, categories),
    sourcesTable(figures),
    itemsTable(figures),
  ];
}
