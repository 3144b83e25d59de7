/**
 * Starts the real server process on a temporary data folder, kills it with SIGKILL, starts it
 * again: the data is still there and the demo dataset is not loaded a second time.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const apiRoot = resolve(import.meta.dirname, '..');

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port'))));
    });
  });
}

function startServer(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: apiRoot,
    env: { ...process.env, LOG_LEVEL: 'warn', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

async function waitForHealth(port: number, child: ChildProcess) {
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}: ${stderr}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
      if (res.ok) return (await res.json()) as { demo: boolean; database: { activities: number } };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not start: ${stderr}`);
}

function counts(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const n = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return {
      units: n('units'),
      communes: n('communes'),
      activities: n('activities'),
      contributions: n('contributions'),
    };
  } finally {
    db.close();
  }
}

describe('server restart', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'danvan-restart-'));
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const c of children) c.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps its data after SIGKILL and does not reseed on the second start', async () => {
    const port = await freePort();
    const first = startServer({ PORT: String(port), DATA_DIR: dataDir });
    children.push(first);
    const health1 = await waitForHealth(port, first);
    expect(health1.demo).toBe(true);
    expect(health1.database.activities).toBeGreaterThan(0);
    const before = counts(join(dataDir, 'danvan.db'));
    expect(before.units).toBe(77);

    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));

    const second = startServer({ PORT: String(port), DATA_DIR: dataDir });
    children.push(second);
    const health2 = await waitForHealth(port, second);
    expect(health2.database.activities).toBe(health1.database.activities);
    expect(counts(join(dataDir, 'danvan.db'))).toEqual(before);
    second.kill('SIGTERM');
    const code = await new Promise((r) => second.once('exit', (c) => r(c)));
    expect(code).toBe(0);
  });

  it('refuses to start on a bad PORT and names it', async () => {
    const child = startServer({ PORT: 'abc', DATA_DIR: dataDir });
    children.push(child);
    let stderr = '';
    child.stderr?.on('data', (d) => {
      stderr += d;
    });
    const code = await new Promise((r) => child.once('exit', (c) => r(c)));
    expect(code).toBe(1);
    expect(stderr).toContain('PORT="abc"');
  });
});
