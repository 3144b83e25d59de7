import {
  type Difficulty,
  type DifficultyInput,
  DifficultyInputSchema,
  DifficultyKind,
  DifficultyStatus,
} from '@danvan/domain';
import { Select, SimpleGrid, Textarea } from '@mantine/core';
import { DateField } from '@/components/ui/date-field';
import { messages } from '@/config/messages';
import { plansMessages } from '@/config/messages/plans';
import { type FieldErrors, fieldErrorsFrom } from '@/features/plans/form-errors';
import { useCommuneLookup } from '@/lib/lookups';
import { EntryFormFrame, useEntryForm } from './entry-form';
import { CommuneSelect, communeOption, type FixedUnit, UnitSelect } from './unit-commune-select';

const text = plansMessages.difficultyForm;

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
  if (!values.kind) errors.kind = plansMessages.form.required;
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
  fixedUnit: FixedUnit | null;
  save: (input: DifficultyInput) => Promise<Difficulty>;
  onSaved: (difficulty: Difficulty) => void;
  onCancel: () => void;
}

export function DifficultyForm({ draftKey, initialValues, fixedUnit, save, onSaved, onCancel }: DifficultyFormProps) {
  const form = useEntryForm({
    draftKey,
    initialValues,
    fields: FIELDS,
    fixedUnit,
    validate: validateDifficulty,
    save,
    onSaved,
    changedByOthers: text.changedByOthers,
  });
  const { values, errors, set, idOf } = form;
  const communes = useCommuneLookup();

  return (
    <EntryFormFrame form={form} text={text} submitLabel={text.save} onCancel={onCancel}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <UnitSelect
          id={idOf('unitId')}
          label={text.unit}
          description={text.unitHint}
          fixedUnit={fixedUnit}
          noneLabel={text.noUnit}
          value={values.unitId}
          onChange={(value) => set('unitId', value)}
          error={errors.unitId}
        />
        <CommuneSelect
          id={idOf('communeId')}
          label={text.commune}
          communes={(communes.data ?? []).map(communeOption)}
          noneLabel={text.noCommune}
          value={values.communeId}
          onChange={(value) => set('communeId', value)}
          error={errors.communeId}
        />
        <Select
          id={idOf('kind')}
          label={text.kind}
          required
          placeholder={text.kindPlaceholder}
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
    </EntryFormFrame>
  );
}
