/** Plans (kế hoạch) for early 2022: the diligent units plan every month, a few others plan March; plan against actual. */
import { type ActivityCategory, addDays, type PlanInput } from '@danvan/domain';
import type { ActivityDraft } from './activities.js';
import type { AssignmentDraft } from './assignments.js';
import { SEASON } from './catalog.js';
import { contentFor } from './content.js';
import type { Rng } from './random.js';
import { stampAt } from './stamps.js';
import { type DemoUnitDraft, DILIGENT_UNIT_CODES } from './units.js';

interface CommuneLike {
  id: number;
  name: string;
  remote: boolean;
}

export type PlanDraft = PlanInput & { id: number; createdAt: string; updatedAt: string };

const PLAN_MONTHS = ['2022-02', '2022-03', '2022-04'] as const;
const OTHERS_PLANNING_MARCH = 10;

function saturdayIn(rng: Rng, month: string): string {
  const saturdays: string[] = [];
  for (let d = `${month}-01`; d.startsWith(month); d = addDays(d, 1)) {
    // 30/4 is a public holiday.
    if (new Date(`${d}T00:00:00Z`).getUTCDay() === 6 && !d.endsWith('-04-30')) saturdays.push(d);
  }
  return rng.pick(saturdays);
}

/** Made in the previous month (and before the report of 18/3/2022). */
function madeAt(rng: Rng, month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const prev = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  return stampAt(`${prev}-${String(rng.int(10, 17)).padStart(2, '0')}`, rng.int(8, 16), rng.int(0, 59));
}

export function demoPlans(
  rng: Rng,
  units: readonly DemoUnitDraft[],
  communes: ReadonlyMap<number, CommuneLike>,
  assignments: readonly AssignmentDraft[],
  activities: readonly ActivityDraft[],
): PlanDraft[] {
  const approved = activities.filter((a) => a.status === 'approved');
  const plans: PlanDraft[] = [];
  const plan = (unit: DemoUnitDraft, month: string) => {
    const done = approved.find((a) => a.unitIds[0] === unit.id && a.startDate.startsWith(month));
    let communeId: number;
    let content: string;
    let categories: ActivityCategory[];
    let plannedDate: string;
    if (done) {
      ({ communeId, title: content, categories, startDate: plannedDate } = done);
    } else {
      const held = assignments.filter(
        (r) =>
          r.unitId === unit.id && r.role === 'phu_trach_chinh' && r.validFrom <= `${month}-01` && r.validTo === null,
      );
      communeId = rng.pick(held).communeId;
      const commune = communes.get(communeId) as CommuneLike;
      const category = rng.weighted(SEASON[month] ?? SEASON['2022-03'] ?? []);
      const planned = contentFor(rng, category, {
        commune: commune.name,
        remote: commune.remote,
        field: unit.field,
        month,
      });
      content = planned.title;
      categories = planned.categories;
      plannedDate = saturdayIn(rng, month);
    }
    const createdAt = madeAt(rng, month);
    plans.push({
      id: plans.length + 1,
      unitId: unit.id,
      communeId,
      month,
      plannedDate,
      content,
      categories,
      createdAt,
      updatedAt: createdAt,
    });
  };
  const diligent = units.filter((u) => (DILIGENT_UNIT_CODES as readonly string[]).includes(u.code));
  for (const unit of diligent) for (const month of PLAN_MONTHS) plan(unit, month);
  const others = rng.shuffle(units.filter((u) => !diligent.includes(u))).slice(0, OTHERS_PLANNING_MARCH);
  for (const unit of others.sort((a, b) => a.id - b.id)) plan(unit, '2022-03');
  return plans;
}
