/** Builds the real app on a real SQLite file in a temporary folder, optionally with the demo data. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../src/app.js';
import { type DatabaseHandle, openDatabase } from '../../src/db/client.js';
import { loadDemoData } from '../../src/demo/load.js';

export interface TestApp {
  app: Awaited<ReturnType<typeof buildApp>>;
  handle: DatabaseHandle;
  dir: string;
  close(): Promise<void>;
}

export async function createTestApp(
  options: { demo?: boolean; webDist?: string; seed?: (h: DatabaseHandle) => void } = {},
): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'danvan-api-test-'));
  const handle = openDatabase(join(dir, 'test.db'));
  if (options.demo ?? true) loadDemoData(handle);
  options.seed?.(handle);
  const app = await buildApp({ config: { webDist: options.webDist ?? join(dir, 'no-web') }, handle });
  await app.ready();
  return {
    app,
    handle,
    dir,
    async close() {
      await app.close();
      handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
