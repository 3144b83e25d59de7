/**
 * The demo dataset: pure and deterministic (one fixed seed, no clock, no Math.random), so every figure is the
 * same on every machine. Every record is parsed with the domain's input schemas: the demo never holds
 * something the API would refuse.
 */
import {
  ActivityInputSchema,
  AssignmentInputSchema,
  addDays,
  CommuneInputSchema,
  DifficultyInputSchema,
  DirectiveInputSchema,
  maxDate,
  PlanInputSchema,
  SEED_PERIOD,
  UnitInputSchema,
} from '@danvan/domain';
import { type ActivityDraft, buildActivity } from './activities.js';
import { demoAssignments } from './assignments.js';
import { checkDemoData } from './checks.js';
import { demoCommunes } from './communes.js';
import { demoDifficulties } from './difficulties.js';
import { demoDirectives } from './directives.js';
import { demoPlans } from './plans.js';
import { Rng } from './random.js';
import { demoSchedule, SEED_VISITS } from './schedule.js';
import { laterBy, SETUP_DATE, stampAt } from './stamps.js';
import type { DemoActivity, DemoData, Stamps } from './types.js';
import { demoUnits } from './units.js';

/** The fixed seed: the date of Hướng dẫn 02-HD/BDVTU. */
export const DEMO_SEED = 20210910;

/** The same stamp for creation and last change: demo records have never been edited (version 1). */
function stamped(createdAt: string): Stamps {
  return { createdAt, updatedAt: createdAt };
}

export function generateDemoData(seed: number = DEMO_SEED): DemoData {
  const rng = new Rng(seed);
  const setup = (hour: number, minutes: number) => laterBy(stampAt(SETUP_DATE, hour), minutes);

  const directives = demoDirectives().map(({ id, ...d }) => ({
    id,
    ...DirectiveInputSchema.parse(d),
    ...stamped(laterBy(stampAt(maxDate(d.issuedOn, SETUP_DATE), 8), id)),
  }));
  const unitDrafts = demoUnits(rng.fork('units'));
  const units = unitDrafts.map(({ id, field: _field, ...u }) => ({
    id,
    ...UnitInputSchema.parse(u),
    ...stamped(setup(9, id)),
  }));
  const communeDrafts = demoCommunes(rng.fork('communes'));
  const communes = communeDrafts.map(({ id, ...c }) => ({
    id,
    ...CommuneInputSchema.parse(c),
    ...stamped(setup(13, id)),
  }));
  const plan = demoAssignments(rng.fork('assignments'), unitDrafts, communeDrafts);
  const assignments = plan.rows.map(({ id, ...a }) => ({
    id,
    ...AssignmentInputSchema.parse(a),
    // A reassignment is decided a few days before it takes effect.
    ...stamped(a.validFrom === SETUP_DATE ? setup(16, id) : stampAt(addDays(a.validFrom, -4), 15)),
  }));

  const remote = new Set(communes.filter((c) => c.remote).map((c) => c.id));
  const visits = demoSchedule(rng.fork('schedule'), unitDrafts, remote, plan);
  const unitById = new Map(unitDrafts.map((u) => [u.id, u]));
  const communeById = new Map(communes.map((c) => [c.id, c]));
  const activityRng = rng.fork('activities');
  const drafts = visits
    .map((v) => buildActivity(activityRng, v, unitById, communeById.get(v.communeId) as (typeof communes)[number]))
    .sort((a, b) =>
      a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : (a.unitIds[0] ?? 0) - (b.unitIds[0] ?? 0),
    );
  const activities: DemoActivity[] = drafts.map((a, i) => {
    const { status, reviewComment, submittedAt, approvedAt, createdAt, updatedAt, ...input } = a;
    return {
      id: i + 1,
      ...ActivityInputSchema.parse(input),
      status,
      reviewComment,
      submittedAt,
      approvedAt,
      createdAt,
      updatedAt,
    };
  });

  const plans = demoPlans(rng.fork('plans'), unitDrafts, communeById, plan.rows, activities as ActivityDraft[]).map(
    ({ id, createdAt, updatedAt, ...p }) => ({ id, ...PlanInputSchema.parse(p), createdAt, updatedAt }),
  );
  const reached = new Set(activities.filter((a) => a.status === 'approved').map((a) => a.communeId));
  const difficulties = demoDifficulties(unitDrafts, communes, plan.rows, reached).map(
    ({ id, createdAt, updatedAt, ...d }) => ({ id, ...DifficultyInputSchema.parse(d), createdAt, updatedAt }),
  );

  const data: DemoData = {
    seed,
    period: { ...SEED_PERIOD },
    directives,
    units,
    communes,
    assignments,
    activities,
    plans,
    difficulties,
  };
  checkDemoData(data, SEED_VISITS);
  return data;
}
