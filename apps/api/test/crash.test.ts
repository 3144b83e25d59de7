/**
 * Crash safety of the real server: many concurrent writes (new activities, each four tables in one
 * transaction), SIGKILL in the middle of them, a restart on the same data folder. Every write the
 * server acknowledged (201) is there, whole; no activity is there in part; the database passes
 * `PRAGMA integrity_check`. The figures are printed (docs/operations.md quotes them).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import {
  activityBody,
  freePort,
  loginAdmin,
  type ServerProcess,
  someUnitAndCommune,
  startServer,
  waitForHealth,
} from './helpers/server-process.js';

/** Writes in all, at most; how many are in flight at once; after how many acknowledgements the kill comes. */
const WRITES = 2_000;
const CONCURRENCY = 16;
const KILL_AFTER_ACKS = 300;
const PREFIX = 'Ghi thử trước khi máy chủ bị tắt đột ngột';

describe('crash safety', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'danvan-crash-'));
  const servers: ServerProcess[] = [];
  afterAll(() => {
    for (const s of servers) s.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged write, whole, after SIGKILL in the middle of concurrent writes', async () => {
    const port = await freePort();
    const first = startServer({ DATA_DIR: dataDir }, port);
    servers.push(first);
    await waitForHealth(first);
    const session = await loginAdmin(first.base);
    const ids = await someUnitAndCommune(first.base, session);

    const acknowledged = new Map<number, string>();
    let sent = 0;
    let failed = 0;
    let killed = false;
    const worker = async () => {
      while (!killed && sent < WRITES) {
        const title = `${PREFIX} ${sent++}`;
        try {
          const res = await fetch(`${first.base}/api/v1/activities`, {
            method: 'POST',
            headers: session.headers,
            body: JSON.stringify(activityBody(title, ids)),
          });
          if (res.status === 201) acknowledged.set(((await res.json()) as { id: number }).id, title);
          else failed++;
        } catch {
          failed++; // the connection died with the server: not acknowledged
        }
        if (!killed && acknowledged.size >= KILL_AFTER_ACKS) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });

    const second = startServer({ DATA_DIR: dataDir }, port);
    servers.push(second);
    await waitForHealth(second);
    // Read through the restarted server's own files, while it runs.
    const db = new Database(join(dataDir, 'danvan.db'), { readonly: true });
    let found: Map<number, string>;
    let partial: number;
    try {
      const rows = db.prepare('SELECT id, title FROM activities WHERE title LIKE ?').all(`${PREFIX} %`) as {
        id: number;
        title: string;
      }[];
      found = new Map(rows.map((r) => [r.id, r.title]));
      // Each write is an activity with one unit, one category and one contribution, or nothing.
      partial = db
        .prepare(
          `SELECT count(*) FROM activities a WHERE a.title LIKE ? AND (
             (SELECT count(*) FROM activity_units WHERE activity_id = a.id) <> 1 OR
             (SELECT count(*) FROM activity_categories WHERE activity_id = a.id) <> 1 OR
             (SELECT count(*) FROM contributions WHERE activity_id = a.id) <> 1)`,
        )
        .pluck()
        .get(`${PREFIX} %`) as number;
    } finally {
      db.close();
    }
    const lost = [...acknowledged].filter(([id, title]) => found.get(id) !== title);
    const unanswered = [...found.keys()].filter((id) => !acknowledged.has(id)).length;
    console.log(
      `crash safety: ${sent} writes sent, ${acknowledged.size} acknowledged, ${failed} without an answer; ` +
        `after restart ${acknowledged.size - lost.length} of ${acknowledged.size} acknowledged found, ` +
        `${unanswered} more committed whose answer was lost, ${partial} partial`,
    );
    expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    expect(failed, 'some writes were in flight when the server was killed').toBeGreaterThan(0);
    expect(lost).toEqual([]);
    expect(partial).toBe(0);

    second.child.kill('SIGTERM');
    expect(await second.exited).toEqual({ code: 0, signal: null });
    const check = new Database(join(dataDir, 'danvan.db'), { readonly: true });
    try {
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(check.pragma('foreign_key_check')).toEqual([]);
    } finally {
      check.close();
    }
  }, 180_000);
});
