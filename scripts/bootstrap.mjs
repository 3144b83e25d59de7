#!/usr/bin/env node
/**
 * The README's two commands go through here, so that a machine with only Node.js 20 and npm can
 * run them: it installs what is missing (pnpm at the pinned version, the workspace's packages with
 * better-sqlite3 built from source, and for tests Debian's Chromium), then starts the app or runs
 * every test.
 *
 *   node scripts/bootstrap.mjs start   build, then serve the app with its demo data on :3000
 *   node scripts/bootstrap.mjs test    typecheck, lint, unit and API tests, build, browser tests
 *   node scripts/bootstrap.mjs dev     API with reload and Vite's dev server (proxying the API)
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const mode = process.argv[2];
if (!['start', 'test', 'dev'].includes(mode)) {
  console.error('Cách dùng: node scripts/bootstrap.mjs start|test|dev');
  process.exit(2);
}

const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];

function step(message) {
  console.log(`\n▶ ${message}`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.status !== 0) {
    console.error(`✗ Lệnh thất bại (${result.status ?? result.signal}): ${command} ${args.join(' ')}`);
    process.exit(result.status || 1);
  }
}

function versionOf(command) {
  try {
    return execFileSync(command, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** pnpm at the pinned version: the one on PATH if it matches, else a private copy in .tools/. */
function ensurePnpm() {
  if (versionOf('pnpm') === pinned) return 'pnpm';
  const local = join(root, '.tools', 'node_modules', '.bin', 'pnpm');
  if (existsSync(local) && versionOf(local) === pinned) return local;
  step(`Cài pnpm ${pinned} vào .tools/`);
  run('npm', ['install', '--prefix', join(root, '.tools'), '--no-save', '--no-package-lock', `pnpm@${pinned}`]);
  return local;
}

/** Debian's Chromium for the browser tests (Playwright cannot download browsers here). */
function ensureChromium() {
  if (existsSync('/usr/bin/chromium')) return;
  step('Cài Chromium của Debian (apt-get install chromium)');
  const asRoot = process.getuid?.() === 0;
  if (!asRoot && !versionOf('sudo')) {
    console.error('✗ Cần /usr/bin/chromium: chạy "apt-get install -y chromium" với quyền root rồi thử lại.');
    process.exit(1);
  }
  const apt = (...args) => (asRoot ? run('apt-get', args, { env }) : run('sudo', ['apt-get', ...args], { env }));
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  apt('update', '-qq');
  apt('install', '-y', '-qq', 'chromium');
}

const pnpm = ensurePnpm();
// The workspace's scripts call `pnpm …` themselves: a private copy must be on their PATH too.
if (pnpm !== 'pnpm') process.env.PATH = `${dirname(pnpm)}${delimiter}${process.env.PATH ?? ''}`;
if (mode === 'test') ensureChromium();

step('Cài các gói của workspace (pnpm install --frozen-lockfile)');
// better-sqlite3 has no prebuilt binary for this machine: it compiles against Node's own headers.
const installEnv = { ...process.env };
if (existsSync('/usr/include/node/node.h')) installEnv.npm_config_nodedir = '/usr';
run(pnpm, ['install', '--frozen-lockfile'], { env: installEnv });

if (mode === 'test') {
  run(pnpm, ['run', 'test:all']);
} else if (mode === 'dev') {
  run(pnpm, ['-r', '--parallel', '--filter', '@danvan/api', '--filter', '@danvan/web', 'run', 'dev']);
} else {
  step('Build (pnpm run build)');
  run(pnpm, ['run', 'build']);
  step('Khởi động máy chủ');
  const server = spawn(process.execPath, [join(root, 'apps', 'api', 'dist', 'server.js')], {
    stdio: 'inherit',
    cwd: root,
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
