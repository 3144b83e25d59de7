import { monthOf, type Plan, todayInVietnam } from '@danvan/domain';
import { useLocation, useNavigate, useParams } from 'react-router';
import { plansMessages } from '@/config/messages/plans';
import { paths } from '@/config/paths';
import { usePlan } from '@/features/plans/api/get-plan';
import { useCreatePlan, useUpdatePlan } from '@/features/plans/api/save-plan';
import { PlanForm, type PlanFormValues, planFormValues } from '@/features/plans/components/plan-form';
import { planScopeFromSearchParams, planScopeParams } from '@/features/plans/plan-scope';
import { EntryFormPage, EntryRecord } from './entry-pages';
import { useFixedUnit } from './unit-commune-select';

const text = plansMessages.form;
const crumbs = [{ label: plansMessages.plans.title, to: paths.plans }];

function nextMonthInVietnam(): string {
  const [y, m] = monthOf(todayInVietnam()).split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Where the list was (its URL) when the form was opened from it. */
function listFrom(state: unknown): string | null {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith(paths.plans) ? from : null;
}

/**
 * Back to the list after saving: to the view it came from when that shows the plan's month, otherwise to the
 * plan's month of its unit, so the new plan is in sight.
 */
function listAfterSave(plan: Plan, from: string | null): string {
  if (from) {
    const { scope } = planScopeFromSearchParams(new URL(from, 'https://x.invalid').searchParams);
    if (plan.month >= scope.fromMonth && plan.month <= scope.toMonth) return from;
    const next = { ...scope, fromMonth: plan.month, toMonth: plan.month };
    return `${paths.plans}?${new URLSearchParams(planScopeParams(next))}`;
  }
  return `${paths.plans}?${new URLSearchParams({ unitId: String(plan.unitId), fromMonth: plan.month, toMonth: plan.month })}`;
}

export function NewPlanPage() {
  const navigate = useNavigate();
  const location = useLocation();
  const fixedUnit = useFixedUnit();
  const create = useCreatePlan();
  const from = listFrom(location.state);
  const { scope } = planScopeFromSearchParams(new URLSearchParams(location.search));
  // A plan is usually made for the coming month.
  const initialValues: PlanFormValues = {
    unitId: fixedUnit ? String(fixedUnit.id) : scope.unitId !== undefined ? String(scope.unitId) : null,
    communeId: null,
    month: nextMonthInVietnam(),
    plannedDate: null,
    content: '',
    categories: [],
  };
  return (
    <EntryFormPage title={text.newTitle} crumbs={crumbs} readOnly={text.readOnly}>
      <PlanForm
        draftKey="plan:new"
        initialValues={initialValues}
        fixedUnit={fixedUnit}
        save={(input) => create.mutateAsync(input)}
        onSaved={(plan) => void navigate(listAfterSave(plan, from), { state: { notice: text.saved } })}
        onCancel={() => void navigate(from ?? paths.plans)}
      />
    </EntryFormPage>
  );
}

export function EditPlanPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const location = useLocation();
  const fixedUnit = useFixedUnit();
  const plan = usePlan(id);
  const update = useUpdatePlan();
  const from = listFrom(location.state);
  return (
    <EntryFormPage title={text.editTitle} crumbs={crumbs} readOnly={text.readOnly}>
      <EntryRecord query={plan} text={text}>
        {(current) => (
          <PlanForm
            draftKey={`plan:${id}`}
            initialValues={planFormValues(current)}
            fixedUnit={fixedUnit}
            // The version shown now, which a 412 has refreshed: the next save goes through on top of it.
            save={(input) => update.mutateAsync({ id, version: current.version, input })}
            onSaved={(saved) => void navigate(listAfterSave(saved, from), { state: { notice: text.saved } })}
            onCancel={() => void navigate(from ?? paths.plans)}
          />
        )}
      </EntryRecord>
    </EntryFormPage>
  );
}
