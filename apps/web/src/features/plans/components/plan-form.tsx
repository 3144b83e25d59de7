import { ActivityCategory, type Plan, type PlanInput, PlanInputSchema } from '@danvan/domain';
import { Checkbox, SimpleGrid, Textarea } from '@mantine/core';
import { DateField } from '@/components/ui/date-field';
import { MonthField } from '@/components/ui/month-field';
import { plansMessages } from '@/config/messages/plans';
import { type FieldErrors, fieldErrorsFrom } from '@/features/plans/form-errors';
import { useAssignedCommunes, useCommuneLookup } from '@/lib/lookups';
import { EntryFormFrame, useEntryForm } from './entry-form';
import { CommuneSelect, communeOption, type FixedUnit, UnitSelect } from './unit-commune-select';

const text = plansMessages.form;

export interface PlanFormValues extends Record<string, unknown> {
  unitId: string | null;
  communeId: string | null;
  month: string | null;
  plannedDate: string | null;
  content: string;
  categories: string[];
}

const FIELDS = ['unitId', 'month', 'communeId', 'plannedDate', 'content', 'categories'] as const;
type Field = (typeof FIELDS)[number];

export function planFormValues(plan: Plan): PlanFormValues {
  return {
    unitId: String(plan.unitId),
    communeId: String(plan.communeId),
    month: plan.month,
    plannedDate: plan.plannedDate,
    content: plan.content,
    categories: [...plan.categories],
  };
}

/** Checks the values with the domain's own schema; a choice left empty gets a plain "choose one". */
export function validatePlan(values: PlanFormValues): { input: PlanInput } | { errors: FieldErrors<Field> } {
  const errors: FieldErrors<Field> = {};
  if (!values.unitId) errors.unitId = text.required;
  if (!values.month) errors.month = text.required;
  if (!values.communeId) errors.communeId = text.required;
  const parsed = PlanInputSchema.safeParse({
    unitId: values.unitId ? Number(values.unitId) : undefined,
    communeId: values.communeId ? Number(values.communeId) : undefined,
    month: values.month ?? undefined,
    plannedDate: values.plannedDate,
    content: values.content,
    categories: values.categories,
  });
  if (parsed.success && Object.keys(errors).length === 0) return { input: parsed.data };
  const schemaErrors = parsed.success ? {} : fieldErrorsFrom(parsed.error.issues, FIELDS);
  return { errors: { ...schemaErrors, ...errors } };
}

export interface PlanFormProps {
  /** Names the draft: `plan:new`, `plan:42`. */
  draftKey: string;
  initialValues: PlanFormValues;
  /** A unit officer's unit: the plan is theirs, not to be chosen. */
  fixedUnit: FixedUnit | null;
  save: (input: PlanInput) => Promise<Plan>;
  onSaved: (plan: Plan) => void;
  onCancel: () => void;
  submitLabel?: string;
}

/** A plan's fields, checked with PlanInputSchema before sending, with the API's own field errors shown in place. */
export function PlanForm({ draftKey, initialValues, fixedUnit, save, onSaved, onCancel, submitLabel }: PlanFormProps) {
  const form = useEntryForm({
    draftKey,
    initialValues,
    fields: FIELDS,
    fixedUnit,
    validate: validatePlan,
    save,
    onSaved,
    changedByOthers: text.changedByOthers,
  });
  const { values, errors, set, idOf } = form;
  const unitId = fixedUnit ? String(fixedUnit.id) : values.unitId;
  const assigned = useAssignedCommunes(unitId ? Number(unitId) : null, values.month ? `${values.month}-01` : null);
  const communes = useCommuneLookup();
  const communeOptions = (assigned.data ?? []).map(communeOption);
  // An existing plan's commune stays choosable even if the assignment has ended since.
  if (values.communeId && !communeOptions.some((o) => o.value === values.communeId)) {
    const current = communes.data?.find((c) => String(c.id) === values.communeId);
    if (current) communeOptions.unshift(communeOption(current));
  }

  const communeHint =
    !unitId || !values.month
      ? text.communeNeedsUnitAndMonth
      : assigned.isSuccess && assigned.data.length === 0
        ? text.noAssignedCommune
        : text.communeHint;

  return (
    <EntryFormFrame form={form} text={text} submitLabel={submitLabel ?? text.save} onCancel={onCancel}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <UnitSelect
          id={idOf('unitId')}
          label={text.unit}
          required
          fixedUnit={fixedUnit}
          value={values.unitId}
          onChange={(value) => {
            set('unitId', value);
            set('communeId', null);
          }}
          error={errors.unitId}
        />
        <MonthField
          id={idOf('month')}
          label={text.month}
          required
          value={values.month}
          onChange={(month) => {
            set('month', month);
            if (values.plannedDate && month && !values.plannedDate.startsWith(month)) set('plannedDate', null);
          }}
          error={errors.month}
        />
        <CommuneSelect
          id={idOf('communeId')}
          label={text.commune}
          description={communeHint}
          required
          communes={communeOptions}
          value={values.communeId}
          onChange={(value) => set('communeId', value)}
          error={errors.communeId}
          disabled={!unitId || !values.month}
          nothingFound={text.noAssignedCommune}
        />
        <DateField
          id={idOf('plannedDate')}
          label={text.plannedDate}
          description={text.plannedDateHint}
          value={values.plannedDate}
          onChange={(date) => set('plannedDate', date)}
          error={errors.plannedDate}
        />
      </SimpleGrid>
      <Textarea
        id={idOf('content')}
        label={text.content}
        required
        rows={4}
        resize="vertical"
        value={values.content}
        onChange={(event) => set('content', event.currentTarget.value)}
        error={errors.content}
      />
      <Checkbox.Group
        label={text.categories}
        value={values.categories}
        onChange={(value) => set('categories', value)}
        error={errors.categories}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
          {ActivityCategory.codes.map((code) => (
            <Checkbox key={code} value={code} label={ActivityCategory.labels[code]} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
    </EntryFormFrame>
  );
}
