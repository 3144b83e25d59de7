import type { DatabaseHandle } from '../db/client.js';

/**
 * The monthly norm in force: the highest "activities per unit per month" that a directive sets
 * (Hướng dẫn 02-HD/BDVTU sets 1). Without any directive norm the norm is 1.
 */
export function monthlyNorm(handle: DatabaseHandle): number {
  const rows = handle.sqlite.prepare<[], { norms: string }>('SELECT norms FROM directives').all();
  let norm = 0;
  for (const r of rows) {
    for (const n of JSON.parse(r.norms) as { kind: string; value: number }[]) {
      if (n.kind === 'min_activities_per_unit_month') norm = Math.max(norm, n.value);
    }
  }
  return norm || 1;
}
