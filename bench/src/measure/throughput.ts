/** Warm-cache throughput: the same request over and over with autocannon, after a short warm-up. */
import autocannon from 'autocannon';
import { timedGet } from '../http.js';

export interface Throughput {
  rps: number;
  p50: number;
  p99: number;
  /** Answers other than 2xx, connection errors and timeouts. */
  failures: number;
  requests: number;
  /** Bytes of one answer's body. */
  bytes: number;
  /** Why no load was run (a single answer too slow for a load test to mean anything). */
  skipped?: string;
}

/** Above this, one request at a time already shows the answer; 50 at once would only queue. */
const SLOW_MS = 2000;

export async function throughput(
  url: string,
  headers: Record<string, string>,
  connections: number,
  duration: number,
): Promise<Throughput> {
  const probe = await timedGet(url, headers, 10 * 60_000);
  if (probe.status !== 200) throw new Error(`${url}: HTTP ${probe.status} ${probe.body.slice(0, 300)}`);
  const again = await timedGet(url, headers, 10 * 60_000);
  if (again.ms > SLOW_MS) {
    return {
      rps: 1000 / again.ms,
      p50: again.ms,
      p99: again.ms,
      failures: 0,
      requests: 2,
      bytes: Buffer.byteLength(again.body),
      skipped: `one repeated request took ${(again.ms / 1000).toFixed(1)} s: no load test`,
    };
  }
  // Warm-up: fills the server's cache for this request and lets V8 optimise the path.
  await autocannon({ url, headers, connections: Math.min(connections, 10), amount: 100, timeout: 60 });
  const r = await autocannon({ url, headers, connections, duration, timeout: 60 });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    failures: r.non2xx + r.errors,
    requests: r['2xx'],
    bytes: Buffer.byteLength(again.body),
  };
}
