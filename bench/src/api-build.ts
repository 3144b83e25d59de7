/** The benchmark runs the built server; it rebuilds apps/api/dist when a source is newer than the bundle. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { API_PACKAGE, API_SERVER, REPO_ROOT } from './paths.js';

/** The newest modification time under the folders and files given (0 if none exist). */
function newestChange(paths: string[]): number {
  let newest = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) for (const entry of readdirSync(path)) visit(resolve(path, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const p of paths) visit(p);
  return newest;
}

/** Why the bundle must be built, or null when it is up to date. */
function staleness(): string | null {
  if (!existsSync(API_SERVER)) return 'apps/api/dist/server.js is missing';
  const sources = newestChange([
    resolve(API_PACKAGE, 'src'),
    resolve(API_PACKAGE, 'package.json'),
    resolve(API_PACKAGE, 'tsup.config.ts'),
    resolve(REPO_ROOT, 'packages', 'domain', 'src'),
  ]);
  return sources > statSync(API_SERVER).mtimeMs ? 'apps/api/dist is older than its sources' : null;
}

export function ensureApiBuild(mode: 'auto' | 'always' | 'never', log: (line: string) => void): void {
  if (mode === 'never') {
    if (!existsSync(API_SERVER))
      throw new Error('apps/api/dist/server.js is missing: run `pnpm build` or --build auto');
    return;
  }
  const reason = mode === 'always' ? 'asked to rebuild' : staleness();
  if (reason === null) return;
  log(`Building the API (${reason}): pnpm --filter @danvan/api build`);
  const result = spawnSync('pnpm', ['--filter', '@danvan/api', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the API build failed');
}
