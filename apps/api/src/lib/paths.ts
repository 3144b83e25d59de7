import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The nearest folder, from this module upwards, that holds `relativePath`. Works the same from the
 * source tree (src/…) and from the bundled server (dist/server.js).
 */
export function findUp(relativePath: string, from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    if (existsSync(resolve(dir, relativePath))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Không tìm thấy ${relativePath} trong các thư mục cha của ${from}`);
    dir = parent;
  }
}

/** The workspace root (the folder with pnpm-workspace.yaml). */
export const REPO_ROOT = findUp('pnpm-workspace.yaml');

/** The API package's folder (the one with drizzle/ migrations). */
export const API_ROOT = findUp('drizzle/meta/_journal.json');
