/** Writes openapi/openapi.json from the routes' schemas: `pnpm --filter @danvan/api openapi`. */
import { writeFileSync } from 'node:fs';
import { currentOpenApiDocument, OPENAPI_FILE } from '../lib/openapi-document.js';

writeFileSync(OPENAPI_FILE, await currentOpenApiDocument());
console.log(`Đã ghi ${OPENAPI_FILE}`);
