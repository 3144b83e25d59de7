/**
 * Writes a Brotli (`.br`) and a gzip (`.gz`) copy next to every text file of the build, so the server sends
 * them compressed without compressing on each request (`preCompressed` in apps/api's web-app plugin): the
 * dashboard's JavaScript is about 240 KB gzipped but 800 KB as it is, on a phone's connection.
 *
 * Run by `pnpm --filter @danvan/web build` after `vite build`. Files under 1 KB are left alone: the headers
 * would cost more than the saving.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const COMPRESSIBLE = /\.(?:js|css|html|svg|json|txt|webmanifest)$/;
const MIN_BYTES = 1024;
const toBrotli = promisify(brotliCompress);
const toGzip = promisify(gzip);

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (COMPRESSIBLE.test(entry.name) && statSync(path).size >= MIN_BYTES) yield path;
  }
}

async function compress(path) {
  const source = readFileSync(path);
  const [br, gz] = await Promise.all([
    toBrotli(source, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
      },
    }),
    toGzip(source, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  writeFileSync(`${path}.br`, br);
  writeFileSync(`${path}.gz`, gz);
  return { raw: source.length, br: br.length, gz: gz.length };
}

const started = performance.now();
const sizes = await Promise.all([...files(dist)].map(compress));
const sum = (key) => sizes.reduce((total, size) => total + size[key], 0) / 1024;
console.log(
  `precompressed ${sizes.length} files in ${Math.round(performance.now() - started)} ms: ` +
    `${sum('raw').toFixed(0)} KB → ${sum('gz').toFixed(0)} KB gzip, ${sum('br').toFixed(0)} KB brotli`,
);
