/**
 * The real server as a child process (`tsx src/server.ts`) on a port of its own and a data folder
 * the test names: for what only a process can show (signals, SIGKILL, restarts, a second process
 * reading the same files).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export const API_ROOT = resolve(import.meta.dirname, '..', '..');

export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port'))));
    });
  });
}

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  base: string;
  /** What the server wrote on stderr so far. */
  stderr(): string;
  /** Resolves with the exit code (null when killed by a signal) and the signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startServer(env: Record<string, string> & { DATA_DIR: string }, port: number): ServerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: API_ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) =>
    child.once('exit', (code, signal) => ok({ code, signal })),
  );
  return { child, port, base: `http://127.0.0.1:${port}`, stderr: () => stderr, exited };
}

/** Waits until /health answers; returns it. */
export async function waitForHealth(server: ServerProcess, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server.child.exitCode !== null) throw new Error(`server exited ${server.child.exitCode}: ${server.stderr()}`);
    try {
      const res = await fetch(`${server.base}/api/v1/health`);
      if (res.ok) return (await res.json()) as { demo: boolean; database: { activities: number } };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not start: ${server.stderr()}`);
}

export interface Session {
  cookie: string;
  csrf: string;
  /** Headers of a JSON write with this session. */
  headers: Record<string, string>;
}

/** Signs in as the demo admin. */
export async function loginAdmin(base: string): Promise<Session> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'danvan-demo' }),
  });
  if (res.status !== 200) throw new Error(`login: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return {
    cookie,
    csrf: csrfToken,
    headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
  };
}

/** A unit and a commune of the demo data, for activities that the API accepts. */
export async function someUnitAndCommune(base: string, session: Session) {
  const get = async (path: string) => {
    const res = await fetch(`${base}/api/v1/${path}?limit=1`, { headers: { cookie: session.cookie } });
    return ((await res.json()) as { items: { id: number }[] }).items[0]!.id;
  };
  return { unitId: await get('units'), communeId: await get('communes') };
}

/** The body of a new draft activity with one contribution (four tables written in one transaction). */
export function activityBody(title: string, ids: { unitId: number; communeId: number }) {
  return {
    title,
    communeId: ids.communeId,
    unitIds: [ids.unitId],
    startDate: '2026-01-10',
    endDate: '2026-01-10',
    categories: ['tuyen_truyen'],
    contributions: [{ unitId: ids.unitId, kind: 'tien_mat', source: 'kinh_phi_don_vi', valueVnd: 1_000_000 }],
  };
}

/** Runs one of the command-line tools (src/cli/NAME.ts) to its end, without blocking the test's own requests. */
export function runCli(
  name: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', `src/cli/${name}.ts`, ...args], {
    cwd: API_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    out += d;
  });
  return new Promise((ok) => child.once('close', (code) => ok({ code, out })));
}
