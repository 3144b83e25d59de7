/**
 * Who goes where, and in which month: the visits behind the activities. The approved ones add up to
 * exactly 115 lượt; only the diligent units go every month; units whose communes are remote go less.
 */
import { type ActivityCategory, type ActivityStatus, monthsOf, monthWithin, SEED_PERIOD } from '@danvan/domain';
import type { AssignmentPlan } from './assignments.js';
import type { Rng } from './random.js';
import { type DemoUnitDraft, DILIGENT_UNIT_CODES } from './units.js';

/** The seed's figure: lượt of approved activities between 10/9/2021 and 18/3/2022. */
export const SEED_VISITS = 115;
const JOINT_ACTIVITIES = 5;
/** The most lượt of a unit that is not diligent: fewer than the 7 months, so it cannot be on norm. */
const MAX_VISITS_OF_OTHERS = 5;

export interface Visit {
  /** Organising units, the lead first; each one is a lượt. */
  unitIds: number[];
  communeId: number;
  month: string;
  status: ActivityStatus;
  /** A category the visit must have (the seed's photos). */
  category?: ActivityCategory;
}

/** Fewer visits in September (the programme started on the 10th) and March (cut at the 18th); more before Tết. */
const MONTH_WEIGHTS: Record<string, number> = {
  '2021-09': 0.6,
  '2021-10': 1,
  '2021-11': 1,
  '2021-12': 1.1,
  '2022-01': 1.5,
  '2022-02': 0.8,
  '2022-03': 0.8,
};

const COUNTS_NEAR: readonly (readonly [number, number])[] = [
  [0, 0.25],
  [1, 0.4],
  [2, 0.22],
  [3, 0.1],
  [4, 0.03],
];
const COUNTS_REMOTE: readonly (readonly [number, number])[] = [
  [0, 0.45],
  [1, 0.4],
  [2, 0.12],
  [3, 0.03],
];

/** Seed photos: Ban Dân vận builds a concrete road, the veterans a house, Agribank plants trees. */
const SEED_PHOTOS: readonly (readonly [code: string, month: string, category: ActivityCategory])[] = [
  ['CB-BDVTU', '2021-11', 'duong_be_tong'],
  ['CB-HCCB', '2021-12', 'lam_nha_ho_ngheo'],
  ['DB-AGRIBANK', '2022-02', 'trong_cay_xanh'],
];

const NOT_APPROVED: readonly (readonly [ActivityStatus, string])[] = [
  ['draft', '2022-03'],
  ['draft', '2022-03'],
  ['submitted', '2022-03'],
  ['submitted', '2022-03'],
  ['submitted', '2022-02'],
  ['returned', '2022-02'],
  ['returned', '2022-03'],
];

