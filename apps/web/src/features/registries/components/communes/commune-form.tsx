import {
  AreaClass,
  type Commune,
  CommuneInputSchema,
  CommuneKind,
  formatDate,
  formatInteger,
  formatNumber,
  NtmStatus,
} from '@danvan/domain';
import { Autocomplete, Checkbox, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { DateField } from '@/components/ui/date-field';
import { vietnameseOptionsFilter } from '@/components/ui/vietnamese-options-filter';
import { registriesMessages } from '@/config/messages/registries';
import { useCommuneLookup } from '@/features/registries/api/lookups';
import {
  type FieldErrors,
  fromId,
  fromNumber,
  toId,
  toNumber,
  validateWith,
} from '@/features/registries/components/form/form-values';
import type { RecordForm } from '@/features/registries/components/form/use-record-form';
import type { FieldChangeSpec } from '@/features/registries/components/form/use-reloadable-record';
import { distinctSorted, enumOptions, recordOptions } from '@/features/registries/components/options';

const text = registriesMessages.communes;
const form = registriesMessages.form;

export type CommuneFormValues = {
  code: string;
  name: string;
  kind: string | null;
  district: string;
  areaClass: string | null;
  remote: boolean;
  ntmStatus: string | null;
  distanceKm: string;
  population: string;
  households: string;
  poorHouseholds: string;
  validFrom: string | null;
  validTo: string | null;
  successorId: string | null;
};

export function communeFormValues(commune?: Commune): CommuneFormValues {
  return {
    code: commune?.code ?? '',
    name: commune?.name ?? '',
    kind: commune?.kind ?? 'xa',
    district: commune?.district ?? '',
    areaClass: commune?.areaClass ?? null,
    remote: commune?.remote ?? false,
    ntmStatus: commune?.ntmStatus ?? null,
    distanceKm: fromNumber(commune?.distanceKm),
    population: fromNumber(commune?.population),
    households: fromNumber(commune?.households),
    poorHouseholds: fromNumber(commune?.poorHouseholds),
    validFrom: commune?.validFrom ?? null,
    validTo: commune?.validTo ?? null,
    successorId: fromId(commune?.successorId),
  };
}

/** Checks the values with the domain's CommuneInputSchema. */
export function validateCommune(values: CommuneFormValues) {
  const missing: FieldErrors = {};
  if (!values.kind) missing.kind = form.choose;
  if (!values.areaClass) missing.areaClass = form.choose;
  if (!values.ntmStatus) missing.ntmStatus = form.choose;
  if (!values.validFrom) missing.validFrom = form.date;
  return validateWith(
    CommuneInputSchema,
    {
      code: values.code,
      name: values.name,
      kind: values.kind ?? undefined,
      district: values.district,
      areaClass: values.areaClass ?? undefined,
      remote: values.remote,
      ntmStatus: values.ntmStatus ?? undefined,
      distanceKm: toNumber(values.distanceKm),
      population: toNumber(values.population),
      households: toNumber(values.households),
      poorHouseholds: toNumber(values.poorHouseholds),
      validFrom: values.validFrom ?? undefined,
      validTo: values.validTo,
      successorId: toId(values.successorId) ?? null,
    },
    missing,
  );
}

export function communeLabelOf(path: string): string {
  return text.fields[path as keyof typeof text.fields] ?? path;
}

export const COMMUNE_CHANGES: FieldChangeSpec<Commune> = {
  labels: text.fields,
  format: (field, c) => {
    switch (field) {
      case 'kind':
        return CommuneKind.labels[c.kind];
      case 'areaClass':
        return AreaClass.labels[c.areaClass];
      case 'ntmStatus':
        return NtmStatus.labels[c.ntmStatus];
      case 'remote':
        return c.remote ? registriesMessages.common.yes : registriesMessages.common.no;
      case 'distanceKm':
        return text.km(formatNumber(c.distanceKm));
      case 'population':
      case 'households':
      case 'poorHouseholds':
        return formatInteger(c[field]);
      case 'validFrom':
        return formatDate(c.validFrom);
      case 'validTo':
        return c.validTo ? formatDate(c.validTo) : form.empty;
      case 'successorId':
        return c.successorId ? String(c.successorId) : form.empty;
      default:
        return String(c[field]);
    }
  },
};

const COUNT_PROPS = {
  min: 0,
  allowDecimal: false,
  thousandSeparator: '.',
  decimalSeparator: ',',
  hideControls: true,
} as const;

export function CommuneFields({ form: f, communeId }: { form: RecordForm<CommuneFormValues>; communeId?: number }) {
  const { values, errors, setField, fieldId } = f;
  const fields = text.fields;
  const lookup = useCommuneLookup();
  const districts = useMemo(() => distinctSorted(lookup.data?.items.map((c) => c.district) ?? []), [lookup.data]);
  const successors = recordOptions(
    lookup.data?.items.filter((c) => c.id !== communeId),
    (c) => `${c.name} (${c.district})`,
  );
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
          maxLength={100}
        />
        <TextInput
          id={fieldId('code')}
          label={fields.code}
          value={values.code}
          onChange={(e) => setField('code', e.currentTarget.value)}
          error={errors.code}
          required
          maxLength={10}
        />
        <Select
          id={fieldId('kind')}
          label={fields.kind}
          data={enumOptions(CommuneKind)}
          value={values.kind}
          onChange={(value) => setField('kind', value)}
          error={errors.kind}
          required
          allowDeselect={false}
        />
        <Autocomplete
          id={fieldId('district')}
          label={fields.district}
          data={districts}
          filter={vietnameseOptionsFilter}
          value={values.district}
          onChange={(value) => setField('district', value)}
          error={errors.district}
          required
          maxLength={100}
        />
        <Select
          id={fieldId('areaClass')}
          label={fields.areaClass}
          data={enumOptions(AreaClass)}
          value={values.areaClass}
          onChange={(value) => setField('areaClass', value)}
          error={errors.areaClass}
          required
          allowDeselect={false}
        />
        <Select
          id={fieldId('ntmStatus')}
          label={fields.ntmStatus}
          data={enumOptions(NtmStatus)}
          value={values.ntmStatus}
          onChange={(value) => setField('ntmStatus', value)}
          error={errors.ntmStatus}
          required
          allowDeselect={false}
        />
      </SimpleGrid>
      <Checkbox
        id={fieldId('remote')}
        label={fields.remote}
        checked={values.remote}
        onChange={(e) => setField('remote', e.currentTarget.checked)}
        error={errors.remote}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <NumberInput
          id={fieldId('distanceKm')}
          label={fields.distanceKm}
          value={values.distanceKm}
          onChange={(value) => setField('distanceKm', String(value))}
          error={errors.distanceKm}
          required
          min={0}
          max={2000}
          decimalScale={1}
          decimalSeparator=","
          thousandSeparator="."
          hideControls
        />
        <NumberInput
          id={fieldId('population')}
          label={fields.population}
          value={values.population}
          onChange={(value) => setField('population', String(value))}
          error={errors.population}
          required
          {...COUNT_PROPS}
        />
        <NumberInput
          id={fieldId('households')}
          label={fields.households}
          value={values.households}
          onChange={(value) => setField('households', String(value))}
          error={errors.households}
          required
          {...COUNT_PROPS}
        />
        <NumberInput
          id={fieldId('poorHouseholds')}
          label={fields.poorHouseholds}
          value={values.poorHouseholds}
          onChange={(value) => setField('poorHouseholds', String(value))}
          error={errors.poorHouseholds}
          required
          {...COUNT_PROPS}
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
      <Select
        id={fieldId('successorId')}
        label={fields.successorId}
        data={successors}
        value={values.successorId}
        onChange={(value) => setField('successorId', value)}
        error={errors.successorId}
        placeholder={text.noSuccessor}
        searchable
        filter={vietnameseOptionsFilter}
        clearable
      />
    </>
  );
}
