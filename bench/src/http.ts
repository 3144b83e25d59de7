/** One GET at a time over a kept-alive connection, timed from sending to the last byte of the body. */
import { Agent, request } from 'node:http';

export interface Timed {
  ms: number;
  status: number;
  body: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

export function timedGet(url: string, headers: Record<string, string>, timeoutMs: number): Promise<Timed> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const req = request(url, { agent, headers, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        done({ ms: performance.now() - started, status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
      );
      res.on('error', fail);
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
    req.on('error', fail);
    req.end();
  });
}

/** The p-th percentile (0–100) by nearest rank; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
