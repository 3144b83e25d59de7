/**
 * Messages next to the right input. The domain schemas and the API name a problem by its path in the
 * input (`unitIds.0`, `participants.1.count`, `contributions.1.quantity`); the form names its inputs by
 * what the user sees (`unitId`, `participants.nhan_dan`, `contributions.1.quantity`). This maps one onto
 * the other, for the schema's issues before sending and for the API's 400 after.
 */
import {
  type ActivityInput,
  ActivityInputSchema,
  type ContributionKind,
  type FieldError,
  type ParticipantGroup,
} from '@danvan/domain';
import { activitiesMessages } from '@/config/messages/activities';
import { type ActivityFormValues, activityInput, participantGroupsSent } from '@/features/activities/form/form-values';

/** Form key → message; the key '' holds a problem of the activity as a whole. */
export type FieldErrors = Record<string, string>;

const text = activitiesMessages.form;

/** The message for a required input left empty, in the user's words rather than the schema's. */
const REQUIRED: Record<string, string> = {
  unitId: text.required.unit,
  communeId: text.required.commune,
  startDate: text.required.startDate,
  endDate: text.required.endDate,
};

/** What the form shows for each kind of contribution, so errors of other fields go to the summary. */
export const CONTRIBUTION_FIELDS: Record<ContributionKind, readonly string[]> = {
  tien_mat: ['valueVnd', 'source', 'unitId', 'note'],
  hien_vat: ['item', 'quantity', 'measureUnit', 'valueVnd', 'valuationMethod', 'source', 'unitId', 'note'],
  ngay_cong: ['quantity', 'source', 'unitId', 'note'],
};

const TOP_LEVEL = new Set([
  'title',
  'unitId',
  'jointUnitIds',
  'communeId',
  'startDate',
  'endDate',
  'categories',
  'ntmCriteria',
  'participants',
  'beneficiaries',
  'description',
  'contributions',
]);

type PathPart = string | number;

function parts(path: string | readonly PropertyKey[]): PathPart[] {
  const list = typeof path === 'string' ? path.split('.').filter(Boolean) : [...path];
  return list.map((p) => (typeof p === 'number' ? p : /^\d+$/.test(String(p)) ? Number(p) : String(p)));
}

/** The form key of an input path, given the groups in the order they were sent. */
export function formKeyOf(path: string | readonly PropertyKey[], groupsSent: readonly ParticipantGroup[]): string {
  const [head, index, field] = parts(path);
  if (head === undefined) return '';
  if (head === 'unitIds') return typeof index === 'number' && index > 0 ? 'jointUnitIds' : 'unitId';
  if (head === 'participants') {
    const group = typeof index === 'number' ? groupsSent[index] : undefined;
    return group ? `participants.${group}` : 'participants';
  }
  if (head === 'contributions') {
    if (typeof index !== 'number') return 'contributions';
    return field === undefined ? `contributions.${index}` : `contributions.${index}.${field}`;
  }
  // Lists chosen in one input (categories, criteria) carry their errors on the input.
  return String(head);
}

function add(errors: FieldErrors, key: string, message: string): void {
  errors[key] ??= message;
}

interface Issue {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
}

function issueMessage(key: string, issue: Issue, values: ActivityFormValues): string {
  const required = REQUIRED[key];
  if (required && (issue.code === 'invalid_type' || issue.code === 'too_small')) return required;
  // An ISO date that failed its check came from the form itself; say it the way the user types dates.
  if ((key === 'startDate' || key === 'endDate') && values[key] !== '' && issue.message.includes('YYYY-MM-DD')) {
    return text.required.badDate;
  }
  if (issue.code === 'invalid_type' && key.startsWith('participants.')) return text.required.number;
  return issue.message;
}

export function errorsFromIssues(issues: readonly Issue[], values: ActivityFormValues): FieldErrors {
  const groups = participantGroupsSent(values);
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = formKeyOf(issue.path, groups);
    add(errors, key, issueMessage(key, issue, values));
  }
  return errors;
}

/** The API's 400 field errors; `prefix` places those of a single contribution's write (`contributions.2.`). */
export function errorsFromApi(
  fieldErrors: readonly FieldError[],
  values: ActivityFormValues,
  prefix = '',
): FieldErrors {
  const groups = participantGroupsSent(values);
  const errors: FieldErrors = {};
  for (const { path, message } of fieldErrors) add(errors, formKeyOf(`${prefix}${path}`, groups), message);
  return errors;
}

export type Validation = { ok: true; input: ActivityInput } | { ok: false; errors: FieldErrors };

/**
 * Checks the form against the domain schema of a whole activity with its contributions (the same rules
 * hold for an update, which sends the fields and each contribution apart). Returns what to send, normalised.
 */
export function validateActivityForm(values: ActivityFormValues): Validation {
  const input = activityInput(values);
  const parsed = ActivityInputSchema.safeParse(input);
  if (parsed.success) return { ok: true, input: parsed.data };
  return { ok: false, errors: errorsFromIssues(parsed.error.issues, values) };
}

/** Whether a form key is shown next to an input (otherwise the summary lists it). */
export function isPlacedKey(key: string, values: ActivityFormValues): boolean {
  if (TOP_LEVEL.has(key)) return true;
  const [head, index, field] = parts(key);
  if (head === 'participants') return true;
  if (head === 'contributions' && typeof index === 'number') {
    const row = values.contributions[index];
    return row !== undefined && (field === undefined || CONTRIBUTION_FIELDS[row.kind].includes(String(field)));
  }
  return false;
}

/** Drops the errors of one input, or of a whole contribution row (`contributions.2`), once it is edited. */
export function withoutErrors(errors: FieldErrors, key: string): FieldErrors {
  const next: FieldErrors = {};
  for (const [k, message] of Object.entries(errors)) {
    if (k !== key && !k.startsWith(`${key}.`)) next[k] = message;
  }
  return next;
}

/** After a row is removed, the errors of the rows below it move up one place. */
export function errorsAfterRowRemoved(errors: FieldErrors, removed: number): FieldErrors {
  const next: FieldErrors = {};
  for (const [k, message] of Object.entries(errors)) {
    const match = /^contributions\.(\d+)(\..*)?$/.exec(k);
    if (!match) {
      next[k] = message;
      continue;
    }
    const index = Number(match[1]);
    if (index === removed) continue;
    next[index > removed ? `contributions.${index - 1}${match[2] ?? ''}` : k] = message;
  }
  return next;
}
