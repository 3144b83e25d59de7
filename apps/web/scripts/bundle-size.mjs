/**
 * The JavaScript a page needs on first load, gzipped: the entry and every chunk it imports statically
 * (what index.html loads and preloads), plus the page's lazy chunks (its component, and its loader where the
 * route loads that lazily too) and their static imports. Chunks the page imports dynamically (the charts)
 * come after the first paint and are listed apart.
 *
 * Usage, after `pnpm --filter @danvan/web build`:
 *   node scripts/bundle-size.mjs coverage-page+dashboards-loaders funding-page+dashboards-loaders overview
 *   (chunk names without their hash; `+` joins the chunks one route loads side by side)
 * Exits with 1 when a page goes over the budget (BUDGET_KB, default 200).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const assets = join(dist, 'assets');
const budgetKb = Number(process.env.BUDGET_KB ?? 200);
const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
const source = (file) => readFileSync(join(assets, file), 'utf8');
const gzipKb = (file) => gzipSync(readFileSync(join(assets, file))).length / 1024;

// `import { a } from "./x.js"` and `import "./x.js"` are static; `import("./x.js")` is not.
const STATIC_IMPORT = /(?:^|[;\n}])\s*import\s*(?:[\w$*{}\s,]+from\s*)?["'`]\.\/([^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g;

function closure(roots) {
  const seen = new Set();
  const stack = [...roots];
  while (stack.length > 0) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, dep] of source(file).matchAll(STATIC_IMPORT)) stack.push(dep);
  }
  return seen;
}

function chunk(name) {
  const match = files.find((f) => f.replace(/-[\w-]{8}\.js$/, '') === name);
  if (!match) throw new Error(`No chunk named ${name} in ${assets}; run the build first.`);
  return match;
}

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entry = /<script type="module"[^>]*src="\/assets\/([^"]+)"/.exec(html)?.[1];
if (!entry) throw new Error('No module script in dist/index.html');
const shell = closure([entry]);
const total = (set) => [...set].reduce((sum, f) => sum + gzipKb(f), 0);
console.log(`shell (entry + static imports): ${total(shell).toFixed(1)} KB gzip in ${shell.size} files`);

let over = false;
for (const name of process.argv.slice(2)) {
  const pages = name.split('+').map(chunk);
  const needed = closure([entry, ...pages]);
  const size = total(needed);
  over ||= size > budgetKb;
  console.log(`\n${name}: ${size.toFixed(1)} KB gzip on first load (budget ${budgetKb} KB)`);
  for (const file of [...needed].sort((a, b) => gzipKb(b) - gzipKb(a))) {
    console.log(`  ${gzipKb(file).toFixed(1).padStart(6)} KB  ${file}${shell.has(file) ? '' : '  (page)'}`);
  }
  // What the page's own code imports dynamically (the charts, the date pickers) comes after the first paint.
  const own = [...needed].filter((f) => !shell.has(f));
  const lazy = own.flatMap((f) => [...source(f).matchAll(DYNAMIC_IMPORT)].map((m) => m[1]));
  const later = [...closure(lazy)].filter((f) => !needed.has(f));
  if (later.length > 0) {
    console.log(`  then, when first drawn: ${total(new Set(later)).toFixed(1)} KB gzip`);
    for (const file of later) console.log(`  ${gzipKb(file).toFixed(1).padStart(6)} KB  ${file}`);
  }
}
process.exit(over ? 1 : 0);
