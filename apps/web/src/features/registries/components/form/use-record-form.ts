import { type FormEvent, useCallback, useId, useRef, useState } from 'react';
import { useDraft } from '@/hooks/use-draft';
import { ApiError } from '@/lib/api-client';
import { type FieldErrors, toFieldErrors, type Validation } from './form-values';

/** Why the last save did not go through, for the alert above the form. */
export type FormProblem =
  /** Field errors (ours or the API's 400), listed with links to the fields. */
  | { kind: 'invalid' }
  /** 409: a duplicate code, an overlapping assignment, a record still referred to… */
  | { kind: 'conflict'; title: string; detail: string | undefined }
  /** 412: someone else saved the record since it was read. */
  | { kind: 'stale' }
  /** Nothing was changed, so nothing was sent. */
  | { kind: 'unchanged' }
  | { kind: 'error'; error: unknown };

/** Thrown by `save` when the form's values equal the stored record, so there is nothing to send. */
export class NothingToSave extends Error {}

export interface UseRecordFormOptions<V extends Record<string, unknown>, D, R> {
  /** Names the form and the record (`unit:new`, `unit:42`): typed values are kept under it. */
  draftKey: string;
  initialValues: V;
  /** The values as the API takes them, checked with the domain's schema, or the errors by field. */
  validate: (values: V) => Validation<D>;
  save: (data: D) => Promise<R>;
  onSaved: (record: R) => void;
  /** Where an API field error belongs on this form, when the form names a field differently. */
  fieldOfApiPath?: (path: string) => string;
}

export interface RecordForm<V extends Record<string, unknown>> {
  values: V;
  setField: <K extends keyof V>(field: K, value: V[K]) => void;
  setValues: (next: V | ((previous: V) => V)) => void;
  errors: FieldErrors;
  problem: FormProblem | null;
  saving: boolean;
  /** The values came back from a draft left earlier. */
  restored: boolean;
  /** Back to the record's values (or a blank form), forgetting the draft. */
  discardDraft: () => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** The id of a field's input, so the error summary can link to it. */
  fieldId: (path: string) => string;
  formRef: React.RefObject<HTMLFormElement | null>;
  /** The problem was dealt with elsewhere (e.g. the record reloaded after a 412). */
  clearProblem: () => void;
}

/**
 * State of a registry form: values kept as a draft (an expired session or a reload loses nothing),
 * validation with the domain's schemas before anything is sent, and the API's answers mapped back onto
 * the form: 400 field errors next to their fields, 409 and 412 as clear alerts that keep the values.
 */
export function useRecordForm<V extends Record<string, unknown>, D, R>({
  draftKey,
  initialValues,
  validate,
  save,
  onSaved,
  fieldOfApiPath = (path) => path,
}: UseRecordFormOptions<V, D, R>): RecordForm<V> {
  const draft = useDraft(draftKey, initialValues);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [saving, setSaving] = useState(false);
  const [restored, setRestored] = useState(draft.restored);
  const formRef = useRef<HTMLFormElement>(null);
  const idPrefix = useId();
  const fieldId = useCallback((path: string) => `${idPrefix}-${path.replace(/\./g, '-')}`, [idPrefix]);

  const showErrors = useCallback((next: FieldErrors) => {
    setErrors(next);
    setProblem({ kind: 'invalid' });
    // The summary above the form takes the focus: it says how many fields need fixing and links to each.
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[data-error-summary]')?.focus());
  }, []);

  const { setField: setDraftField, setValues: setDraftValues, values, clear } = draft;

  const setField = useCallback(
    <K extends keyof V>(field: K, value: V[K]) => {
      setDraftField(field, value);
      // The error of a field goes once it is edited; the others stay until the next submit.
      setErrors((previous) => {
        if (!((field as string) in previous)) return previous;
        const { [field as string]: _removed, ...rest } = previous;
        return rest;
      });
    },
    [setDraftField],
  );

  async function submit() {
    const result = validate(values);
    if (!result.ok) {
      showErrors(result.errors);
      return;
    }
    setErrors({});
    setProblem(null);
    setSaving(true);
    try {
      const record = await save(result.data);
      clear();
      onSaved(record);
    } catch (error) {
      if (error instanceof NothingToSave) setProblem({ kind: 'unchanged' });
      else if (error instanceof ApiError && error.status === 400 && error.errors.length > 0)
        showErrors(toFieldErrors(error.errors.map((e) => ({ ...e, path: fieldOfApiPath(e.path) }))));
      else if (error instanceof ApiError && error.status === 409)
        setProblem({ kind: 'conflict', title: error.title, detail: error.detail });
      else if (error instanceof ApiError && error.status === 412) setProblem({ kind: 'stale' });
      else setProblem({ kind: 'error', error });
    } finally {
      setSaving(false);
    }
  }

  return {
    values,
    setField,
    setValues: setDraftValues,
    errors,
    problem,
    saving,
    restored,
    discardDraft: () => {
      setDraftValues(initialValues);
      clear();
      setErrors({});
      setProblem(null);
      setRestored(false);
    },
    onSubmit: (event) => {
      event.preventDefault();
      if (!saving) void submit();
    },
    fieldId,
    formRef,
    clearProblem: () => setProblem(null),
  };
}
