/**
 * `/stats/funding`: cash, in-kind value and labour days by source, unit, commune, category and
 * month, and the in-kind items, rounded as `fundingBreakdown` rounds them. `byUnit` and
 * `byCommune` come largest first (cash + in-kind value), cut to `limit`.
 */
import type { ActivityCategory, FundingQuery, FundingSource, FundingStats, FundingTotals } from '@danvan/domain';
import { CATEGORIES, SOURCES } from './activity-store.js';
import { monthLabel } from './calendar.js';
import { compareStrings } from './paging.js';
import type { RollupStore } from './rollup-store.js';
import { Scope } from './scope.js';
import { type Totals, WindowScan } from './window-scan.js';

function tidy(t: Totals, key: number): FundingTotals {
  return { cash: t.cash(key), inKindValue: t.inKind(key), labourDays: Math.round(t.labour(key) * 100) / 100 };
}

/** The keys with a row, in the order given. */
function keysOf(t: Totals, order: readonly number[]): number[] {
  return order.filter((k) => t.seen[k]! > 0);
}

/** Keys with a row, largest (cash + in-kind value) first, ties by id. */
function largestFirst(t: Totals): number[] {
  const keys: number[] = [];
  for (let k = 0; k < t.keys; k++) if (t.seen[k]! > 0) keys.push(k);
  return keys.sort((a, b) => t.cash(b) + t.inKind(b) - (t.cash(a) + t.inKind(a)) || a - b);
}

function codeOrder(codes: readonly string[]): number[] {
  return codes.map((_, i) => i).sort((a, b) => compareStrings(codes[a]!, codes[b]!));
}

const sourceOrder = codeOrder(SOURCES);
const categoryOrder = codeOrder(CATEGORIES);

export function fundingFigures(store: RollupStore, q: FundingQuery): FundingStats {
  const period = { from: q.from, to: q.to };
  const { registry, activities } = store;
  const scope = new Scope(q, store);
  const scan = new WindowScan(store, scope, period, { funding: true });
  const visits = scan.visits;
  const per = (v: number) => (visits === 0 ? 0 : v / visits);
  const units = largestFirst(scan.byUnit);
  const communes = largestFirst(scan.byCommune);

  const items: (FundingStats['items'][number] & { firstId: number })[] = [];
  for (let key = 0; key < scan.itemCount.length; key++) {
    if (scan.itemCount[key] === 0) continue;
    const name = activities.itemNames[scan.itemFirstName[key]!]!;
    items.push({
      item: name.item,
      measureUnit: name.measureUnit,
      quantity: Math.round(scan.itemQuantity[key]! * 1000) / 1000,
      valueVnd: scan.itemValue[key]!,
      contributions: scan.itemCount[key]!,
      firstId: scan.itemFirstId[key]!,
    });
  }
  // As first seen (by contribution id) where the values tie, like the domain's stable sort.
  items.sort((a, b) => b.valueVnd - a.valueVnd || a.firstId - b.firstId);

  return {
    period,
    visits,
    total: tidy(scan.total, 0),
    averagePerVisit: {
      cash: Math.round(per(scan.total.cash(0))),
      inKindValue: Math.round(per(scan.total.inKind(0))),
      labourDays: Math.round(per(scan.total.labour(0)) * 100) / 100,
    },
    bySource: keysOf(scan.bySource, sourceOrder).map((k) => ({
      source: SOURCES[k] as FundingSource,
      ...tidy(scan.bySource, k),
    })),
    byCategory: keysOf(scan.byCategory, categoryOrder).map((k) => ({
      category: CATEGORIES[k] as ActivityCategory,
      ...tidy(scan.byCategory, k),
    })),
    byUnit: units.slice(0, q.limit).map((unitId) => ({
      unitId,
      name: registry.units[unitId]?.name ?? '',
      ...tidy(scan.byUnit, unitId),
    })),
    unitsTotal: units.length,
    byCommune: communes.slice(0, q.limit).map((communeId) => ({
      communeId,
      name: registry.communes[communeId]?.name ?? '',
      district: registry.communes[communeId]?.district ?? '',
      ...tidy(scan.byCommune, communeId),
    })),
    communesTotal: communes.length,
    byMonth: Array.from({ length: scan.monthCount }, (_, m) => m)
      .filter((m) => scan.byMonth.seen[m]! > 0)
      .map((m) => ({ month: monthLabel(scan.firstMonth + m), ...tidy(scan.byMonth, m) })),
    items: items.map(({ firstId: _, ...item }) => item),
  };
}
