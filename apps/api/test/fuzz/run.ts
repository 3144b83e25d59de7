/**
 * The long fuzz run: `pnpm fuzz` (FUZZ_RUNS cases, default 20,000; FUZZ_SEED to replay; FUZZ_ONLY
 * to fuzz only the routes whose "METHOD /url" contains it). Prints the cases run, the answers by
 * status and every kind of failure with its first example; exits 1 when there is any.
 */
import { Fuzzer, summariseFailures } from './fuzzer.js';

const runs = Number(process.env.FUZZ_RUNS ?? 20_000);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const only = process.env.FUZZ_ONLY;

const fuzzer = await Fuzzer.create();
let done = 0;
const slowest: [string, number][] = [];
const report = await fuzzer.run({
  runs,
  ...(seed !== undefined ? { seed } : {}),
  ...(only ? { only } : {}),
  ...(process.env.FUZZ_EXCEPT ? { except: process.env.FUZZ_EXCEPT } : {}),
  onRoute(route, cases, ms) {
    done += cases;
    slowest.push([route, ms]);
    if (process.stderr.isTTY) process.stderr.write(`\r${done} cases… ${route}`.padEnd(100).slice(0, 100));
  },
});
if (process.stderr.isTTY) process.stderr.write('\n');
await fuzzer.t.close();

const failures = summariseFailures(report.failures);
console.log(
  [
    `seed: ${report.seed}`,
    `routes: ${report.routes}`,
    `cases run: ${report.cases} (${report.unsendable} not sendable) in ${(report.ms / 1000).toFixed(1)} s`,
    `answers by status: ${Object.entries(report.byStatus)
      .map(([s, n]) => `${s}×${n}`)
      .join(' ')}`,
    'answers by route:',
    ...Object.entries(report.byRoute).map(
      ([route, counts]) =>
        `  ${route.padEnd(45)} ${Object.entries(counts)
          .sort()
          .map(([family, n]) => `${family}×${n}`)
          .join(' ')}`,
    ),
    `slowest routes: ${slowest
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([route, ms]) => `${route} ${(ms / 1000).toFixed(1)} s`)
      .join(', ')}`,
    `failures: ${report.failures.length} (${failures.length} kinds)`,
    ...failures.map((f) => `\n${f}`),
  ].join('\n'),
);
process.exit(report.failures.length > 0 ? 1 : 0);
