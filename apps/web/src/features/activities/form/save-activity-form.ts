/**
 * Saving the activity form, step by step: the activity (created whole, or its fields patched), then the
 * contributions that were removed, added or changed, then the new photos, then (if asked) the submission.
 * Every write carries the version it was read at; each contribution and photo write moves the activity's
 * version on by one (see the API's contributions and photos repositories), which is tracked here so the
 * next write names the right one.
 *
 * After every step that succeeds, `onProgress` receives the values as they now are (ids, versions, what
 * is left to do), so a failure half-way leaves the form able to finish the job on the next try without
 * writing anything twice.
 */
import type { Activity, ActivityInput, ActivityPhoto } from '@danvan/domain';
import { submitActivity } from '@/features/activities/api/activity-workflow';
import { getActivity } from '@/features/activities/api/get-activity';
import { uploadPhoto } from '@/features/activities/api/photos';
import {
  createActivity,
  createContribution,
  deleteContribution,
  updateActivity,
  updateContribution,
} from '@/features/activities/api/save-activity';
import type { ActivityFormValues } from '@/features/activities/form/form-values';

/** A failed step: the error, and where the field errors of its answer belong in the form. */
export class SaveStepError extends Error {
  override readonly name = 'SaveStepError';
  constructor(
    readonly error: unknown,
    /** Prefix of the form keys for the answer's field errors, e.g. `contributions.2.` for a row's write. */
    readonly fieldPrefix = '',
  ) {
    super(error instanceof Error ? error.message : String(error), { cause: error });
  }
}

async function step<T>(run: () => Promise<T>, fieldPrefix = ''): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new SaveStepError(error, fieldPrefix);
  }
}

export interface PendingPhoto {
  key: string;
  file: File;
  caption: string;
}

export interface PhotoFailure {
  photo: PendingPhoto;
  error: unknown;
}

export interface SaveRequest {
  values: ActivityFormValues;
  /** The validated input of the whole form (validateActivityForm). */
  input: ActivityInput;
  photos: readonly PendingPhoto[];
  submit: boolean;
  onProgress: (values: ActivityFormValues) => void;
  onPhotoUploaded: (photo: PendingPhoto, stored: ActivityPhoto) => void;
}

export type SaveResult =
  | { status: 'saved'; activity: Activity; submitted: boolean }
  /** The activity is saved, but some photos are not: the form stays, with them, for another try. */
  | { status: 'photos-failed'; activity: Activity; failures: PhotoFailure[] };

/** Writes the activity and its contributions; returns the id and the version the activity now has. */
async function saveRecord(
  values: ActivityFormValues,
  input: ActivityInput,
  commit: (next: ActivityFormValues) => ActivityFormValues,
): Promise<{ id: number; version: number; activity?: Activity }> {
  if (values.id === null || values.version === null) {
    const created = await step(() => createActivity(input));
    commit({
      ...values,
      id: created.id,
      version: created.version,
      // The API stores inline contributions in the order sent.
      contributions: values.contributions.map((row, i) => ({
        ...row,
        id: created.contributions[i]?.id ?? null,
        version: created.contributions[i]?.version ?? null,
        changed: false,
      })),
      removedContributions: [],
    });
    return { id: created.id, version: created.version, activity: created };
  }

  const id = values.id;
  const { contributions: drafts = [], ...fields } = input;
  const updated = await step(() => updateActivity(id, values.version as number, fields));
  let version = updated.version;
  let current = commit({ ...values, version });

  for (const removed of values.removedContributions) {
    await step(() => deleteContribution(removed.id, removed.version));
    version += 1;
    current = commit({
      ...current,
      version,
      removedContributions: current.removedContributions.filter((r) => r.id !== removed.id),
    });
  }

  for (const [index, row] of values.contributions.entries()) {
    const draft = drafts[index];
    if (!draft || (row.id !== null && !row.changed)) continue;
    const prefix = `contributions.${index}.`;
    const stored =
      row.id === null || row.version === null
        ? await step(() => createContribution({ ...draft, activityId: id }), prefix)
        : await step(() => updateContribution(row.id as number, row.version as number, draft), prefix);
    version += 1;
    current = commit({
      ...current,
      version,
      contributions: current.contributions.map((r) =>
        r.key === row.key ? { ...r, id: stored.id, version: stored.version, changed: false } : r,
      ),
    });
  }
  return version === updated.version ? { id, version, activity: updated } : { id, version };
}

export async function saveActivityForm(request: SaveRequest): Promise<SaveResult> {
  let current = request.values;
  const commit = (next: ActivityFormValues) => {
    current = next;
    request.onProgress(next);
    return next;
  };

  const saved = await saveRecord(current, request.input, commit);
  let version = saved.version;

  const failures: PhotoFailure[] = [];
  for (const photo of request.photos) {
    try {
      const stored = await uploadPhoto(saved.id, photo.file, photo.caption.trim());
      version += 1;
      commit({ ...current, version });
      request.onPhotoUploaded(photo, stored);
    } catch (error) {
      failures.push({ photo, error });
    }
  }

  const activity =
    saved.activity && version === saved.version ? saved.activity : await step(() => getActivity(saved.id));
  if (failures.length > 0) return { status: 'photos-failed', activity, failures };
  if (!request.submit) return { status: 'saved', activity, submitted: false };

  // The version tracked through the writes, not the one just read: a change by someone else in between is a 412.
  const submitted = await step(() => submitActivity(saved.id, version));
  commit({ ...current, version: submitted.version });
  return { status: 'saved', activity: submitted, submitted: true };
}
