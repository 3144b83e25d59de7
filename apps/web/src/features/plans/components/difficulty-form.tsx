import {
  type Difficulty,
  type DifficultyInput,
  DifficultyInputSchema,
  DifficultyKind,
  DifficultyStatus,
} from '@danvan/domain';
import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';
import { readableAlertTitle } from '@/components/ui/alert-styles';
import { DateField } from '@/components/ui/date-field';
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
import { useCommuneLookup, useUnitLookup } from '@/lib/lookups';

const text = messages.plans.difficultyForm;
const NONE = '';

export interface DifficultyFormValues extends Record<string, unknown> {
  unitId: string | null;
  communeId: string | null;
  kind: string | null;
  text: string;
  recommendation: string;
  periodFrom: string | null;
  periodTo: string | null;
  status: string;
}

const FIELDS = ['unitId', 'communeId', 'kind', 'text', 'recommendation', 'periodFrom', 'periodTo', 'status'] as const;
type Field = (typeof FIELDS)[number];

export function difficultyFormValues(d: Difficulty): DifficultyFormValues {
  return {
    unitId: d.unitId === null ? null : String(d.unitId),
    communeId: d.communeId === null ? null : String(d.communeId),
    kind: d.kind,
    text: d.text,
    recommendation: d.recommendation,
    periodFrom: d.periodFrom,
    periodTo: d.periodTo,
    status: d.status,
  };
}

/** Checks the values with DifficultyInputSchema; choices and dates left empty get a plain message first. */
export function validateDifficulty(
  values: DifficultyFormValues,
): { input: DifficultyInput } | { errors: FieldErrors<Field> } {
  const errors: FieldErrors<Field> = {};
  if (!values.kind) errors.kind = messages.plans.form.required;
  if (!values.periodFrom) errors.periodFrom = messages.dates.invalid;
  if (!values.periodTo) errors.periodTo = messages.dates.invalid;
  const parsed = DifficultyInputSchema.safeParse({
    unitId: values.unitId ? Number(values.unitId) : null,
    communeId: values.communeId ? Number(values.communeId) : null,
    kind: values.kind ?? undefined,
    text: values.text,
    recommendation: values.recommendation,
    periodFrom: values.periodFrom ?? undefined,
    periodTo: values.periodTo ?? undefined,
    status: values.status,
  });
  if (parsed.success && Object.keys(errors).length === 0) return { input: parsed.data };
  const schemaErrors = parsed.success ? {} : fieldErrorsFrom(parsed.error.issues, FIELDS);
  return { errors: { ...schemaErrors, ...errors } };
}

export interface DifficultyFormProps {
  draftKey: string;
  initialValues: DifficultyFormValues;
  /** A unit officer records difficulties of their own unit only. */
  fixedUnit: { id: number; name: string } | null;
  save: (input: DifficultyInput) => Promise<Difficulty>;
  onSaved: (difficulty: Difficulty) => void;
  onCancel: () => void;
}

export function DifficultyForm({ draftKey, initialValues, fixedUnit, save, onSaved, onCancel }: DifficultyFormProps) {
  const draft = useDraft<DifficultyFormValues>(draftKey, initialValues);
  const values = draft.values;
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [failure, setFailure] = useState<{ message: string; detail?: string | undefined } | null>(null);
  const [saving, setSaving] = useState(false);
  const formId = useId();
  const idOf = (field: Field) => fieldId(formId, field);
  const units = useUnitLookup();
  const communes = useCommuneLookup();

  function set<K extends Field>(field: K, value: DifficultyFormValues[K]) {
    draft.setField(field, value);
    if (errors[field]) setErrors(({ [field]: _, ...rest }) => rest as FieldErrors<Field>);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const checked = validateDifficulty(fixedUnit ? { ...values, unitId: String(fixedUnit.id) } : values);
    if ('errors' in checked) {
      setErrors(checked.errors);
      focusFirstError(checked.errors, FIELDS, formId);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const saved = await save(checked.input);
      draft.clear();
      onSaved(saved);
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

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={text.save}>
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
                  description={text.unitHint}
                  searchable
                  openOnFocus={false}
                  data={[
                    { value: NONE, label: text.noUnit },
                    ...(units.data ?? []).map((u) => ({ value: String(u.id), label: u.name })),
                  ]}
                  value={values.unitId ?? NONE}
                  onChange={(value) => set('unitId', value ? value : null)}
                  error={errors.unitId}
                  allowDeselect={false}
                  nothingFoundMessage={messages.common.noValue}
                  comboboxProps={{ withinPortal: true }}
                />
              )}
              <Select
                id={idOf('communeId')}
                label={text.commune}
                searchable
                openOnFocus={false}
                data={[
                  { value: NONE, label: text.noCommune },
                  ...(communes.data ?? []).map((c) => ({ value: String(c.id), label: `${c.name} (${c.district})` })),
                ]}
                value={values.communeId ?? NONE}
                onChange={(value) => set('communeId', value ? value : null)}
                error={errors.communeId}
                allowDeselect={false}
                nothingFoundMessage={messages.common.noValue}
                comboboxProps={{ withinPortal: true }}
              />
              <Select
                id={idOf('kind')}
                label={text.kind}
                required
                data={DifficultyKind.codes.map((code) => ({ value: code, label: DifficultyKind.labels[code] }))}
                value={values.kind}
                onChange={(value) => set('kind', value)}
                error={errors.kind}
                comboboxProps={{ withinPortal: true }}
              />
              <Select
                id={idOf('status')}
                label={text.status}
                required
                data={DifficultyStatus.codes.map((code) => ({ value: code, label: DifficultyStatus.labels[code] }))}
                value={values.status}
                onChange={(value) => value && set('status', value)}
                error={errors.status}
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
              />
              <DateField
                id={idOf('periodFrom')}
                label={text.periodFrom}
                required
                value={values.periodFrom}
                onChange={(date) => set('periodFrom', date)}
                error={errors.periodFrom}
              />
              <DateField
                id={idOf('periodTo')}
                label={text.periodTo}
                required
                value={values.periodTo}
                onChange={(date) => set('periodTo', date)}
                error={errors.periodTo}
              />
            </SimpleGrid>
            <Textarea
              id={idOf('text')}
              label={text.text}
              required
              rows={4}
              resize="vertical"
              value={values.text}
              onChange={(event) => set('text', event.currentTarget.value)}
              error={errors.text}
            />
            <Textarea
              id={idOf('recommendation')}
              label={text.recommendation}
              rows={3}
              resize="vertical"
              value={values.recommendation}
              onChange={(event) => set('recommendation', event.currentTarget.value)}
              error={errors.recommendation}
            />
          </Stack>
        </Paper>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {text.cancel}
          </Button>
          <Button type="submit" loading={saving}>
            {text.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
