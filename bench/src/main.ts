/**
 * pnpm bench: the dashboards' figures at demo and national scale against a bare Fastify
 * hello-world and a naive full-scan baseline. See docs/performance.md.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { SEED_PERIOD } from '@danvan/domain';
import { ensureApiBuild } from './api-build.js';
import { databaseBytes, nationalDataset } from './dataset/national.js';
import { SPAN } from './dataset/registries.js';
import { helloSeries } from './measure/cold.js';
import { throughput } from './measure/throughput.js';
import { type Options, readOptions } from './options.js';
import { API_SERVER, BENCH_HOME, DATABASE_NAME } from './paths.js';
import { count, mib, ms } from './report.js';
import { measureScale, type ScaleResult, type ScaleSpec } from './run-scale.js';
import { startApi, startHello } from './servers.js';
import { type Hello, summary } from './summary.js';
import { keyOf } from './windows.js';

const log = (line: string) => console.log(line);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function main() {
  const options = readOptions();
  const machine = {
    cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
    memory: `${Math.round(totalmem() / 1024 ** 3)} GiB`,
    node: process.version,
  };
  log(`pnpm bench — ${machine.cpu}, ${machine.memory}, Node ${machine.node}, load average ${load()}`);
  log(
    `scale ${options.scale}, autocannon ${options.connections} connections × ${options.duration} s, ` +
      `${options.coldWindows} cold windows (budget ${options.budget} s), ${options.naiveWindows} naive windows`,
  );
  const server = options.server ? resolve(options.server) : API_SERVER;
  if (options.server) log(`Server under test: ${server}`);
  else ensureApiBuild(options.build, log);

  const specs: ScaleSpec[] = [];
  if (options.scales.includes('demo')) {
    const dataDir = resolve(BENCH_HOME, 'demo-run');
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(dataDir, { recursive: true });
    specs.push({
      name: 'demo',
      label: 'demo dataset (loaded by the server on first start)',
      dataDir,
      databaseFile: resolve(dataDir, DATABASE_NAME),
      demo: true,
      warm: SEED_PERIOD,
      span: SEED_PERIOD,
    });
  }
  let dataset: ReturnType<typeof nationalDataset> | null = null;
  let firstStartMs: number | null = null;
  if (options.scales.includes('national')) {
    log('\n== national dataset ==');
    dataset = nationalDataset(options.scale, options.regenerate, log);
    const m = dataset.manifest;
    log(
      `  ${dataset.generated ? 'generated' : `reused ${dataset.dataDir} (generated ${m.generatedAt})`}: ` +
        `${ms(m.generationMs)} to generate, ${mib(databaseBytes(dataset.databaseFile))}`,
    );
    log(
      `  ${count(m.counts.units)} units, ${count(m.counts.communes)} communes, ${count(m.counts.assignments)} assignments, ` +
        `${count(m.counts.activities)} activities (${count(m.counts.activityUnits)} lượt rows), ` +
        `${count(m.counts.contributions)} contributions`,
    );
    if (dataset.generated) {
      // As a deployment would: the first start applies migrations and settles what the load left.
      const first = await startApi(server, 'api-national-first-start', dataset.dataDir, false);
      await first.stop();
      firstStartMs = first.startupMs;
      log(`  first start of the server on it: ready in ${ms(first.startupMs)}`);
    }
    specs.push({
      name: 'national',
      label: options.scale === 1 ? 'national dataset' : `national dataset × ${options.scale}`,
      dataDir: dataset.dataDir,
      databaseFile: dataset.databaseFile,
      demo: false,
      warm: { from: '2024-01-01', to: '2024-12-31' },
      span: SPAN,
    });
  }

  const helloBefore = await measureHello('before', options);
  const taken = new Set(specs.map((s) => keyOf(s.warm)));
  const results: ScaleResult[] = [];
  // Another hello-world, left running, measured between the warm runs of each scale.
  const beside = await startHello('hello-world-beside');
  try {
    for (const spec of specs) {
      log(`  (load average ${load()})`);
      results.push(await measureScale(server, spec, options, taken, `${beside.url}/hello`, log));
    }
  } finally {
    await beside.stop();
  }

  const helloAfter = await measureHello('after', options);
  const report = summary(options.scale, [helloBefore, helloAfter], results);
  log(`\n${report}`);
  const resultsDir = resolve(BENCH_HOME, 'results');
  mkdirSync(resultsDir, { recursive: true });
  const file = resolve(resultsDir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        machine,
        options,
        loadAverageAtEnd: loadavg(),
        dataset: dataset && { ...dataset.manifest, bytes: databaseBytes(dataset.databaseFile), firstStartMs },
        hello: [helloBefore, helloAfter],
        scales: results.map((r) => ({
          ...r,
          cold: Object.fromEntries(
            Object.entries(r.cold).map(([k, c]) => [k, { ...c, kept: undefined, samples: c.samples.length }]),
          ),
        })),
        report,
      },
      null,
      2,
    )}\n`,
  );
  log(`\nResults saved to ${file}`);
}

/** The bare Fastify route, before and after the servers under test: the machine's speed meanwhile. */
async function measureHello(when: 'before' | 'after', options: Options): Promise<Hello> {
  log(`\n== hello-world baseline, ${when} ==`);
  const hello = await startHello();
  try {
    log(`  ready in ${ms(hello.startupMs)}; autocannon -c ${options.connections} -d ${options.duration}`);
    const warm = await throughput(`${hello.url}/hello`, {}, options.connections, options.duration);
    const cold = await helloSeries(hello.url, options.coldWindows);
    return { when, warm, cold };
  } finally {
    await hello.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`pnpm bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
