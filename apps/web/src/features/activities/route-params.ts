/** What the activity routes read from the URL and the navigation state. */

export function activityIdParam(value: string | undefined): number | null {
  return value && /^[1-9]\d{0,15}$/.test(value) ? Number(value) : null;
}

/** What the form did, said on the activity's page it goes to. */
export type SavedNotice = 'draft' | 'submitted' | 'edited';

export interface ActivityLocationState {
  activityNotice?: SavedNotice;
}

export function savedNoticeOf(state: unknown): SavedNotice | undefined {
  const notice = (state as ActivityLocationState | null)?.activityNotice;
  return notice === 'draft' || notice === 'submitted' || notice === 'edited' ? notice : undefined;
}