export function demoSchedule(
  rng: Rng,
  units: readonly DemoUnitDraft[],
  remote: ReadonlySet<number>,
  plan: AssignmentPlan,
): Visit[] {
  const months = monthsOf(SEED_PERIOD);
  const byCode = new Map(units.map((u) => [u.code, u]));
  const diligent = new Set(DILIGENT_UNIT_CODES.map((c) => byCode.get(c)?.id as number));

  /** Communes the unit holds with the role for the whole of the month (within the period). */
  const communesIn = (unitId: number, month: string, role = 'phu_trach_chinh') => {
    const w = monthWithin(month, SEED_PERIOD);
    if (!w) return [];
    return plan.rows
      .filter((r) => r.unitId === unitId && r.role === role && r.validFrom <= w.from && (r.validTo ?? '9999') >= w.to)
      .map((r) => r.communeId);
  };
  const pickCommune = (unitId: number, month: string) =>
    rng.weighted(communesIn(unitId, month).map((c) => [c, remote.has(c) ? 0.4 : 1] as const));
  const pickMonths = (n: number, avoid: readonly string[]) => {
    const chosen: string[] = [];
    while (chosen.length < n) {
      let free = months.filter((m) => !chosen.includes(m) && !avoid.includes(m));
      if (free.length === 0) free = months.filter((m) => !chosen.includes(m));
      chosen.push(rng.weighted(free.map((m) => [m, MONTH_WEIGHTS[m] ?? 1] as const)));
    }
    return chosen;
  };

  const visits: Visit[] = [];
  // The diligent units: every month, and the chair of the programme once more before Tết.
  for (const unitId of diligent) {
    for (const month of months)
      visits.push({ unitIds: [unitId], communeId: pickCommune(unitId, month), month, status: 'approved' });
  }
  const bdv = byCode.get('CB-BDVTU')?.id as number;
  visits.push({ unitIds: [bdv], communeId: pickCommune(bdv, '2022-01'), month: '2022-01', status: 'approved' });
  for (const [code, month, category] of SEED_PHOTOS) {
    const v = visits.find((x) => x.unitIds[0] === byCode.get(code)?.id && x.month === month);
    if (v) v.category = category;
  }

  // Joint activities: the unit in charge and the unit taking part, together (two lượt each).
  const jointMonths = new Map<number, string[]>();
  const partners = rng.shuffle(plan.rows.filter((r) => r.role === 'tham_gia'));
  for (const p of partners.slice(0, JOINT_ACTIVITIES)) {
    const month = rng.weighted(months.map((m) => [m, MONTH_WEIGHTS[m] ?? 1] as const));
    const lead = plan.rows.find(
      (r) =>
        r.communeId === p.communeId &&
        r.role === 'phu_trach_chinh' &&
        communesIn(r.unitId, month).includes(p.communeId),
    );
    if (!lead) continue;
    visits.push({ unitIds: [lead.unitId, p.unitId], communeId: p.communeId, month, status: 'approved' });
    for (const u of [lead.unitId, p.unitId]) jointMonths.set(u, [...(jointMonths.get(u) ?? []), month]);
  }

  // Everyone else: a visit or two in the period, fewer when their communes are remote; then exactly 115.
  const others = units.filter((u) => !diligent.has(u.id));
  const remoteOnly = (u: DemoUnitDraft) => months.every((m) => communesIn(u.id, m).every((c) => remote.has(c)));
  const target = new Map<number, number>();
  for (const u of others) {
    const drawn = rng.weighted(remoteOnly(u) ? COUNTS_REMOTE : COUNTS_NEAR);
    target.set(u.id, Math.max(drawn, jointMonths.get(u.id)?.length ?? 0));
  }
  const visitCount = () => visits.reduce((n, v) => n + v.unitIds.length, 0);
  const soloOf = (u: DemoUnitDraft) => (target.get(u.id) ?? 0) - (jointMonths.get(u.id)?.length ?? 0);
  let missing = SEED_VISITS - visitCount() - others.reduce((n, u) => n + soloOf(u), 0);
  while (missing !== 0) {
    const grow = missing > 0;
    const pool = others.filter((u) => (grow ? (target.get(u.id) ?? 0) < MAX_VISITS_OF_OTHERS : soloOf(u) > 0));
    const u = rng.weighted(pool.map((x) => [x, remoteOnly(x) === grow ? 1 : 3] as const));
    target.set(u.id, (target.get(u.id) ?? 0) + (grow ? 1 : -1));
    missing += grow ? -1 : 1;
  }
  for (const u of others) {
    for (const month of pickMonths(soloOf(u), jointMonths.get(u.id) ?? [])) {
      visits.push({ unitIds: [u.id], communeId: pickCommune(u.id, month), month, status: 'approved' });
    }
  }
  if (visitCount() !== SEED_VISITS) throw new Error(`Demo: ${visitCount()} lượt instead of ${SEED_VISITS}`);

  // A few records still in the workflow: they must not count.
  const pending = rng.shuffle(others).slice(0, NOT_APPROVED.length);
  NOT_APPROVED.forEach(([status, month], i) => {
    const u = pending[i] as DemoUnitDraft;
    visits.push({ unitIds: [u.id], communeId: pickCommune(u.id, month), month, status });
  });
  return visits;
}
