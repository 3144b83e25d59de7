import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { readableAlertTitle } from '@/components/ui/alert-styles';
import { apiFieldErrors, type FieldErrors, fieldId, focusFirstError, isConflict } from '@/features/plans/form-errors';
import { useDraft } from '@/hooks/use-draft';
import { describeError } from '@/lib/describe-error';
import type { FixedUnit } from './unit-commune-select';

export interface EntryFormOptions<
  V extends Record<string, unknown> & { unitId: string | null },
  F extends string,
  I,
  R,
> {
  /** Names the draft: `plan:new`, `difficulty:42`. */
  draftKey: string;
  initialValues: V;
  /** The fields in the order of the form: the first with an error takes the focus. */
  fields: readonly F[];
  /** A unit officer's unit, which the values take whatever the form holds. */
  fixedUnit: FixedUnit | null;
  /** The values checked with the domain's schema: what to send, or the errors by field. */
  validate: (values: V) => { input: I } | { errors: FieldErrors<F> };
  save: (input: I) => Promise<R>;
  onSaved: (saved: R) => void;
  /** Said when someone else saved the record in between (412). */
  changedByOthers: string;
}

export type SaveFailure = { message: string; detail?: string | undefined };

/**
 * The state of a plan or difficulty form: values kept as a draft, checked before sending, the API's field
 * errors put next to their fields, and any other failure said above the form without losing what was typed.
 */
export function useEntryForm<V extends Record<string, unknown> & { unitId: string | null }, F extends string, I, R>({
  draftKey,
  initialValues,
  fields,
  fixedUnit,
  validate,
  save,
  onSaved,
  changedByOthers,
}: EntryFormOptions<V, F, I, R>) {
  const draft = useDraft<V>(draftKey, initialValues);
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [saving, setSaving] = useState(false);
  const formId = useId();

  function set<K extends F & keyof V>(field: K, value: V[K]) {
    draft.setField(field, value);
    if (errors[field]) setErrors(({ [field]: _, ...rest }) => rest as FieldErrors<F>);
  }

  function showErrors(next: FieldErrors<F>) {
    setErrors(next);
    focusFirstError(next, fields, formId);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const checked = validate(fixedUnit ? { ...draft.values, unitId: String(fixedUnit.id) } : draft.values);
    if ('errors' in checked) {
      showErrors(checked.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const saved = await save(checked.input);
      draft.clear();
      onSaved(saved);
    } catch (error) {
      const fieldErrors = apiFieldErrors(error, fields);
      if (fieldErrors) showErrors(fieldErrors);
      else if (isConflict(error)) setFailure({ message: changedByOthers });
      else {
        const { message, detail } = describeError(error);
        setFailure({ message, detail: detail !== message ? detail : undefined });
      }
    } finally {
      setSaving(false);
    }
  }

  return {
    values: draft.values,
    restored: draft.restored,
    errors,
    failure,
    saving,
    set,
    onSubmit,
    /** The id of a field's input, so an error can move the focus to it. */
    idOf: (field: F) => fieldId(formId, field),
  };
}

export interface EntryFormFrameProps {
  form: {
    restored: boolean;
    errors: object;
    failure: SaveFailure | null;
    saving: boolean;
    onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  };
  text: { restored: string; fixErrors: string; saveFailed: string; cancel: string };
  submitLabel: string;
  onCancel: () => void;
  children: ReactNode;
}

/** Around the fields: a restored draft, what is wrong, why the save failed; then cancel and save. */
export function EntryFormFrame({ form, text, submitLabel, onCancel, children }: EntryFormFrameProps) {
  return (
    <form onSubmit={form.onSubmit} noValidate aria-label={submitLabel}>
      <Stack gap="md">
        {form.restored ? (
          <Alert styles={readableAlertTitle} color="blue" variant="light" role="status">
            {text.restored}
          </Alert>
        ) : null}
        {Object.keys(form.errors).length > 0 ? (
          <Text role="alert" c="nationalRed.8" fw={600} size="sm">
            {text.fixErrors}
          </Text>
        ) : null}
        {form.failure ? (
          <Alert styles={readableAlertTitle} color="nationalRed" variant="light" role="alert" title={text.saveFailed}>
            <Text size="sm">{form.failure.message}</Text>
            {form.failure.detail ? <Text size="sm">{form.failure.detail}</Text> : null}
          </Alert>
        ) : null}
        <Paper withBorder p="md" radius="md">
          <Stack gap="md">{children}</Stack>
        </Paper>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {text.cancel}
          </Button>
          <Button type="submit" loading={form.saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
