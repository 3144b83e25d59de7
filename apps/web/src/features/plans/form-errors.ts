/** Field errors from the domain schema (before sending) and from the API's 400 (after), keyed by field. */
import { ApiError } from '@/lib/api-client';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

interface Issue {
  path: string | readonly PropertyKey[];
  message: string;
}

/** The first message for each known field; `contributions.0.item` belongs to `contributions`. */
export function fieldErrorsFrom<F extends string>(issues: readonly Issue[], fields: readonly F[]): FieldErrors<F> {
  const result: FieldErrors<F> = {};
  for (const { path, message } of issues) {
    const first = String(typeof path === 'string' ? path.split('.')[0] : (path[0] ?? ''));
    if ((fields as readonly string[]).includes(first)) result[first as F] ??= message;
  }
  return result;
}

/** A 400 whose errors name fields of the form: they go next to the fields. */
export function apiFieldErrors<F extends string>(error: unknown, fields: readonly F[]): FieldErrors<F> | null {
  if (!(error instanceof ApiError) || error.status !== 400 || error.errors.length === 0) return null;
  const errors = fieldErrorsFrom(error.errors, fields);
  return Object.keys(errors).length > 0 ? errors : null;
}

export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}

/** The element ids of a form's fields, `<form id>-<field>`, so errors can move the focus to them. */
export function fieldId(formId: string, field: string): string {
  return `${formId}-${field}`;
}

/** Focuses the first field with an error, in the order of the form. */
export function focusFirstError<F extends string>(errors: FieldErrors<F>, order: readonly F[], formId: string): void {
  const first = order.find((f) => errors[f]);
  if (first) document.getElementById(fieldId(formId, first))?.focus();
}
