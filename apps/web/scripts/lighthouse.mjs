/**
 * How fast a page of a running server loads on a phone: Lighthouse's performance audit, with its default mobile
 * settings (a Moto G Power's screen, simulated throttling: 150 ms round trips, 1.6 Mbit/s down, CPU 4× slower),
 * signed in with a session cookie. Prints each run and the median of the runs for every page. Builds and starts
 * nothing: start the server first (`pnpm build && pnpm serve`, or e2e/start-server.mjs for a throwaway copy of
 * the demo data). Not part of the test run: the figures depend on the machine.
 *
 *   node apps/web/scripts/lighthouse.mjs                       # /bao-phu, /kinh-phi and / of http://127.0.0.1:3000
 *   node apps/web/scripts/lighthouse.mjs --url http://127.0.0.1:3192 --runs 5 /bao-phu
 *   node apps/web/scripts/lighthouse.mjs --user viewer --json results.json /bao-phu
 *
 * Options (or LH_URL, LH_USER, LH_PASSWORD, LH_RUNS): --url, --user (a demo account, default admin), --password
 * (default the demo password), --runs (default 3), --json FILE (every run's figures). Chromium is CHROME_PATH,
 * by default the system's /usr/bin/chromium; nothing is downloaded.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values: options, positionals } = parseArgs({
  options: {
    url: { type: 'string', default: process.env.LH_URL ?? 'http://127.0.0.1:3000' },
    user: { type: 'string', default: process.env.LH_USER ?? 'admin' },
    password: { type: 'string', default: process.env.LH_PASSWORD ?? 'danvan-demo' },
    runs: { type: 'string', default: process.env.LH_RUNS ?? '3' },
    json: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  allowPositionals: true,
});
if (options.help) {
  console.log(readFileSync(new URL(import.meta.url), 'utf8').split('*/')[0]);
  process.exit(0);
}
const base = options.url.replace(/\/$/, '');
const paths = positionals.length > 0 ? positionals : ['/bao-phu', '/kinh-phi', '/'];
const runs = Math.max(1, Number(options.runs) || 1);
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const lighthouseBin = new URL('../node_modules/.bin/lighthouse', import.meta.url).pathname;
if (!existsSync(chromePath)) throw new Error(`No Chromium at ${chromePath}; set CHROME_PATH.`);
if (!existsSync(lighthouseBin)) throw new Error('Lighthouse is not installed: run `pnpm install` first.');

/** Signs in once; Lighthouse sends the session cookie with every request of the page. */
async function sessionCookie() {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: options.user, password: options.password }),
  });
  if (!res.ok) throw new Error(`Signing in as ${options.user} at ${base} failed: ${res.status}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('danvan_session='));
  if (!cookie) throw new Error('The sign-in answer set no session cookie');
  return cookie.split(';')[0];
}

function runLighthouse(url, cookie, outputPath) {
  const args = [
    url,
    '--only-categories=performance',
    '--output=json',
    `--output-path=${outputPath}`,
    '--quiet',
    `--extra-headers=${JSON.stringify({ Cookie: cookie })}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(lighthouseBin, args, { env: { ...process.env, CHROME_PATH: chromePath }, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`lighthouse exited with ${code}`))));
  });
}

const METRICS = [
  ['fcp', 'first-contentful-paint', 'FCP'],
  ['lcp', 'largest-contentful-paint', 'LCP'],
  ['tti', 'interactive', 'TTI'],
  ['si', 'speed-index', 'SI'],
  ['tbt', 'total-blocking-time', 'TBT'],
];

function figures(report) {
  const audit = (id) => report.audits[id]?.numericValue ?? Number.NaN;
  const requests = report.audits['network-requests']?.details?.items ?? [];
  const scripts = requests.filter((r) => r.resourceType === 'Script');
  const result = Object.fromEntries(METRICS.map(([key, id]) => [key, audit(id)]));
  return {
    ...result,
    cls: audit('cumulative-layout-shift'),
    score: Math.round((report.categories.performance?.score ?? 0) * 100),
    scripts: scripts.length,
    scriptKb: scripts.reduce((sum, r) => sum + (r.transferSize ?? 0), 0) / 1024,
    totalKb: requests.reduce((sum, r) => sum + (r.transferSize ?? 0), 0) / 1024,
    finalUrl: report.finalDisplayedUrl,
    warnings: report.runWarnings,
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const line = (f) =>
  `${METRICS.map(([key, , label]) => `${label} ${seconds(f[key])}`).join('  ')}  CLS ${f.cls.toFixed(3)}  ` +
  `score ${f.score}  JS ${f.scriptKb.toFixed(0)} KB in ${f.scripts} files, all ${f.totalKb.toFixed(0)} KB`;

const cookie = await sessionCookie();
const dir = mkdtempSync(join(tmpdir(), 'danvan-lighthouse-'));
const all = {};
try {
  console.log(`Lighthouse, mobile (simulated throttling), ${base}, signed in as ${options.user}, ${runs} run(s) each`);
  for (const path of paths) {
    all[path] = [];
    for (let run = 1; run <= runs; run++) {
      const output = join(dir, `run-${run}.json`);
      // Lighthouse now and then fails to record a trace (NO_NAVSTART, NO_FCP); such a run is tried once more.
      await runLighthouse(`${base}${path}`, cookie, output).catch((error) => {
        console.warn(`  ${path} run ${run} failed (${error.message}); trying it again`);
        return runLighthouse(`${base}${path}`, cookie, output);
      });
      const result = figures(JSON.parse(readFileSync(output, 'utf8')));
      if (!result.finalUrl.startsWith(`${base}${path}`)) {
        throw new Error(`${path} ended on ${result.finalUrl}: was the session refused?`);
      }
      for (const warning of result.warnings) console.warn(`  warning: ${warning}`);
      all[path].push(result);
      console.log(`${path} run ${run}: ${line(result)}`);
    }
    const middle = Object.fromEntries(
      Object.keys(all[path][0])
        .filter((key) => typeof all[path][0][key] === 'number')
        .map((key) => [key, median(all[path].map((r) => r[key]))]),
    );
    console.log(`${path} median: ${line(middle)}\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (options.json) writeFileSync(options.json, `${JSON.stringify(all, null, 2)}\n`);
