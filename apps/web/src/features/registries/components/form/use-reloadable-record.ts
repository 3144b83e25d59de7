import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ReloadResult } from './record-form-frame';

export interface FieldChangeSpec<R> {
  /** The fields to compare, with their labels. */
  labels: Partial<Record<keyof R & string, string>>;
  /** How a stored value reads ("Khu vực III", "18/03/2022"). */
  format: (field: keyof R & string, record: R) => string;
}

/**
 * The fields someone else changed between the record we read and the one the server has now; `kept` marks
 * those the user had changed too, whose typed value stays on the form.
 */
export function fieldChanges<R>(
  before: R,
  after: R,
  spec: FieldChangeSpec<R>,
  kept: ReadonlySet<string> = new Set(),
): ReloadResult['changes'] {
  const changes: ReloadResult['changes'] = [];
  for (const [field, label] of Object.entries(spec.labels) as [keyof R & string, string][]) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) {
      changes.push({ label, value: spec.format(field, after), kept: kept.has(field) });
    }
  }
  return changes;
}

/** What a registry resource offers for reading one record again. */
export interface ReloadableResource<R> {
  keys: { detail: (id: number) => readonly unknown[] };
  get: (id: number) => Promise<R>;
}

/**
 * The record an edit form changes (`base`: its version goes in If-Match, the patch is what differs from
 * it). After a 412, `reload` reads the record again: the form keeps the typed values, the next save
 * applies them to the new version, and `reloaded` lists what the other person changed.
 */
export function useReloadableRecord<R extends { id: number; version: number }>(
  resource: ReloadableResource<R>,
  record: R,
  spec: FieldChangeSpec<R>,
) {
  const queryClient = useQueryClient();
  const [base, setBase] = useState(record);
  const [reloading, setReloading] = useState(false);
  const [reloaded, setReloaded] = useState<ReloadResult | null>(null);
  const [reloadError, setReloadError] = useState<unknown>(null);

  /**
   * Reads the record again. `rebase` updates the form from the old to the new record and returns the
   * fields where the user's own value was kept.
   */
  async function reload(rebase: (before: R, after: R) => ReadonlySet<string> = () => new Set()): Promise<boolean> {
    setReloading(true);
    setReloadError(null);
    try {
      const fresh = await queryClient.fetchQuery({
        queryKey: resource.keys.detail(base.id),
        queryFn: () => resource.get(base.id),
        staleTime: 0,
      });
      const kept = rebase(base, fresh);
      setReloaded({ version: fresh.version, changes: fieldChanges(base, fresh, spec, kept) });
      setBase(fresh);
      return true;
    } catch (error) {
      setReloadError(error);
      return false;
    } finally {
      setReloading(false);
    }
  }

  return { base, setBase, reload, reloading, reloaded, reloadError };
}
