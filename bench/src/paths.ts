/** Where the benchmark finds the workspace and keeps what it generates (git-ignored `.bench/`). */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function findUp(relativePath: string, from: string): string {
  let dir = from;
  for (;;) {
    if (existsSync(resolve(dir, relativePath))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`${relativePath} not found above ${from}`);
    dir = parent;
  }
}

export const REPO_ROOT = findUp('pnpm-workspace.yaml', dirname(fileURLToPath(import.meta.url)));
export const BENCH_PACKAGE = resolve(REPO_ROOT, 'bench');
export const API_PACKAGE = resolve(REPO_ROOT, 'apps', 'api');
export const API_SERVER = resolve(API_PACKAGE, 'dist', 'server.js');
export const BENCH_HOME = resolve(REPO_ROOT, '.bench');
export const DATABASE_NAME = 'danvan.db';
