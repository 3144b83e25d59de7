/**
 * Tells cheaply whether anything may have been written to the database since the last look, so
 * that what the server keeps in memory (the statistics roll-ups, usable API tokens) is checked
 * against SQLite only after a write (docs/decisions/0008-stats-rollups.md).
 *
 * Two SQLite counters cover every writer: `total_changes()` counts the rows this connection has
 * inserted, updated or deleted, triggers included (the app's repositories, imports, raw SQL on the
 * same handle), without touching the file; `PRAGMA data_version` changes when another connection
 * (another process: a CLI, a backup tool, sqlite3) committed. Reading the latter opens a read
 * transaction, so a request looks once and hands the epoch to whatever needs it.
 */
import type Database from 'better-sqlite3';

export class CommitWatch {
  private readonly ownChanges: Database.Statement<[], number>;
  private readonly dataVersion: Database.Statement<[], number>;
  private own = -1;
  private others = -1;
  /** Goes up whenever a look found writes since the previous look. */
  private epoch = 0;

  constructor(sqlite: Database.Database) {
    this.ownChanges = sqlite.prepare<[], number>('SELECT total_changes()').pluck();
    this.dataVersion = sqlite.prepare<[], number>('PRAGMA data_version').pluck();
  }

  /**
   * The current epoch: the same number as the previous look when nothing was written since, a
   * higher one otherwise. Whatever is checked against the database after a look is current at
   * least up to that look, so a reader that remembers the epoch it last checked at may skip the
   * database until the epoch moves.
   */
  look(): number {
    const own = this.ownChanges.get()!;
    const others = this.dataVersion.get()!;
    if (own !== this.own || others !== this.others) {
      this.own = own;
      this.others = others;
      this.epoch++;
    }
    return this.epoch;
  }
}
