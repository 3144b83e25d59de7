/** Opening the embedded SQLite database: WAL, foreign keys on, migrations applied. */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { API_ROOT } from '../lib/paths.js';
import * as schema from './schema.js';

export type Db = BetterSQLite3Database<typeof schema>;

export interface DatabaseHandle {
  sqlite: Database.Database;
  db: Db;
  close(): void;
}

/**
 * Moves everything from the write-ahead log into the database file, then closes: the file alone
 * is then the whole database (SQLite would checkpoint on close too; this says so and truncates the
 * log even if another connection is still open).
 */
function closeCleanly(sqlite: Database.Database): void {
  if (!sqlite.open) return;
  if (!sqlite.readonly && sqlite.name !== ':memory:') sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.close();
}

export const MIGRATIONS_FOLDER = resolve(API_ROOT, 'drizzle');

export function openDatabase(file: string, options: { migrationsFolder?: string } = {}): DatabaseHandle {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: options.migrationsFolder ?? MIGRATIONS_FOLDER });
  return {
    sqlite,
    db,
    close: () => closeCleanly(sqlite),
  };
}

/** The better-sqlite3 connection behind a drizzle database, for prepared statements in bulk writes. */
export function sqliteOf(db: Db): Database.Database {
  return (db as unknown as { $client: Database.Database }).$client;
}
