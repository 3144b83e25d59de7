import { useCallback, useEffect, useRef, useState } from 'react';
import { readDraft, removeDraft, writeDraft } from '@/lib/draft-storage';

const DEFAULT_DEBOUNCE_MS = 400;

export interface UseDraftOptions<T> {
  /** How long typing must pause before the values are written. */
  debounceMs?: number;
  /**
   * Turns what was stored into values, or `undefined` to ignore it (for example a domain schema's
   * `safeParse`). By default, only the keys of `initialValues` are taken back, each only if it has
   * the same kind of value (string, number, boolean, array, object) as the initial one.
   */
  restore?: (stored: unknown) => T | undefined;
}

export interface Draft<T> {
  values: T;
  setValues: (next: T | ((previous: T) => T)) => void;
  setField: <K extends keyof T>(field: K, value: T[K]) => void;
  /** Forgets the stored draft, after a successful submit; the values on screen stay as they are. */
  clear: () => void;
  /** Whether the values on mount came from a stored draft, so the form can say so. */
  restored: boolean;
}

/**
 * Form values that outlive the form: saved to sessionStorage as the user types and given back when the form
 * mounts again (after a reload, or after the login page that an expired session led to). Never use it for
 * passwords or other secrets; keep those in plain state.
 *
 * `key` names the form and, for an edit form, the record (`activity:new`, `activity:42`).
 */
export function useDraft<T extends Record<string, unknown>>(
  key: string,
  initialValues: T,
  { debounceMs = DEFAULT_DEBOUNCE_MS, restore }: UseDraftOptions<T> = {},
): Draft<T> {
  const [initial] = useState(() => {
    const stored = readDraft(key);
    const values = stored === undefined ? undefined : (restore ?? mergeByShape(initialValues))(stored);
    return { values: values ?? initialValues, restored: values !== undefined };
  });
  const [values, setValuesState] = useState<T>(initial.values);
  // Changes not yet written; the debounce timer, the unmount and `pagehide` write them unless `clear` came first.
  const dirty = useRef(false);
  const latest = useRef(values);

  const flush = useCallback(() => {
    if (!dirty.current) return;
    writeDraft(key, latest.current);
    dirty.current = false;
  }, [key]);

  const setValues = useCallback((next: T | ((previous: T) => T)) => {
    dirty.current = true;
    setValuesState(next);
  }, []);

  const setField = useCallback(
    <K extends keyof T>(field: K, value: T[K]) => setValues((previous) => ({ ...previous, [field]: value })),
    [setValues],
  );

  const clear = useCallback(() => {
    dirty.current = false;
    removeDraft(key);
  }, [key]);

  useEffect(() => {
    latest.current = values;
    if (!dirty.current) return;
    const timer = window.setTimeout(flush, debounceMs);
    return () => window.clearTimeout(timer);
  }, [values, debounceMs, flush]);

  // The last keystrokes before a redirect or a reload must not wait for the timer.
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  return { values, setValues, setField, clear, restored: initial.restored };
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/** The default `restore`: the stored value of each known field, if it is of the same kind as the initial one. */
function mergeByShape<T extends Record<string, unknown>>(initialValues: T) {
  return (stored: unknown): T | undefined => {
    if (kindOf(stored) !== 'object') return undefined;
    const saved = stored as Record<string, unknown>;
    const merged: Record<string, unknown> = { ...initialValues };
    for (const [field, initial] of Object.entries(initialValues)) {
      if (!(field in saved)) continue;
      // A field that starts empty (null) may hold anything once filled in.
      if (initial === null || kindOf(saved[field]) === kindOf(initial)) merged[field] = saved[field];
    }
    return merged as T;
  };
}
