import { formatDate, formatInteger, type Unit, UnitGroup, UnitInputSchema, UnitKind } from '@danvan/domain';
import { NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { DateField } from '@/components/ui/date-field';
import { registriesMessages } from '@/config/messages/registries';
import {
  type FieldErrors,
  fromNumber,
  toNumber,
  validateWith,
} from '@/features/registries/components/form/form-values';
import type { RecordForm } from '@/features/registries/components/form/use-record-form';
import type { FieldChangeSpec } from '@/features/registries/components/form/use-reloadable-record';
import { enumOptions } from '@/features/registries/components/options';

const text = registriesMessages.units;
const form = registriesMessages.form;

/** What the inputs hold: text as typed, numbers as the digits typed, choices and dates or null. */
export type UnitFormValues = {
  code: string;
  name: string;
  kind: string | null;
  agency: string;
  group: string | null;
  partyMembers: string;
  staff: string;
  activeFrom: string | null;
  activeTo: string | null;
};

export function unitFormValues(unit?: Unit): UnitFormValues {
  return {
    code: unit?.code ?? '',
    name: unit?.name ?? '',
    kind: unit?.kind ?? null,
    agency: unit?.agency ?? '',
    group: unit?.group ?? null,
    partyMembers: fromNumber(unit?.partyMembers),
    staff: fromNumber(unit?.staff),
    activeFrom: unit?.activeFrom ?? null,
    activeTo: unit?.activeTo ?? null,
  };
}

/** Checks the values with the domain's UnitInputSchema; empty choices get a "please choose" message. */
export function validateUnit(values: UnitFormValues) {
  const missing: FieldErrors = {};
  if (!values.kind) missing.kind = form.choose;
  if (!values.group) missing.group = form.choose;
  if (!values.activeFrom) missing.activeFrom = form.date;
  return validateWith(
    UnitInputSchema,
    {
      code: values.code,
      name: values.name,
      kind: values.kind ?? undefined,
      agency: values.agency,
      group: values.group ?? undefined,
      partyMembers: toNumber(values.partyMembers),
      staff: toNumber(values.staff),
      activeFrom: values.activeFrom ?? undefined,
      activeTo: values.activeTo,
    },
    missing,
  );
}

export function unitLabelOf(path: string): string {
  return text.fields[path as keyof typeof text.fields] ?? path;
}

/** For the reload after a 412: which stored fields to compare, and how they read. */
export const UNIT_CHANGES: FieldChangeSpec<Unit> = {
  labels: text.fields,
  format: (field, unit) => {
    switch (field) {
      case 'kind':
        return UnitKind.labels[unit.kind];
      case 'group':
        return UnitGroup.labels[unit.group];
      case 'partyMembers':
      case 'staff':
        return formatInteger(unit[field]);
      case 'activeFrom':
        return formatDate(unit.activeFrom);
      case 'activeTo':
        return unit.activeTo ? formatDate(unit.activeTo) : form.empty;
      default:
        return String(unit[field]);
    }
  },
};

/** The fields of the unit form; the frame around them (alerts, buttons) is RecordFormFrame. */
export function UnitFields({ form: f }: { form: RecordForm<UnitFormValues> }) {
  const { values, errors, setField, fieldId } = f;
  const fields = text.fields;
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          id={fieldId('name')}
          label={fields.name}
          value={values.name}
          onChange={(e) => setField('name', e.currentTarget.value)}
          error={errors.name}
          required
          maxLength={300}
        />
        <TextInput
          id={fieldId('code')}
          label={fields.code}
          value={values.code}
          onChange={(e) => setField('code', e.currentTarget.value)}
          error={errors.code}
          required
          maxLength={30}
        />
        <Select
          id={fieldId('kind')}
          label={fields.kind}
          data={enumOptions(UnitKind)}
          value={values.kind}
          onChange={(value) => setField('kind', value)}
          error={errors.kind}
          required
          allowDeselect={false}
        />
        <Select
          id={fieldId('group')}
          label={fields.group}
          data={enumOptions(UnitGroup)}
          value={values.group}
          onChange={(value) => setField('group', value)}
          error={errors.group}
          required
          allowDeselect={false}
        />
      </SimpleGrid>
      <TextInput
        id={fieldId('agency')}
        label={fields.agency}
        value={values.agency}
        onChange={(e) => setField('agency', e.currentTarget.value)}
        error={errors.agency}
        required
        maxLength={300}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <NumberInput
          id={fieldId('partyMembers')}
          label={fields.partyMembers}
          value={values.partyMembers}
          onChange={(value) => setField('partyMembers', String(value))}
          error={errors.partyMembers}
          required
          min={0}
          allowDecimal={false}
          thousandSeparator="."
          decimalSeparator=","
          hideControls
        />
        <NumberInput
          id={fieldId('staff')}
          label={fields.staff}
          value={values.staff}
          onChange={(value) => setField('staff', String(value))}
          error={errors.staff}
          required
          min={0}
          allowDecimal={false}
          thousandSeparator="."
          decimalSeparator=","
          hideControls
        />
        <DateField
          id={fieldId('activeFrom')}
          label={fields.activeFrom}
          value={values.activeFrom}
          onChange={(value) => setField('activeFrom', value)}
          error={errors.activeFrom}
          required
        />
        <DateField
          id={fieldId('activeTo')}
          label={fields.activeTo}
          description={text.activeToHint}
          value={values.activeTo}
          onChange={(value) => setField('activeTo', value)}
          error={errors.activeTo}
        />
      </SimpleGrid>
    </>
  );
}
