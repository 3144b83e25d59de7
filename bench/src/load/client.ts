/** The load run's own calls to the API (setup, the editors, the final checks), each with a time limit. */
import { Agent, request } from 'node:http';

/** Who calls: an API token, or the admin's browser session (cookie, and its CSRF token for writes). */
export type Credentials = { token: string } | { cookie: string; csrf: string };

export interface Answer<T = unknown> {
  status: number;
  /** The version in the answer's ETag, or null. */
  version: number | null;
  body: T;
}

export function authHeaders(who: Credentials, write: boolean): Record<string, string> {
  if ('token' in who) return { authorization: `Bearer ${who.token}` };
  return write ? { cookie: who.cookie, 'x-csrf-token': who.csrf } : { cookie: who.cookie };
}

/** The version in an ETag such as `"12"` (or `W/"12"`), or null. */
export function versionOf(etag: string | null | undefined): number | null {
  const match = /^(?:W\/)?"(\d+)"$/.exec(etag ?? '');
  return match ? Number(match[1]) : null;
}

export class Api {
  /**
   * Kept-alive connections, one per concurrent caller, that the run opens before the load: a new
   * connection into a busy server waits to be accepted (see Mix.phase).
   */
  private readonly agent: Agent;

  constructor(
    readonly base: string,
    private readonly timeoutMs: number,
    sockets = 64,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: sockets });
  }

  /** One call; throws only when no answer came (connection refused or dropped, time limit). */
  call<T = unknown>(
    method: 'GET' | 'POST' | 'PATCH',
    path: string,
    who: Credentials | null,
    options: { body?: unknown; ifMatch?: number } = {},
  ): Promise<Answer<T>> {
    const write = method !== 'GET';
    const headers: Record<string, string> = who ? authHeaders(who, write) : {};
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (options.ifMatch !== undefined) headers['if-match'] = `"${options.ifMatch}"`;
    return new Promise((done, fail) => {
      const req = request(`${this.base}/api/v1${path}`, { method, headers, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', fail);
        res.on('end', () => {
          clearTimeout(timer);
          const text = Buffer.concat(chunks).toString();
          const json = res.headers['content-type']?.includes('json');
          done({
            status: res.statusCode ?? 0,
            version: versionOf(res.headers.etag),
            body: (json && text ? JSON.parse(text) : text) as T,
          });
        });
      });
      const timer = setTimeout(
        () => req.destroy(new Error(`no answer within ${this.timeoutMs / 1000} s`)),
        this.timeoutMs,
      );
      req.on('error', (error) => {
        clearTimeout(timer);
        fail(error);
      });
      req.end(body);
    });
  }

  /** Closes the kept-alive connections. */
  close(): void {
    this.agent.destroy();
  }

  /** A call that must answer `expected`; anything else stops the run with the answer in the message. */
  async expect<T = unknown>(
    expected: number,
    method: 'GET' | 'POST' | 'PATCH',
    path: string,
    who: Credentials | null,
    options: { body?: unknown; ifMatch?: number } = {},
  ): Promise<Answer<T>> {
    const answer = await this.call<T>(method, path, who, options);
    if (answer.status !== expected) {
      const detail = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
      throw new Error(`${method} ${path}: HTTP ${answer.status} (expected ${expected}) ${detail.slice(0, 300)}`);
    }
    return answer;
  }
}
