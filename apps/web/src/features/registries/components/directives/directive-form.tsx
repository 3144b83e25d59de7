import { type Directive, DirectiveInputSchema, DirectiveKind, formatDate, NormKind } from '@danvan/domain';
import { Button, Fieldset, Group, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { DateField } from '@/components/ui/date-field';
import { vietnameseOptionsFilter } from '@/components/ui/vietnamese-options-filter';
import { registriesMessages } from '@/config/messages/registries';
import { useDirectiveLookup } from '@/features/registries/api/lookups';
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
import { enumOptions, recordOptions } from '@/features/registries/components/options';

const text = registriesMessages.directives;
const form = registriesMessages.form;

export type NormFormValues = { kind: string | null; value: string; note: string };

export type DirectiveFormValues = {
  code: string;
  kind: string | null;
  issuer: string;
  issuedOn: string | null;
  title: string;
  summary: string;
  parentId: string | null;
  norms: NormFormValues[];
};

const NEW_NORM: NormFormValues = { kind: NormKind.codes[0], value: '1', note: '' };

export function directiveFormValues(directive?: Directive): DirectiveFormValues {
  return {
    code: directive?.code ?? '',
    kind: directive?.kind ?? null,
    issuer: directive?.issuer ?? '',
    issuedOn: directive?.issuedOn ?? null,
    title: directive?.title ?? '',
    summary: directive?.summary ?? '',
    parentId: fromId(directive?.parentId),
    norms: (directive?.norms ?? []).map((n) => ({ kind: n.kind, value: fromNumber(n.value), note: n.note ?? '' })),
  };
}

export function validateDirective(values: DirectiveFormValues) {
  const missing: FieldErrors = {};
  if (!values.kind) missing.kind = form.choose;
  if (!values.issuedOn) missing.issuedOn = form.date;
  values.norms.forEach((norm, i) => {
    if (!norm.kind) missing[`norms.${i}.kind`] = form.choose;
  });
  return validateWith(
    DirectiveInputSchema,
    {
      code: values.code,
      kind: values.kind ?? undefined,
      issuer: values.issuer,
      issuedOn: values.issuedOn ?? undefined,
      title: values.title,
      summary: values.summary,
      parentId: toId(values.parentId) ?? null,
      norms: values.norms.map((n) => ({
        kind: n.kind ?? undefined,
        value: toNumber(n.value),
        ...(n.note.trim() ? { note: n.note } : {}),
      })),
    },
    missing,
  );
}

/** `norms.1.value` → "Định mức 2: Số lần tối thiểu". */
export function directiveLabelOf(path: string): string {
  const norm = /^norms\.(\d+)\.(\w+)$/.exec(path);
  if (norm) {
    const field =
      norm[2] === 'value' ? text.form.normValue : norm[2] === 'note' ? text.form.normNote : text.fields.norms;
    return `${text.form.normLegend(Number(norm[1]) + 1)}: ${field}`;
  }
  return text.fields[path as keyof typeof text.fields] ?? path;
}

export const DIRECTIVE_CHANGES: FieldChangeSpec<Directive> = {
  labels: text.fields,
  format: (field, d) => {
    switch (field) {
      case 'kind':
        return DirectiveKind.labels[d.kind];
      case 'issuedOn':
        return formatDate(d.issuedOn);
      case 'parentId':
        return d.parentId ? String(d.parentId) : form.empty;
      case 'norms':
        return d.norms.map((n) => `${NormKind.labels[n.kind]}: ${n.value}`).join('; ') || form.empty;
      default:
        return String(d[field]) || form.empty;
    }
  },
};

export function DirectiveFields({
  form: f,
  directiveId,
}: {
  form: RecordForm<DirectiveFormValues>;
  directiveId?: number;
}) {
  const { values, errors, setField, fieldId } = f;
  const fields = text.fields;
  const lookup = useDirectiveLookup();
  const parents = recordOptions(
    lookup.data?.items.filter((d) => d.id !== directiveId),
    (d) => `${DirectiveKind.labels[d.kind]} ${d.code}`,
  );

  function setNorm(index: number, change: Partial<NormFormValues>) {
    setField(
      'norms',
      values.norms.map((norm, i) => (i === index ? { ...norm, ...change } : norm)),
    );
  }

  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          id={fieldId('code')}
          label={fields.code}
          value={values.code}
          onChange={(e) => setField('code', e.currentTarget.value)}
          error={errors.code}
          required
          maxLength={50}
        />
        <Select
          id={fieldId('kind')}
          label={fields.kind}
          data={enumOptions(DirectiveKind)}
          value={values.kind}
          onChange={(value) => setField('kind', value)}
          error={errors.kind}
          required
          allowDeselect={false}
        />
        <TextInput
          id={fieldId('issuer')}
          label={fields.issuer}
          value={values.issuer}
          onChange={(e) => setField('issuer', e.currentTarget.value)}
          error={errors.issuer}
          required
          maxLength={200}
        />
        <DateField
          id={fieldId('issuedOn')}
          label={fields.issuedOn}
          value={values.issuedOn}
          onChange={(value) => setField('issuedOn', value)}
          error={errors.issuedOn}
          required
        />
      </SimpleGrid>
      <Textarea
        id={fieldId('title')}
        label={fields.title}
        value={values.title}
        onChange={(e) => setField('title', e.currentTarget.value)}
        error={errors.title}
        required
        autosize
        minRows={2}
        maxLength={500}
      />
      <Textarea
        id={fieldId('summary')}
        label={fields.summary}
        value={values.summary}
        onChange={(e) => setField('summary', e.currentTarget.value)}
        error={errors.summary}
        autosize
        minRows={3}
        maxLength={5000}
      />
      <Select
        id={fieldId('parentId')}
        label={fields.parentId}
        description={text.parentHint}
        data={parents}
        value={values.parentId}
        onChange={(value) => setField('parentId', value)}
        error={errors.parentId}
        placeholder={text.noParent}
        searchable
        filter={vietnameseOptionsFilter}
        clearable
      />
      <Fieldset legend={fields.norms} variant="unstyled" styles={{ legend: { fontWeight: 600 } }}>
        <Stack gap="md">
          {values.norms.map((norm, index) => (
            <Fieldset
              // biome-ignore lint/suspicious/noArrayIndexKey: norms have no id; their order is their identity
              key={index}
              legend={text.form.normLegend(index + 1)}
              data-testid="norm-fields"
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <Select
                  id={fieldId(`norms.${index}.kind`)}
                  label={text.detail.normKind}
                  data={enumOptions(NormKind)}
                  value={norm.kind}
                  onChange={(value) => setNorm(index, { kind: value })}
                  error={errors[`norms.${index}.kind`]}
                  required
                  allowDeselect={false}
                />
                <NumberInput
                  id={fieldId(`norms.${index}.value`)}
                  label={text.form.normValue}
                  value={norm.value}
                  onChange={(value) => setNorm(index, { value: String(value) })}
                  error={errors[`norms.${index}.value`]}
                  required
                  min={1}
                  max={100}
                  allowDecimal={false}
                />
              </SimpleGrid>
              <TextInput
                mt="md"
                id={fieldId(`norms.${index}.note`)}
                label={text.form.normNote}
                value={norm.note}
                onChange={(e) => setNorm(index, { note: e.currentTarget.value })}
                error={errors[`norms.${index}.note`]}
                maxLength={500}
              />
              <Group mt="md">
                <Button
                  variant="subtle"
                  color="nationalRed"
                  size="sm"
                  onClick={() =>
                    setField(
                      'norms',
                      values.norms.filter((_, i) => i !== index),
                    )
                  }
                >
                  {text.form.removeNorm(index + 1)}
                </Button>
              </Group>
            </Fieldset>
          ))}
          {values.norms.length < 10 ? (
            <Group>
              <Button variant="default" onClick={() => setField('norms', [...values.norms, { ...NEW_NORM }])}>
                {text.form.addNorm}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </Fieldset>
    </>
  );
}
