/** One scale's measurements: start the server, warm throughput, cold-cache series, naive baseline. */
import type { Period } from '@danvan/domain';
import { type ColdSeries, coldSeries } from './measure/cold.js';
import { type Check, checkOf, NaiveQueries, type NaiveRun } from './measure/naive.js';
import { type Throughput, throughput } from './measure/throughput.js';
import type { Options } from './options.js';
import { ms } from './report.js';
import { residentMiB, startApi } from './servers.js';
import { issueReadToken } from './token.js';
import { coldWindows, keyOf, type Window } from './windows.js';

export const ENDPOINTS = ['coverage', 'funding'] as const;
export type Endpoint = (typeof ENDPOINTS)[number];

export interface ScaleSpec {
  name: 'demo' | 'national';
  label: string;
  dataDir: string;
  databaseFile: string;
  /** Whether the server loads the demo dataset into the (empty) folder. */
  demo: boolean;
  /** The period of the warm-cache runs. */
  warm: Period;
  /** Where the data lies: the cold windows are drawn around it. */
  span: Period;
}

export interface NaiveComparison {
  windows: number;
  naiveP50: number;
  statsP50: number;
  /** Total naive time ÷ total stats time over the same windows. */
  ratio: number;
  /** The smallest naive ÷ stats of a single window. */
  worst: number;
  /** Null when the naive figures equal the API's for every window; else the first difference. */
  mismatch: string | null;
}

export interface ScaleResult {
  spec: ScaleSpec;
  startupMs: number;
  rssAfterStartMiB: number | null;
  rssAtEndMiB: number | null;
  warm: Partial<Record<Endpoint, Throughput>>;
  /**
   * The hello-world's requests/s measured right before and right after each warm run (the same
   * run sits between two endpoints): the machine's speed at that moment.
   */
  helloBeside: Partial<Record<Endpoint, [number, number]>>;
  cold: Partial<Record<Endpoint, ColdSeries>>;
  naive: Partial<Record<Endpoint, NaiveComparison>>;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0
    ? Number.NaN
    : s.length % 2
      ? s[(s.length - 1) / 2]!
      : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function differs(a: Check, b: Check): string | null {
  for (const key of ['visits', 'cash', 'inKindValue', 'labourDays'] as const) {
    if (a[key] !== undefined && a[key] !== b[key]) return `${key}: naive ${a[key]}, API ${b[key]}`;
  }
  return null;
}

function compareNaive(
  naive: NaiveQueries,
  endpoint: Endpoint,
  windows: readonly Window[],
  series: ColdSeries,
): NaiveComparison {
  const run = (w: Period): NaiveRun =>
    endpoint === 'coverage'
      ? naive.coverageOf({ from: w.from, to: w.to })
      : naive.fundingOf({ from: w.from, to: w.to });
  const naiveMs: number[] = [];
  const statsMs: number[] = [];
  let mismatch: string | null = null;
  for (const w of windows) {
    const answered = series.kept.get(keyOf(w));
    if (!answered) continue;
    const r = run(w);
    naiveMs.push(r.ms);
    statsMs.push(answered.ms);
    const difference: string | null = mismatch ? null : differs(r.check, checkOf(endpoint, answered.body));
    if (difference) mismatch = `${keyOf(w)}: ${difference}`;
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    windows: naiveMs.length,
    naiveP50: median(naiveMs),
    statsP50: median(statsMs),
    ratio: sum(naiveMs) / sum(statsMs),
    worst: Math.min(...naiveMs.map((n, i) => n / statsMs[i]!)),
    mismatch,
  };
}

export async function measureScale(
  server: string,
  spec: ScaleSpec,
  options: Options,
  taken: Set<string>,
  helloUrl: string,
  log: (line: string) => void,
): Promise<ScaleResult> {
  log(`\n== ${spec.label} ==`);
  const api = await startApi(server, `api-${spec.name}`, spec.dataDir, spec.demo);
  const result: ScaleResult = {
    spec,
    startupMs: api.startupMs,
    rssAfterStartMiB: residentMiB(api.process.pid),
    rssAtEndMiB: null,
    warm: {},
    helloBeside: {},
    cold: {},
    naive: {},
  };
  log(`  server ready in ${ms(api.startupMs)} (resident memory ${result.rssAfterStartMiB ?? '?'} MiB)`);
  const windows = new Map<Endpoint, Window[]>();
  try {
    const token = issueReadToken(spec.databaseFile);
    const headers = { authorization: `Bearer ${token}` };
    // The hello-world is measured between the warm runs too (H, coverage, H, funding, H): on a
    // shared machine its speed can change several times over within a minute.
    const hello = async () => (await throughput(helloUrl, {}, options.connections, options.duration)).rps;
    log(`  hello-world beside: autocannon -c ${options.connections} -d ${options.duration}`);
    let helloBefore = await hello();
    for (const endpoint of ENDPOINTS) {
      const url = `${api.url}/api/v1/stats/${endpoint}?from=${spec.warm.from}&to=${spec.warm.to}`;
      log(`  warm ${endpoint} ${keyOf(spec.warm)}: autocannon -c ${options.connections} -d ${options.duration}`);
      const warm = await throughput(url, headers, options.connections, options.duration);
      if (warm.skipped) log(`    ${warm.skipped}`);
      result.warm[endpoint] = warm;
      log(`  hello-world beside: autocannon -c ${options.connections} -d ${options.duration}`);
      const helloAfter = await hello();
      result.helloBeside[endpoint] = [helloBefore, helloAfter];
      helloBefore = helloAfter;
    }
    for (const [i, endpoint] of ENDPOINTS.entries()) {
      const list = coldWindows(spec.span, options.coldWindows, 1000 * (spec.name === 'demo' ? 1 : 2) + i, taken);
      windows.set(endpoint, list);
      log(`  cold ${endpoint}: ${list.length} distinct windows, one at a time`);
      result.cold[endpoint] = await coldSeries(
        api.url,
        `/api/v1/stats/${endpoint}`,
        token,
        list,
        options.naiveWindows,
        options.budget * 1000,
      );
    }
    result.rssAtEndMiB = residentMiB(api.process.pid);
  } finally {
    await api.stop();
  }
  if (options.naiveWindows > 0) {
    const naive = new NaiveQueries(spec.databaseFile);
    try {
      // Once untimed, so the file's pages are in memory for every timed run.
      naive.fundingOf(spec.warm);
      for (const endpoint of ENDPOINTS) {
        const series = result.cold[endpoint];
        if (!series) continue;
        log(`  naive ${endpoint}: ${Math.min(options.naiveWindows, series.kept.size)} windows`);
        result.naive[endpoint] = compareNaive(
          naive,
          endpoint,
          (windows.get(endpoint) ?? []).slice(0, options.naiveWindows),
          series,
        );
      }
    } finally {
      naive.close();
    }
  }
  return result;
}
