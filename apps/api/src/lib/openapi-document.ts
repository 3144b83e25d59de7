/**
 * The OpenAPI document of the app as it is built now. It is committed as openapi/openapi.json
 * (linted in CI, the source of the typed client in openapi/schema.d.ts); a test fails when the
 * committed copy falls behind the code.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildApp } from '../app.js';
import { openDatabase } from '../db/client.js';
import { OPENAPI_PATH } from '../plugins/openapi.js';
import { API_ROOT } from './paths.js';

export async function currentOpenApiDocument(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'danvan-openapi-'));
  const handle = openDatabase(join(dir, 'spec.db'));
  try {
    const app = await buildApp({ config: { webDist: join(dir, 'none') }, handle });
    const res = await app.inject({ url: OPENAPI_PATH });
    await app.close();
    return `${JSON.stringify(JSON.parse(res.body), null, 2)}\n`;
  } finally {
    handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const OPENAPI_FILE = resolve(API_ROOT, 'openapi', 'openapi.json');
