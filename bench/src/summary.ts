/** The end of a run: servers, warm and cold tables with ratios to hello-world, the naive baseline, the targets. */
import type { Throughput } from './measure/throughput.js';
import { count, ms, percent, ratio, type Target, table, targetLines } from './report.js';
import { ENDPOINTS, type Endpoint, type ScaleResult } from './run-scale.js';
import { WINDOW_LENGTHS } from './windows.js';

function size(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KiB`;
}

function notes(t: Throughput): string {
  return [t.failures ? `${count(t.failures)} failed` : '', t.skipped ?? ''].filter(Boolean).join('; ');
}

/** A hello-world measurement: under load and one request at a time. */
export interface Hello {
  when: 'before' | 'after';
  warm: Throughput;
  /** One request at a time. */
  cold: { p50: number; p99: number };
}

/** The hello-world's requests/s around a warm run: the mean of the runs just before and just after it. */
function besideOf(r: ScaleResult, e: Endpoint): number {
  const around = r.helloBeside[e];
  return around ? (around[0] + around[1]) / 2 : Number.NaN;
}

/**
 * The tables and the targets, as printed at the end and kept in the results file. The ratios are
 * taken against the faster of the two hello-world runs (before and after the servers under test),
 * and for the warm runs also against the hello-world measured just before and just after each of
 * them ("beside"): on a shared machine whose speed changes within a minute, only the latter
 * compares the route with the bare server at the same moment, and the target reads it.
 */
export function summary(scale: number, hellos: [Hello, Hello], results: ScaleResult[]): string {
  const baseline = hellos[0].warm.rps >= hellos[1].warm.rps ? hellos[0] : hellos[1];
  const helloWarm = baseline.warm;
  const helloCold = baseline.cold;
  const label = (r: ScaleResult, e: string) => `${r.spec.name} ${e}`;
  const startup = table(
    ['server', 'ready in', 'memory after start', 'memory at end'],
    results.map((r) => [
      r.spec.label,
      ms(r.startupMs),
      r.rssAfterStartMiB === null ? '—' : `${r.rssAfterStartMiB} MiB`,
      r.rssAtEndMiB === null ? '—' : `${r.rssAtEndMiB} MiB`,
    ]),
  );
  const warmRows = hellos.map((h) => [
    `hello-world ${h.when}`,
    size(h.warm.bytes),
    count(h.warm.rps),
    ms(h.warm.p50),
    ms(h.warm.p99),
    percent(h.warm.rps / helloWarm.rps),
    '—',
    ratio(h.warm.p50 / helloWarm.p50),
    ratio(h.warm.p99 / helloWarm.p99),
    [h === baseline ? 'baseline' : '', notes(h.warm)].filter(Boolean).join('; '),
  ]);
  for (const r of results)
    for (const e of ENDPOINTS) {
      const w = r.warm[e];
      if (!w) continue;
      warmRows.push([
        label(r, e),
        size(w.bytes),
        count(w.rps),
        ms(w.p50),
        ms(w.p99),
        percent(w.rps / helloWarm.rps),
        percent(w.rps / besideOf(r, e)),
        ratio(w.p50 / helloWarm.p50),
        ratio(w.p99 / helloWarm.p99),
        notes(w),
      ]);
    }
  const coldRows = hellos.map((h) => [
    `hello-world ${h.when}`,
    '—',
    ms(h.cold.p50),
    ms(h.cold.p99),
    '—',
    ratio(h.cold.p50 / helloCold.p50),
    ratio(h.cold.p99 / helloCold.p99),
    h === baseline ? 'baseline' : '',
  ]);
  for (const r of results)
    for (const e of ENDPOINTS) {
      const c = r.cold[e];
      if (!c) continue;
      coldRows.push([
        label(r, e),
        `${c.samples.length}/${c.requested}`,
        ms(c.p50),
        ms(c.p99),
        ms(c.max),
        ratio(c.p50 / helloCold.p50),
        ratio(c.p99 / helloCold.p99),
        [c.failures ? `${c.failures} failed` : '', c.cutShort ?? ''].filter(Boolean).join('; '),
      ]);
    }
  const lengthRows: string[][] = [];
  for (const r of results)
    for (const e of ENDPOINTS) {
      const c = r.cold[e];
      if (!c) continue;
      lengthRows.push([
        label(r, e),
        ...WINDOW_LENGTHS.map(({ label: l }) => `${ms(c.byLength[l].p50)} / ${ms(c.byLength[l].p99)}`),
      ]);
    }
  const naiveRows: string[][] = [];
  for (const r of results)
    for (const e of ENDPOINTS) {
      const n = r.naive[e];
      if (!n) continue;
      naiveRows.push([
        label(r, e),
        String(n.windows),
        ms(n.naiveP50),
        ms(n.statsP50),
        ratio(n.ratio),
        ratio(n.worst),
        n.mismatch ?? 'yes',
      ]);
    }

  const national = results.find((r) => r.spec.name === 'national');
  const targets: Target[] = [];
  if (national) {
    for (const e of ENDPOINTS) {
      const c = national.cold[e];
      if (c) {
        const complete = c.samples.length === c.requested && c.failures === 0;
        targets.push({
          name: `national ${e}: p99 ≤ 50 ms on a cold cache`,
          value: complete ? ms(c.p99) : `${ms(c.p99)} (${c.samples.length} of ${c.requested} answered)`,
          met: complete && c.p99 <= 50,
        });
      }
    }
    for (const e of ENDPOINTS) {
      const n = national.naive[e];
      if (n)
        targets.push({
          name: `national ${e}: ≥ 10× faster than the naive full scan`,
          value: `${ratio(n.ratio)} (worst window ${ratio(n.worst)})`,
          met: n.ratio >= 10 && n.mismatch === null,
        });
    }
  }
  for (const r of results) {
    const w = r.warm.coverage;
    if (w) {
      const share = w.rps / besideOf(r, 'coverage');
      targets.push({
        name: `${r.spec.name} coverage, warm: ≥ 25% of hello-world's requests/s`,
        value: `${percent(share)} of the hello beside (${percent(w.rps / helloWarm.rps)} of the baseline)`,
        met: share >= 0.25 && w.failures === 0 && !w.skipped,
      });
    }
  }

  return [
    '== servers ==',
    startup,
    '',
    '== warm cache: the same request repeated (autocannon) ==',
    table(
      [
        'case',
        'answer',
        'requests/s',
        'p50',
        'p99',
        'rps ÷ hello',
        'rps ÷ hello beside',
        'p50 ÷ hello',
        'p99 ÷ hello',
        'notes',
      ],
      warmRows,
    ),
    '',
    '== cold cache: a new window each request, one at a time ==',
    table(['case', 'answered', 'p50', 'p99', 'max', 'p50 ÷ hello', 'p99 ÷ hello', 'notes'], coldRows),
    '',
    '== cold cache by window length: p50 / p99 ==',
    table(['case', ...WINDOW_LENGTHS.map((l) => l.label)], lengthRows),
    '',
    '== naive full-scan GROUP BY over the same windows (read-only connection, server stopped) ==',
    table(['case', 'windows', 'naive p50', 'stats p50', 'naive ÷ stats', 'worst window', 'figures agree'], naiveRows),
    '',
    `== targets${scale < 1 ? ` (they are set for scale 1; this run is × ${scale})` : ''} ==`,
    targetLines(targets),
  ].join('\n');
}
