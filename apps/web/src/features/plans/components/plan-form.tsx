import { ActivityCategory, type Plan, type PlanInput, PlanInputSchema } from '@danvan/domain';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';
import { readableAlertTitle } from '@/components/ui/alert-styles';
import { DateField } from '@/components/ui/date-field';
import { MonthField } from '@/components/ui/month-field';
import { messages } from '@/config/messages';
import {
  apiFieldErrors,
  type FieldErrors,
  fieldErrorsFrom,
  fieldId,
  focusFirstError,
  isConflict,
} from '@/features/plans/form-errors';
import { useDraft } from '@/hooks/use-draft';
import { describeError } from '@/lib/describe-error';
import { useAssignedCommunes, useCommuneLookup, useUnitLookup } from '@/lib/lookups';

const text = messages.plans.form;

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
  fixedUnit: { id: number; name: string } | null;
  save: (input: PlanInput) => Promise<Plan>;
  onSaved: (plan: Plan) => void;
  onCancel: () => void;
  submitLabel?: string;
}

/** A plan's fields, checked with PlanInputSchema before sending, with the API's own field errors shown in place. */
export function PlanForm({ draftKey, initialValues, fixedUnit, save, onSaved, onCancel, submitLabel }: PlanFormProps) {
  const draft = useDraft<PlanFormValues>(draftKey, initialValues);
  const values = draft.values;
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [failure, setFailure] = useState<{ message: string; detail?: string | undefined } | null>(null);
  const [saving, setSaving] = useState(false);
  const formId = useId();
  const idOf = (field: Field) => fieldId(formId, field);

  const units = useUnitLookup();
  const unitId = fixedUnit ? String(fixedUnit.id) : values.unitId;
  const assigned = useAssignedCommunes(unitId ? Number(unitId) : null, values.month ? `${values.month}-01` : null);
  const communes = useCommuneLookup();
  const communeOptions = (assigned.data ?? []).map((c) => ({
    value: String(c.id),
    label: `${c.name} (${c.district})`,
  }));
  // An existing plan's commune stays choosable even if the assignment has ended since.
  if (values.communeId && !communeOptions.some((o) => o.value === values.communeId)) {
    const current = communes.data?.find((c) => String(c.id) === values.communeId);
    if (current) communeOptions.unshift({ value: values.communeId, label: `${current.name} (${current.district})` });
  }

  function set<K extends Field>(field: K, value: PlanFormValues[K]) {
    draft.setField(field, value);
    if (errors[field]) setErrors(({ [field]: _, ...rest }) => rest as FieldErrors<Field>);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const checked = validatePlan({ ...values, unitId });
    if ('errors' in checked) {
      setErrors(checked.errors);
      focusFirstError(checked.errors, FIELDS, formId);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const plan = await save(checked.input);
      draft.clear();
      onSaved(plan);
    } catch (error) {
      const fieldErrors = apiFieldErrors(error, FIELDS);
      if (fieldErrors) {
        setErrors(fieldErrors);
        focusFirstError(fieldErrors, FIELDS, formId);
      } else if (isConflict(error)) {
        setFailure({ message: text.changedByOthers });
      } else {
        const { message, detail } = describeError(error);
        setFailure({ message, detail: detail !== message ? detail : undefined });
      }
    } finally {
      setSaving(false);
    }
  }

  const communeHint =
    !unitId || !values.month
      ? text.communeNeedsUnitAndMonth
      : assigned.isSuccess && assigned.data.length === 0
        ? text.noAssignedCommune
        : text.communeHint;

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={submitLabel ?? text.save}>
      <Stack gap="md">
        {draft.restored ? (
          <Alert styles={readableAlertTitle} color="blue" variant="light" role="status">
            {text.restored}
          </Alert>
        ) : null}
        {Object.keys(errors).length > 0 ? (
          <Text role="alert" c="nationalRed.8" fw={600} size="sm">
            {text.fixErrors}
          </Text>
        ) : null}
        {failure ? (
          <Alert styles={readableAlertTitle} color="nationalRed" variant="light" role="alert" title={text.saveFailed}>
            <Text size="sm">{failure.message}</Text>
            {failure.detail ? <Text size="sm">{failure.detail}</Text> : null}
          </Alert>
        ) : null}
        <Paper withBorder p="md" radius="md">
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              {fixedUnit ? (
                <TextInput label={text.unit} value={fixedUnit.name} readOnly />
              ) : (
                <Select
                  id={idOf('unitId')}
                  label={text.unit}
                  required
                  searchable
                  openOnFocus={false}
                  data={(units.data ?? []).map((u) => ({ value: String(u.id), label: u.name }))}
                  value={values.unitId}
                  onChange={(value) => {
                    set('unitId', value);
                    set('communeId', null);
                  }}
                  error={errors.unitId}
                  nothingFoundMessage={messages.common.noValue}
                  comboboxProps={{ withinPortal: true }}
                />
              )}
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
              <Select
                id={idOf('communeId')}
                label={text.commune}
                description={communeHint}
                required
                searchable
                openOnFocus={false}
                data={communeOptions}
                value={values.communeId}
                onChange={(value) => set('communeId', value)}
                error={errors.communeId}
                disabled={!unitId || !values.month}
                nothingFoundMessage={text.noAssignedCommune}
                comboboxProps={{ withinPortal: true }}
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
          </Stack>
        </Paper>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {text.cancel}
          </Button>
          <Button type="submit" loading={saving}>
            {submitLabel ?? text.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
