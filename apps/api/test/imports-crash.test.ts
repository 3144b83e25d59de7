/**
 * An import killed in the middle of its commit (issue 7): the real server process, a large file,
 * SIGKILL while the commit's transaction is writing (its pages already spilling into the WAL),
 * then a restart. Nothing of the import may remain; uploaded again, it goes in whole.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { bulkLines, csvOf } from './helpers/import-files.js';
import {
  freePort,
  loginAdmin,
  type ServerProcess,
  type Session,
  startServer,
  waitForHealth,
} from './helpers/server-process.js';

const LINES = 20_000;
const TAG = 'Nhập lớn';

function counts(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return {
      activities: n('SELECT count(*) AS n FROM activities'),
      activityUnits: n('SELECT count(*) AS n FROM activity_units'),
      contributions: n('SELECT count(*) AS n FROM contributions'),
      audit: n('SELECT count(*) AS n FROM audit_log'),
      imported: n(`SELECT count(*) AS n FROM activities WHERE title LIKE '${TAG} %'`),
      integrity: (db.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check,
    };
  } finally {
    db.close();
  }
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

async function upload(server: ServerProcess, session: Session, data: Buffer) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(data)]), 'nhap-lon.csv');
  const res = await fetch(`${server.base}/api/v1/imports`, {
    method: 'POST',
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
    body: form,
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; totals: { ok: number } };
}

describe('an import killed during its commit', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'danvan-import-crash-'));
  const dbFile = join(dataDir, 'danvan.db');
  const servers: ServerProcess[] = [];
  afterAll(() => {
    for (const s of servers) s.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('leaves nothing partial after a restart, and goes in whole when done again', { timeout: 300_000 }, async () => {
    const port = await freePort();
    const first = startServer({ DATA_DIR: dataDir }, port);
    servers.push(first);
    await waitForHealth(first);
    const session = await loginAdmin(first.base);
    const file = csvOf(bulkLines(LINES, TAG));
    const preview = await upload(first, session, file);
    expect(preview.totals.ok).toBe(LINES);

    const before = counts(dbFile);
    const walBefore = sizeOf(`${dbFile}-wal`);
    const answer = fetch(`${first.base}/api/v1/imports/${preview.id}/commit`, {
      method: 'POST',
      headers: session.headers,
      body: '{}',
    }).then(
      (res) => `answered ${res.status}`,
      () => 'killed',
    );
    // The transaction is under way once its pages spill into the WAL; it has not committed yet.
    const until = Date.now() + 120_000;
    while (sizeOf(`${dbFile}-wal`) < walBefore + 4 * 1024 * 1024) {
      if (Date.now() > until) throw new Error('the commit never started writing');
      await new Promise((r) => setTimeout(r, 10));
    }
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    expect(await answer).toBe('killed');

    const second = startServer({ DATA_DIR: dataDir }, port);
    servers.push(second);
    await waitForHealth(second);
    const after = counts(dbFile);
    expect(after).toEqual(before);
    expect(after.imported).toBe(0);
    expect(after.integrity).toBe('ok');

    // The preview went with the process; the same file, uploaded again, is committed whole.
    const admin = await loginAdmin(second.base);
    const again = await upload(second, admin, file);
    const done = await fetch(`${second.base}/api/v1/imports/${again.id}/commit`, {
      method: 'POST',
      headers: admin.headers,
      body: '{}',
    });
    expect(done.status).toBe(200);
    second.child.kill('SIGTERM');
    await second.exited;
    const final = counts(dbFile);
    expect(final.imported).toBe(LINES);
    expect(final.contributions - before.contributions).toBe(LINES);
  });
});
