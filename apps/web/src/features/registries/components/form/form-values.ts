/**
 * Form fields hold what inputs give (text, `YYYY-MM-DD` or null, a chosen code or null); these turn them
 * into what the domain schemas take, and back. Empty stays "missing" so the schema's own message shows.
 */

export type FieldErrors = Record<string, string>;

/** The part of a zod schema a form needs, kept structural like the API client's. */
export interface FormSchema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: readonly FormIssue[] } };
}

export interface FormIssue {
  path: readonly PropertyKey[];
  message: string;
}

/** "" → undefined (the schema says a number is needed); "1.000" is not expected here: inputs give digits. */
export function toNumber(value: string): number | undefined {
  if (value.trim() === '') return undefined;
  const number = Number(value.replace(',', '.'));
  return Number.isFinite(number) ? number : Number.NaN;
}

export function fromNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

export function toId(value: string | null): number | undefined {
  return value ? Number(value) : undefined;
}

export function fromId(value: number | null | undefined): string | null {
  return value ? String(value) : null;
}

/** Issues (zod's or the API's) by field path, `norms.0.value`; the first message of a field wins. */
export function toFieldErrors(issues: readonly { path: string | readonly PropertyKey[]; message: string }[]) {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = typeof issue.path === 'string' ? issue.path : issue.path.map(String).join('.');
    errors[path] ??= issue.message;
  }
  return errors;
}

export type Validation<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/**
 * Checks `input` with a domain schema. `missing` names required fields left empty with the message to
 * show for each ("Vui lòng chọn…"), in place of the schema's generic type message.
 */
export function validateWith<T>(schema: FormSchema<T>, input: unknown, missing: FieldErrors = {}): Validation<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success && Object.keys(missing).length === 0) return { ok: true, data: parsed.data };
  const errors = parsed.success ? {} : toFieldErrors(parsed.error.issues);
  return { ok: false, errors: { ...errors, ...missing } };
}

/** The fields of `next` whose value differs from the stored record `base`: the body of a PATCH. */
export function changedFields<T extends object>(next: T, base: object): Partial<T> {
  const stored = base as Partial<Record<keyof T, unknown>>;
  const patch: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (JSON.stringify(next[key]) !== JSON.stringify(stored[key])) patch[key] = next[key];
  }
  return patch;
}

/**
 * After a 412 and a reload: the fields the user left alone take the new stored values; the ones the user
 * changed keep what was typed. `kept` names the fields both people changed, so the form can point them out.
 */
export function rebaseValues<V extends Record<string, unknown>>(
  current: V,
  before: V,
  after: V,
): { values: V; kept: Set<string> } {
  const values = { ...current };
  const kept = new Set<string>();
  for (const key of Object.keys(current) as (keyof V & string)[]) {
    const touched = JSON.stringify(current[key]) !== JSON.stringify(before[key]);
    const changedByOther = JSON.stringify(after[key]) !== JSON.stringify(before[key]);
    if (!touched) values[key] = after[key];
    else if (changedByOther) kept.add(key);
  }
  return { values, kept };
}
