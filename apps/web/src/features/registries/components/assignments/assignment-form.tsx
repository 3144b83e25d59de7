import { type Assignment, AssignmentInputSchema, AssignmentRole, DirectiveKind, formatDate } from '@danvan/domain';
import { Select, SimpleGrid, Textarea } from '@mantine/core';
import { useEffect } from 'react';
import { DateField } from '@/components/ui/date-field';
import { vietnameseOptionsFilter } from '@/components/ui/vietnamese-options-filter';
import { registriesMessages } from '@/config/messages/registries';
import { useCommuneLookup, useDirectiveLookup, useUnitLookup } from '@/features/registries/api/lookups';
import { type FieldErrors, fromId, toId, validateWith } from '@/features/registries/components/form/form-values';
import type { RecordForm } from '@/features/registries/components/form/use-record-form';
import type { FieldChangeSpec } from '@/features/registries/components/form/use-reloadable-record';
import { enumOptions, recordOptions } from '@/features/registries/components/options';

const text = registriesMessages.assignments;
const form = registriesMessages.form;

export type AssignmentFormValues = {
  unitId: string | null;
  communeId: string | null;
  directiveId: string | null;
  role: string | null;
  validFrom: string | null;
  validTo: string | null;
  note: string;
};

export function assignmentFormValues(assignment?: Partial<Assignment>): AssignmentFormValues {
  return {
    unitId: fromId(assignment?.unitId),
    communeId: fromId(assignment?.communeId),
    directiveId: fromId(assignment?.directiveId),
    role: assignment?.role ?? 'phu_trach_chinh',
    validFrom: assignment?.validFrom ?? null,
    validTo: assignment?.validTo ?? null,
    note: assignment?.note ?? '',
  };
}

export function validateAssignment(values: AssignmentFormValues) {
  const missing: FieldErrors = {};
  if (!values.unitId) missing.unitId = form.choose;
  if (!values.communeId) missing.communeId = form.choose;
  if (!values.directiveId) missing.directiveId = form.choose;
  if (!values.role) missing.role = form.choose;
  if (!values.validFrom) missing.validFrom = form.date;
  return validateWith(
    AssignmentInputSchema,
    {
      unitId: toId(values.unitId),
      communeId: toId(values.communeId),
      directiveId: toId(values.directiveId),
      role: values.role ?? undefined,
      validFrom: values.validFrom ?? undefined,
      validTo: values.validTo,
      note: values.note,
    },
    missing,
  );
}

export function assignmentLabelOf(path: string): string {
  return text.fields[path as keyof typeof text.fields] ?? path;
}

export const ASSIGNMENT_CHANGES: FieldChangeSpec<Assignment> = {
  labels: text.fields,
  format: (field, a) => {
    switch (field) {
      case 'role':
        return AssignmentRole.labels[a.role];
      case 'validFrom':
        return formatDate(a.validFrom);
      case 'validTo':
        return a.validTo ? formatDate(a.validTo) : form.empty;
      default:
        return String(a[field]) || form.empty;
    }
  },
};

/** The directive that sets a norm (the implementing guide), the usual basis of an assignment. */
function defaultDirectiveId(items: readonly { id: number; norms: readonly unknown[] }[]): string | null {
  const withNorms = items.find((d) => d.norms.length > 0) ?? items[0];
  return withNorms ? String(withNorms.id) : null;
}

export interface AssignmentFieldsProps {
  form: RecordForm<AssignmentFormValues>;
  /** In an edit, unit and commune stay as they are: giving a commune to another unit is a reassignment. */
  fixedParties?: boolean;
}

export function AssignmentFields({ form: f, fixedParties = false }: AssignmentFieldsProps) {
  const { values, errors, setField, fieldId } = f;
  const fields = text.fields;
  const units = useUnitLookup();
  const communes = useCommuneLookup();
  const directives = useDirectiveLookup();

  const directiveItems = directives.data?.items;
  useEffect(() => {
    if (values.directiveId === null && directiveItems) setField('directiveId', defaultDirectiveId(directiveItems));
  }, [values.directiveId, directiveItems, setField]);

  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Select
          id={fieldId('unitId')}
          label={fields.unitId}
          data={recordOptions(units.data?.items, (u) => u.name)}
          value={values.unitId}
          onChange={(value) => setField('unitId', value)}
          error={errors.unitId}
          required
          searchable
          filter={vietnameseOptionsFilter}
          disabled={fixedParties}
          nothingFoundMessage={registriesMessages.units.empty}
        />
        <Select
          id={fieldId('communeId')}
          label={fields.communeId}
          data={recordOptions(communes.data?.items, (c) => `${c.name} (${c.district})`)}
          value={values.communeId}
          onChange={(value) => setField('communeId', value)}
          error={errors.communeId}
          required
          searchable
          filter={vietnameseOptionsFilter}
          disabled={fixedParties}
          nothingFoundMessage={registriesMessages.communes.empty}
        />
        <Select
          id={fieldId('role')}
          label={fields.role}
          data={enumOptions(AssignmentRole)}
          value={values.role}
          onChange={(value) => setField('role', value)}
          error={errors.role}
          required
          allowDeselect={false}
        />
        <Select
          id={fieldId('directiveId')}
          label={fields.directiveId}
          data={recordOptions(directiveItems, (d) => `${DirectiveKind.labels[d.kind]} ${d.code}`)}
          value={values.directiveId}
          onChange={(value) => setField('directiveId', value)}
          error={errors.directiveId}
          required
          allowDeselect={false}
        />
        <DateField
          id={fieldId('validFrom')}
          label={fields.validFrom}
          value={values.validFrom}
          onChange={(value) => setField('validFrom', value)}
          error={errors.validFrom}
          required
        />
        <DateField
          id={fieldId('validTo')}
          label={fields.validTo}
          description={text.validToHint}
          value={values.validTo}
          onChange={(value) => setField('validTo', value)}
          error={errors.validTo}
        />
      </SimpleGrid>
      <Textarea
        id={fieldId('note')}
        label={fields.note}
        value={values.note}
        onChange={(e) => setField('note', e.currentTarget.value)}
        error={errors.note}
        autosize
        minRows={2}
        maxLength={1000}
      />
    </>
  );
}
