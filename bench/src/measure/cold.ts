/**
 * Cold-cache latency: one request at a time, each for a window the server has not been asked
 * for, so no cached answer can serve it. Stops early when the series runs out of time.
 */

import { percentile, timedGet } from '../http.js';
import { keyOf, WINDOW_LENGTHS, type Window } from '../windows.js';

export interface LatencySummary {
  n: number;
  p50: number;
  p99: number;
  max: number;
}

export interface ColdSeries {
  requested: number;
  /** Milliseconds of each answered window, in order. */
  samples: number[];
  /** Time and answer for the first windows, which the naive baseline also runs. */
  kept: Map<string, { ms: number; body: string }>;
  p50: number;
  p99: number;
  max: number;
  /** The same by window length: where the slow answers come from. */
  byLength: Record<Window['length'], LatencySummary>;
  failures: number;
  /** Why the series stopped before the last window, if it did. */
  cutShort: string | null;
}

function summarise(samples: readonly number[]): LatencySummary {
  return {
    n: samples.length,
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    max: samples.length ? Math.max(...samples) : Number.NaN,
  };
}

export async function coldSeries(
  baseUrl: string,
  path: string,
  token: string,
  windows: readonly Window[],
  keep: number,
  budgetMs: number,
): Promise<ColdSeries> {
  const headers = { authorization: `Bearer ${token}`, accept: 'application/json' };
  const samples: number[] = [];
  const lengths: Window['length'][] = [];
  const kept = new Map<string, { ms: number; body: string }>();
  let failures = 0;
  let cutShort: string | null = null;
  const deadline = performance.now() + budgetMs;
  for (const [i, w] of windows.entries()) {
    const remaining = deadline - performance.now();
    if (remaining <= 0) {
      cutShort = `time budget of ${Math.round(budgetMs / 1000)} s used up`;
      break;
    }
    try {
      const r = await timedGet(`${baseUrl}${path}?from=${w.from}&to=${w.to}`, headers, Math.max(1000, remaining));
      if (r.status !== 200) {
        failures++;
        if (failures === 1) console.log(`    ${path} ${keyOf(w)}: HTTP ${r.status} ${r.body.slice(0, 200)}`);
        continue;
      }
      samples.push(r.ms);
      lengths.push(w.length);
      if (i < keep) kept.set(keyOf(w), { ms: r.ms, body: r.body });
    } catch (error) {
      cutShort = (error as Error).message;
      break;
    }
  }
  const byLength = Object.fromEntries(
    WINDOW_LENGTHS.map(({ label }) => [label, summarise(samples.filter((_, i) => lengths[i] === label))]),
  ) as Record<Window['length'], LatencySummary>;
  return {
    requested: windows.length,
    samples,
    kept,
    ...summarise(samples),
    byLength,
    failures,
    cutShort,
  };
}

/** Sequential latency of the hello-world route: the floor under every cold figure. */
export async function helloSeries(baseUrl: string, count: number): Promise<{ p50: number; p99: number }> {
  const samples: number[] = [];
  for (let i = 0; i < count + 20; i++) {
    const r = await timedGet(`${baseUrl}/hello`, {}, 10_000);
    if (i >= 20) samples.push(r.ms);
  }
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}
