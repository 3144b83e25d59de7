/**
 * What the activity form holds while someone types, and the two ways across to the domain: from an
 * activity as read, and to the input the API takes. Numbers that may be empty are `''` (what Mantine's
 * NumberInput gives for an empty box), so that an emptied box stays empty instead of becoming 0.
 *
 * The values also carry what the form needs to save them again after a partial save or an expired
 * session: the record's id and version, each contribution's id, version and whether it changed, and the
 * stored contributions the user removed. They are kept in the draft, so nothing is lost with the page.
 */
import {
  type Activity,
  ActivityCategory,
  type ActivityInput,
  type ContributionDraft,
  ContributionKind,
  FundingSource,
  type NtmCriterion,
  ntmCriteriaSetOn,
  ParticipantGroup,
  ValuationMethod,
} from '@danvan/domain';
import { activitiesMessages } from '@/config/messages/activities';

export type NumberValue = number | '';

export interface ContributionRow {
  /** Stable across renders and re-orderings, for React; not sent. */
  key: string;
  id: number | null;
  version: number | null;
  /** Edited since it was last saved (stored rows that did not change are not written again). */
  changed: boolean;
  kind: ContributionKind;
  source: FundingSource;
  /** `null`: the activity's lead unit, whichever it is when saved. */
  unitId: number | null;
  item: string;
  quantity: NumberValue;
  measureUnit: string;
  valueVnd: NumberValue;
  valuationMethod: ValuationMethod | null;
  note: string;
}

export interface StoredRef {
  id: number;
  version: number;
}

export interface ActivityFormValues extends Record<string, unknown> {
  /** Set once the activity exists (after the first save of a new one). */
  id: number | null;
  version: number | null;
  title: string;
  unitId: number | null;
  jointUnitIds: number[];
  communeId: number | null;
  /** YYYY-MM-DD, or '' while not chosen. */
  startDate: string;
  endDate: string;
  categories: ActivityCategory[];
  ntmCriteria: NtmCriterion[];
  participants: Record<ParticipantGroup, NumberValue>;
  beneficiaries: NumberValue;
  description: string;
  contributions: ContributionRow[];
  /** Stored contributions removed in the form, deleted on the next save. */
  removedContributions: StoredRef[];
}

let rowCounter = 0;
function newKey(): string {
  rowCounter += 1;
  return `dong-gop-${Date.now().toString(36)}-${rowCounter}`;
}

function emptyParticipants(): Record<ParticipantGroup, NumberValue> {
  return Object.fromEntries(ParticipantGroup.codes.map((g) => [g, ''])) as Record<ParticipantGroup, NumberValue>;
}

export function emptyContribution(kind: ContributionKind = 'tien_mat'): ContributionRow {
  return {
    key: newKey(),
    id: null,
    version: null,
    changed: true,
    kind,
    source: 'can_bo_dong_gop',
    unitId: null,
    item: '',
    quantity: '',
    measureUnit: '',
    valueVnd: '',
    valuationMethod: null,
    note: '',
  };
}

/** A new activity of `unitId` (the officer's own unit; null for an admin, who chooses). */
export function emptyActivityValues(unitId: number | null): ActivityFormValues {
  return {
    id: null,
    version: null,
    title: '',
    unitId,
    jointUnitIds: [],
    communeId: null,
    startDate: '',
    endDate: '',
    categories: [],
    ntmCriteria: [],
    participants: emptyParticipants(),
    beneficiaries: '',
    description: '',
    contributions: [],
    removedContributions: [],
  };
}

export function rowFromContribution(c: Activity['contributions'][number], leadUnit: number | null): ContributionRow {
  return {
    key: newKey(),
    id: c.id,
    version: c.version,
    changed: false,
    kind: c.kind,
    source: c.source,
    unitId: c.unitId === leadUnit ? null : c.unitId,
    item: c.item ?? '',
    quantity: c.quantity ?? '',
    measureUnit: c.kind === 'ngay_cong' ? '' : (c.measureUnit ?? ''),
    valueVnd: c.kind === 'ngay_cong' ? '' : c.valueVnd,
    valuationMethod: c.valuationMethod,
    note: c.note,
  };
}

export function valuesFromActivity(activity: Activity): ActivityFormValues {
  const [lead = null, ...joint] = activity.unitIds;
  const participants = emptyParticipants();
  for (const p of activity.participants) participants[p.group] = p.count;
  return {
    id: activity.id,
    version: activity.version,
    title: activity.title,
    unitId: lead,
    jointUnitIds: joint,
    communeId: activity.communeId,
    startDate: activity.startDate,
    endDate: activity.endDate,
    categories: [...activity.categories],
    ntmCriteria: activity.ntmCriteria.map((c) => ({ ...c })),
    participants,
    beneficiaries: activity.beneficiaries,
    description: activity.description,
    contributions: activity.contributions.map((c) => rowFromContribution(c, lead)),
    removedContributions: [],
  };
}

/** The criteria the form shows and sends: those of the set in force on the start date. */
export function visibleCriteria(values: Pick<ActivityFormValues, 'ntmCriteria' | 'startDate'>): NtmCriterion[] {
  if (!values.startDate) return values.ntmCriteria;
  const set = ntmCriteriaSetOn(values.startDate);
  return values.ntmCriteria.filter((c) => c.set === set);
}

/** The groups with people, in the order of the groups' list; the index of each is its index in the input. */
export function participantGroupsSent(values: Pick<ActivityFormValues, 'participants'>): ParticipantGroup[] {
  return ParticipantGroup.codes.filter((g) => {
    const count = values.participants[g];
    return count !== '' && count !== 0;
  });
}

