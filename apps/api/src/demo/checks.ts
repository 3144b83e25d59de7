/** Invariants of the demo dataset, checked at generation: a broken generator fails loudly instead of loading nonsense. */
import { ActivityCategory, countVisits, isAssignedOn, monthsOf, monthWithin, SEED_PERIOD } from '@danvan/domain';
import type { DemoData } from './types.js';

function fail(message: string): never {
  throw new Error(`Dữ liệu minh họa không hợp lệ: ${message}`);
}

function unique(values: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) fail(`${what} bị trùng: ${v}`);
    seen.add(v);
  }
}

export function checkDemoData(data: DemoData, expectedVisits: number): void {
  unique(
    data.units.map((u) => u.code),
    'mã đơn vị',
  );
  unique(
    data.communes.map((c) => c.code),
    'mã xã',
  );
  const visits = countVisits(data.activities, SEED_PERIOD);
  if (visits !== expectedVisits) fail(`${visits} lượt thay vì ${expectedVisits}`);
  for (const a of data.activities) {
    for (const unitId of a.unitIds) {
      if (!isAssignedOn(data.assignments, unitId, a.communeId, a.startDate)) {
        fail(`hoạt động ${a.id} ở xã ${a.communeId} ngày ${a.startDate}: đơn vị ${unitId} không được phân công`);
      }
    }
  }
  // Every commune has exactly one unit in charge in every month of the period.
  for (const c of data.communes) {
    for (const month of monthsOf(SEED_PERIOD)) {
      const w = monthWithin(month, SEED_PERIOD);
      if (!w) continue;
      const inCharge = data.assignments.filter(
        (r) =>
          r.communeId === c.id &&
          r.role === 'phu_trach_chinh' &&
          r.validFrom <= w.from &&
          (r.validTo ?? '9999') >= w.to,
      );
      if (inCharge.length !== 1) fail(`${c.name} có ${inCharge.length} đơn vị phụ trách chính trong tháng ${month}`);
    }
  }
  // Every kind of work the seed lists is there.
  const done = new Set(data.activities.filter((a) => a.status === 'approved').flatMap((a) => a.categories));
  for (const category of ActivityCategory.codes) {
    if (category !== 'khac' && !done.has(category)) fail(`không có hoạt động đã duyệt loại ${category}`);
  }
  for (const u of data.units) {
    if (!data.assignments.some((r) => r.unitId === u.id)) fail(`${u.name} chưa được phân công xã nào`);
  }
}
