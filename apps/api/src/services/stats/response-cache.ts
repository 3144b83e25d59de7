/**
 * Serialized figures, ready to send: a small LRU keyed by route, canonical query, the unit a
 * reader is confined to and the roll-ups' version. A new version empties it, since no entry of an
 * older one can be served again. An answer is kept as the bytes to write, with its ETag.
 */
import { createHash } from 'node:crypto';

export interface Answer {
  /** The JSON, UTF-8 encoded once. */
  body: Buffer;
  /** A strong ETag: a hash of the body. */
  etag: string;
}

export function answerOf(json: string): Answer {
  const body = Buffer.from(json);
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

export class ResponseCache {
  private readonly entries = new Map<string, Answer>();
  private version = -1;
  private bytes = 0;

  constructor(
    private readonly maxEntries = 1000,
    private readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  get(version: number, key: string): Answer | undefined {
    if (version !== this.version) {
      this.clear();
      this.version = version;
      return undefined;
    }
    const body = this.entries.get(key);
    if (body !== undefined) {
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, body);
    }
    return body;
  }

  set(version: number, key: string, answer: Answer): void {
    if (version !== this.version) {
      this.clear();
      this.version = version;
    }
    if (answer.body.length > this.maxBytes / 4) return;
    this.entries.set(key, answer);
    this.bytes += answer.body.length;
    for (const [oldest, old] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= old.body.length;
    }
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }
}

/** A query as a cache key: its parameters in name order, undefined ones left out. */
export function canonicalQuery(q: Record<string, unknown>): string {
  return Object.keys(q)
    .filter((k) => q[k] !== undefined)
    .sort()
    .map((k) => `${k}=${encodeURIComponent(String(q[k]))}`)
    .join('&');
}