function orUndefined<T>(value: T | '' | null): T | undefined {
  return value === '' || value === null ? undefined : value;
}

/** One contribution as the API takes it: only the fields of its kind. */
export function contributionDraft(row: ContributionRow, leadUnit: number | null): ContributionDraft {
  const common = {
    unitId: (row.unitId ?? leadUnit) as number,
    kind: row.kind,
    source: row.source,
    note: row.note,
  };
  switch (row.kind) {
    case 'tien_mat':
      // An empty amount is 0, which the domain refuses with "Cần nhập số tiền".
      return {
        ...common,
        item: null,
        quantity: null,
        measureUnit: null,
        valueVnd: row.valueVnd || 0,
        valuationMethod: null,
      };
    case 'hien_vat':
      return {
        ...common,
        item: row.item.trim() || null,
        quantity: row.quantity === '' ? null : row.quantity,
        measureUnit: row.measureUnit.trim() || null,
        valueVnd: row.valueVnd || 0,
        valuationMethod: row.valuationMethod,
      };
    case 'ngay_cong':
      return {
        ...common,
        item: null,
        quantity: row.quantity === '' ? null : row.quantity,
        measureUnit: activitiesMessages.form.contributions.labourMeasureUnit,
        valueVnd: 0,
        valuationMethod: null,
      };
  }
}

/** The fields of the activity without its contributions, as PATCH takes them. */
export function activityFields(values: ActivityFormValues): Omit<ActivityInput, 'contributions'> {
  const unitIds = values.unitId === null ? [] : [values.unitId, ...values.jointUnitIds];
  return {
    title: values.title,
    communeId: orUndefined(values.communeId) as number,
    unitIds,
    startDate: orUndefined(values.startDate) as string,
    endDate: orUndefined(values.endDate) as string,
    categories: values.categories,
    ntmCriteria: visibleCriteria(values),
    participants: participantGroupsSent(values).map((group) => ({
      group,
      count: values.participants[group] as number,
    })),
    beneficiaries: orUndefined(values.beneficiaries),
    description: values.description,
  };
}

export function activityInput(values: ActivityFormValues): ActivityInput {
  return {
    ...activityFields(values),
    contributions: values.contributions.map((row) => contributionDraft(row, values.unitId)),
  };
}

/** Whether the user changed anything, ignoring what only the form itself tracks (row keys, change marks). */
export function sameValues(a: ActivityFormValues, b: ActivityFormValues): boolean {
  const comparable = (v: ActivityFormValues) =>
    JSON.stringify({
      ...v,
      contributions: v.contributions.map(({ key: _key, changed: _changed, ...row }) => row),
    });
  return comparable(a) === comparable(b);
}

// ---------------------------------------------------------------- restoring a stored draft

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNumberValue(value: unknown): value is NumberValue {
  return value === '' || (typeof value === 'number' && Number.isFinite(value));
}

function isIdOrNull(value: unknown): value is number | null {
  return value === null || (typeof value === 'number' && Number.isInteger(value) && value > 0);
}

function restoreRow(stored: unknown): ContributionRow | undefined {
  if (!isObject(stored)) return undefined;
  const row = { ...emptyContribution(), ...stored } as ContributionRow;
  const valid =
    typeof row.key === 'string' &&
    isIdOrNull(row.id) &&
    isIdOrNull(row.version) &&
    typeof row.changed === 'boolean' &&
    ContributionKind.codes.includes(row.kind) &&
    FundingSource.codes.includes(row.source) &&
    isIdOrNull(row.unitId) &&
    typeof row.item === 'string' &&
    isNumberValue(row.quantity) &&
    typeof row.measureUnit === 'string' &&
    isNumberValue(row.valueVnd) &&
    (row.valuationMethod === null || ValuationMethod.codes.includes(row.valuationMethod)) &&
    typeof row.note === 'string';
  return valid ? row : undefined;
}

/**
 * A stored draft back into values, or undefined when it does not have the form's shape (an older version
 * of the app, or tampering): then the form starts from its initial values instead.
 */
export function restoreActivityValues(stored: unknown): ActivityFormValues | undefined {
  if (!isObject(stored)) return undefined;
  const v = stored as Partial<ActivityFormValues>;
  const rows = Array.isArray(v.contributions) ? v.contributions.map(restoreRow) : undefined;
  const participants = isObject(v.participants) ? v.participants : undefined;
  const valid =
    isIdOrNull(v.id) &&
    isIdOrNull(v.version) &&
    typeof v.title === 'string' &&
    isIdOrNull(v.unitId) &&
    Array.isArray(v.jointUnitIds) &&
    v.jointUnitIds.every((id) => isIdOrNull(id) && id !== null) &&
    isIdOrNull(v.communeId) &&
    typeof v.startDate === 'string' &&
    typeof v.endDate === 'string' &&
    Array.isArray(v.categories) &&
    v.categories.every((c) => ActivityCategory.codes.includes(c)) &&
    Array.isArray(v.ntmCriteria) &&
    v.ntmCriteria.every((c) => isObject(c) && typeof c.set === 'string' && typeof c.number === 'number') &&
    participants !== undefined &&
    ParticipantGroup.codes.every((g) => isNumberValue(participants[g])) &&
    isNumberValue(v.beneficiaries) &&
    typeof v.description === 'string' &&
    rows?.every((row) => row !== undefined) === true &&
    Array.isArray(v.removedContributions) &&
    v.removedContributions.every((r) => isObject(r) && isIdOrNull(r.id) && isIdOrNull(r.version));
  return valid ? ({ ...v, contributions: rows } as ActivityFormValues) : undefined;
}
