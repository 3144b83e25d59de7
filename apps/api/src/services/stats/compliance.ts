/** `/stats/compliance`: the units × months matrix, sorted and paged, with a summary over every unit. */

import type { ComplianceSortFields } from '@danvan/domain';
import { type ComplianceQuery, type ComplianceStats, UnitGroup } from '@danvan/domain';
import { Assigned } from './assigned.js';
import { compareStrings, parseSort, sortAndPage } from './paging.js';
import type { RollupStore } from './rollup-store.js';
import { Scope } from './scope.js';
import { monthLabels, type UnitSummary, unitCells, unitSummaries } from './unit-months.js';
import { WindowScan } from './window-scan.js';

const groupOrder = new Map<string, number>(UnitGroup.codes.map((g, i) => [g, i]));

export function complianceFigures(store: RollupStore, q: ComplianceQuery): ComplianceStats {
  const period = { from: q.from, to: q.to };
  const { registry } = store;
  const scope = new Scope(q, store);
  const scan = new WindowScan(store, scope, period, { units: true });
  const assigned = new Assigned(scan, scope, registry.assignments);
  const norm = registry.norm;
  const months = monthLabels(scan);
  const summaries = unitSummaries(scan, assigned, norm);
  const unit = (id: number) => registry.units[id];

  const { field, descending } = parseSort<(typeof ComplianceSortFields)[number]>(q.sort);
  const compare: Record<typeof field, (a: UnitSummary, b: UnitSummary) => number> = {
    name: (a, b) => compareStrings(unit(a.unitId)?.sortKey ?? '', unit(b.unitId)?.sortKey ?? ''),
    code: (a, b) => compareStrings(unit(a.unitId)?.code ?? '', unit(b.unitId)?.code ?? ''),
    group: (a, b) =>
      (groupOrder.get(unit(a.unitId)?.group ?? '') ?? 99) - (groupOrder.get(unit(b.unitId)?.group ?? '') ?? 99),
    rate: (a, b) => (a.rate ?? -1) - (b.rate ?? -1),
    visits: (a, b) => a.visits - b.visits,
  };
  const onNorm = summaries.filter((u) => u.onNorm).length;
  const page = sortAndPage(summaries, compare[field], (u) => u.unitId, descending, q);

  return {
    period,
    norm,
    months,
    summary: { assigned: page.total, onNorm },
    total: page.total,
    page: page.page,
    limit: page.limit,
    pages: page.pages,
    units: page.rows.map((u) => {
      const info = unit(u.unitId);
      return {
        unitId: u.unitId,
        code: info?.code ?? '',
        name: info?.name ?? '',
        group: info?.group ?? 'so_nganh',
        cells: unitCells(scan, assigned, norm, u.unitId, months),
        monthsAssigned: u.monthsAssigned,
        monthsOnNorm: u.monthsOnNorm,
        rate: u.rate,
        visits: u.visits,
        onNorm: u.onNorm,
      };
    }),
  };
}
