/**
 * Drafts of forms in progress, kept in sessionStorage: they survive a reload and a trip to the login page
 * after the session expired, and vanish with the tab. Storage can be full or disabled (private mode in some
 * browsers); then drafts are simply not kept, and the form still works.
 */
const PREFIX = 'danvan:draft:';
const OWNER_KEY = 'danvan:draft-owner';

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

export function readDraft(key: string): unknown {
  try {
    const raw = storage()?.getItem(PREFIX + key);
    return raw == null ? undefined : JSON.parse(raw);
  } catch {
    return undefined;
  }
}

export function writeDraft(key: string, values: unknown): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify(values));
  } catch {
    // Quota exceeded or storage disabled: losing the draft is better than breaking the form.
  }
}

export function removeDraft(key: string): void {
  try {
    storage()?.removeItem(PREFIX + key);
  } catch {
    // Nothing to clean up if storage is unavailable.
  }
}

/** On sign-out: what one person typed must not be offered to the next person at the same browser. */
export function clearAllDrafts(): void {
  const store = storage();
  if (!store) return;
  try {
    const keys = Array.from({ length: store.length }, (_, i) => store.key(i)).filter(
      (key): key is string => key?.startsWith(PREFIX) ?? false,
    );
    for (const key of keys) store.removeItem(key);
    store.removeItem(OWNER_KEY);
  } catch {
    // Storage unavailable: there are no drafts to clear.
  }
}

/**
 * Called when someone signs in: drafts left by another account (whose session expired in this tab)
 * are dropped; the same account gets its drafts back.
 */
export function claimDrafts(ownerId: number): void {
  const store = storage();
  if (!store) return;
  try {
    const previous = store.getItem(OWNER_KEY);
    if (previous !== null && previous !== String(ownerId)) clearAllDrafts();
    store.setItem(OWNER_KEY, String(ownerId));
  } catch {
    // Storage unavailable: there are no drafts to hand over.
  }
}
