/**
 * Whether a request changed anything: a digest of every row of every table, and the names and
 * sizes of the files in the photos folder. The columns that any authenticated request may touch
 * (a session's last_seen_at, a token's last_used_at) and the figures' change queue are left out.
 *
 * The digest costs a few milliseconds, so it is only recomputed when SQLite's `total_changes()`
 * for the app's connection moved (it counts every row inserted, updated or deleted, triggers
 * included); the app has no other connection.
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';

/** Columns that reading with a session or token updates: they are not "the data". */
const TOUCHED = new Set(['sessions.last_seen_at', 'api_tokens.last_used_at']);

/**
 * Bookkeeping that is not the data: `stats_changes` is the queue of writes the in-memory figures
 * have not applied yet, filled by triggers in the writes' own transactions and emptied by the
 * next figures read (docs/decisions/0008-stats-rollups.md).
 */
const BOOKKEEPING = new Set(['stats_changes']);

function digestOfTables(sqlite: Database.Database): string {
  const hash = createHash('sha256');
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  for (const table of tables.filter((t) => !BOOKKEEPING.has(t))) {
    const columns = (sqlite.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[])
      .map((c) => c.name)
      .filter((c) => !TOUCHED.has(`${table}.${c}`));
    const rows = sqlite
      .prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}" ORDER BY rowid`)
      .raw()
      .all();
    hash.update(`${table}:${rows.length}\n`);
    for (const row of rows) {
      hash.update(JSON.stringify(row, (_k, v) => (Buffer.isBuffer(v) ? v.toString('hex') : v)));
    }
  }
  return hash.digest('hex');
}

function digestOfFolder(dir: string): string {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return 'absent';
  }
  return names.map((n) => `${n}:${statSync(join(dir, n)).size}`).join('|');
}

export interface Fingerprint {
  tables: string;
  photos: string;
}

export class DataWatch {
  private changes = -1;
  private current: Fingerprint = { tables: '', photos: '' };

  constructor(
    private readonly sqlite: Database.Database,
    private readonly photosDir: string,
  ) {}

  private totalChanges(): number {
    return this.sqlite.prepare('SELECT total_changes()').pluck().get() as number;
  }

  /** The data as it is now. */
  take(): Fingerprint {
    const changes = this.totalChanges();
    const photos = digestOfFolder(this.photosDir);
    if (changes !== this.changes) {
      this.current = { tables: digestOfTables(this.sqlite), photos };
      this.changes = changes;
    }
    this.current = { ...this.current, photos };
    return this.current;
  }
}

export function sameData(a: Fingerprint, b: Fingerprint): boolean {
  return a.tables === b.tables && a.photos === b.photos;
}
