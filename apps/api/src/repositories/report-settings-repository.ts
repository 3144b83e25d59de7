/**
 * The report settings (issuing body, number and symbol, place, signer, recipients), kept as one JSON
 * value in the `meta` table: one record, a handful of fields, no need for a table of its own. Saved
 * with a version, so two admins editing at once do not overwrite each other, and with an audit entry.
 */
import {
  DEFAULT_REPORT_SETTINGS,
  type ReportSettings,
  ReportSettingsInputSchema,
  type ReportSettingsValues,
} from '@danvan/domain';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../db/client.js';
import { staleProblem } from '../lib/etag.js';
import { readMeta } from './meta-repository.js';
import { type WriteContext, writeAudit } from './write-context.js';

export const REPORT_SETTINGS_KEY = 'report_settings';
const LABEL = 'Cài đặt báo cáo';

interface Stored {
  version: number;
  updatedAt: string;
  values: unknown;
}

export function reportSettingsRepository(handle: DatabaseHandle) {
  function get(): ReportSettings {
    const raw = readMeta(handle, REPORT_SETTINGS_KEY);
    if (raw === undefined) return { ...DEFAULT_REPORT_SETTINGS, version: 0, updatedAt: null };
    const stored = JSON.parse(raw) as Stored;
    // Fields added after the settings were saved take their defaults.
    const values = ReportSettingsInputSchema.safeParse({
      ...DEFAULT_REPORT_SETTINGS,
      ...(stored.values as object),
    });
    return {
      ...(values.success ? values.data : DEFAULT_REPORT_SETTINGS),
      version: stored.version,
      updatedAt: stored.updatedAt,
    };
  }

  return {
    get,

    /** Replaces the settings if they are still at `expected` (or whatever they are, for '*'). */
    save(values: ReportSettingsValues, expected: number | '*', ctx: WriteContext, now = new Date()): ReportSettings {
      return handle.db.transaction(() => {
        const before = get();
        if (expected !== '*' && expected !== before.version) throw staleProblem(LABEL, before.version);
        const stored: Stored = { version: before.version + 1, updatedAt: now.toISOString(), values };
        const value = JSON.stringify(stored);
        handle.db.run(sql`INSERT INTO meta (key, value) VALUES (${REPORT_SETTINGS_KEY}, ${value})
                   ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
        const { version: _v, updatedAt: _u, ...previous } = before;
        writeAudit(handle.db, ctx, {
          entity: 'report_settings',
          entityId: REPORT_SETTINGS_KEY,
          action: 'update',
          before: previous,
          after: values,
        });
        return { ...values, version: stored.version, updatedAt: stored.updatedAt };
      });
    },
  };
}
