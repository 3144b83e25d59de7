import type { DatabaseHandle } from '../db/client.js';

export function readMeta(handle: DatabaseHandle, key: string): string | undefined {
  return handle.sqlite.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?').get(key)?.value;
}

/** Whether the database holds the illustrative demo dataset. */
export function isDemoDatabase(handle: DatabaseHandle): boolean {
  return readMeta(handle, 'demo') === 'true';
}
