/** The processes under test: the real built API server and a bare Fastify hello-world, each a child process. */
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { BENCH_HOME, BENCH_PACKAGE } from './paths.js';

export interface Running {
  name: string;
  url: string;
  process: ChildProcess;
  /** Milliseconds from spawning to the first good answer of the readiness route. */
  startupMs: number;
  logFile: string;
  stop(): Promise<void>;
}

const children = new Set<ChildProcess>();
// No server outlives the benchmark, however it ends.
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    for (const child of children) child.kill('SIGKILL');
    process.exit(130);
  });

/** A free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Resident memory of a process in MiB (Linux), or null where /proc is not there. */
export function residentMiB(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('VmRSS:'));
    return line ? Math.round(Number.parseInt(line.replace(/\D+/g, ''), 10) / 1024) : null;
  } catch {
    return null;
  }
}

async function waitUntilReady(child: ChildProcess, url: string, timeoutMs: number, logFile: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: number | null = null;
  child.once('exit', (code) => {
    exited = code ?? -1;
  });
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`the process exited with code ${exited} before it was ready; see ${logFile}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`not ready after ${timeoutMs / 1000} s; see ${logFile}`);
}

async function start(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  port: number,
  readyPath: string,
  cwd: string,
): Promise<Running> {
  const logDir = resolve(BENCH_HOME, 'logs');
  mkdirSync(logDir, { recursive: true });
  const logFile = resolve(logDir, `${name}.log`);
  const log = createWriteStream(logFile);
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(child, `${url}${readyPath}`, 15 * 60_000, logFile);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${name}: ${(error as Error).message}`);
  }
  const startupMs = performance.now() - started;
  return {
    name,
    url,
    process: child,
    startupMs,
    logFile,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(force);
          done();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** The built API server on a data folder (DEMO_DATA=auto loads the demo into an empty one); port 0: any free one. */
export async function startApi(
  server: string,
  name: string,
  dataDir: string,
  demo: boolean,
  fixedPort = 0,
): Promise<Running> {
  const port = fixedPort || (await freePort());
  return start(
    name,
    [server],
    {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DEMO_DATA: demo ? 'auto' : 'off',
    },
    port,
    '/api/v1/health',
    resolve(server, '..', '..'),
  );
}

/** A bare Fastify 5 with one route, `GET /hello` → `{ ok: true }`: the ceiling for this machine. */
export async function startHello(name = 'hello-world'): Promise<Running> {
  const port = await freePort();
  return start(
    name,
    ['--import', 'tsx', resolve(BENCH_PACKAGE, 'src', 'hello-server.ts')],
    { ...process.env, PORT: String(port) },
    port,
    '/hello',
    BENCH_PACKAGE,
  );
}
