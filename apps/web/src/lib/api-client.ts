/**
 * The one way the web app talks to the API: JSON over fetch under `/api/v1`, every failure turned into
 * an `ApiError` (RFC 9457 problem+json from the server, or a Vietnamese message for network faults).
 *
 * Answers are typed with the domain's types, not parsed again here: the API checks every answer against
 * the same domain schema before sending it (ADR 0013), so the pages carry no validation library.
 *
 * The session is a cookie the browser sends by itself; what the client adds is the CSRF token on every
 * write, and one hook for a 401 on any request (the app registers it with `configureApiClient`).
 */
import { type FieldError, PROBLEM_CONTENT_TYPE, type Problem } from '@danvan/domain';
import { messages } from '@/config/messages';

export const API_BASE = '/api/v1';

/** Why the request failed: the server answered with an error, no answer came, or the answer broke the contract. */
export type ApiErrorKind = 'http' | 'network' | 'invalid-response';

interface ApiErrorInit {
  kind: ApiErrorKind;
  status: number;
  title: string;
  detail?: string | undefined;
  type?: string | undefined;
  errors?: FieldError[] | undefined;
  retryAfterSeconds?: number | undefined;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  /** HTTP status; 0 when no response arrived. */
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly type: string | undefined;
  readonly errors: FieldError[];
  /** From a 429's or 503's Retry-After header: how long the server asks us to wait, in seconds. */
  readonly retryAfterSeconds: number | undefined;

  constructor(init: ApiErrorInit, options?: ErrorOptions) {
    super(init.detail ?? init.title, options);
    this.kind = init.kind;
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.type = init.type;
    this.errors = init.errors ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

export type QueryParams = Record<string, string | number | boolean | undefined>;

export interface RequestOptions {
  query?: QueryParams;
  signal?: AbortSignal;
  /**
   * Leave a 401 to the caller instead of the app-wide handler: for the requests whose 401 is an
   * ordinary answer (wrong password at sign-in, "not signed in" when asking who is).
   */
  skipUnauthorizedHandler?: boolean;
}

export interface WriteOptions extends RequestOptions {
  /** Sent as JSON, or as multipart/form-data when it is a FormData. */
  body?: unknown;
  /** Extra request headers, e.g. `if-match` with the version an update or delete expects. */
  headers?: Record<string, string>;
}

/** The `if-match` header for a record read at `version`: the API's ETag is the version in quotes. */
export function ifMatch(version: number): Record<string, string> {
  return { 'if-match': `"${version}"` };
}

export interface ApiClientConfig {
  /** The current session's CSRF token, sent as `x-csrf-token` with every request that is not a read. */
  getCsrfToken?: () => string | undefined;
  /** Called once for every 401 (session missing or expired), before the request's promise rejects. */
  onUnauthorized?: (error: ApiError) => void;
}

let config: ApiClientConfig = {};

/** How a request reaches the API: the browser's fetch, or, when a dashboard is rendered on the server, the API itself. */
export type ApiTransport = (url: string, init: RequestInit) => Promise<Response>;

let transport: ApiTransport = (url, init) => fetch(url, init);

/** Replaces the transport: the server render's entry does, once, when it is loaded. */
export function setApiTransport(next: ApiTransport): void {
  transport = next;
}

/** Installs the app's session hooks; returns a function that removes them again. */
export function configureApiClient(next: ApiClientConfig): () => void {
  config = next;
  return () => {
    if (config === next) config = {};
  };
}

const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function buildUrl(path: string, query?: QueryParams): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

function requestHeaders(method: string, hasBody: boolean): Record<string, string> {
  const headers: Record<string, string> = { accept: `application/json, ${PROBLEM_CONTENT_TYPE}` };
  if (hasBody) headers['content-type'] = 'application/json';
  if (!SAFE_METHODS.has(method)) {
    const token = config.getCsrfToken?.();
    if (token) headers[CSRF_HEADER] = token;
  }
  return headers;
}

async function request<T>(method: string, path: string, options: WriteOptions): Promise<T> {
  const hasBody = options.body !== undefined;
  // A FormData body goes as multipart/form-data; the browser writes that content type with its boundary.
  const formBody = options.body instanceof FormData ? options.body : undefined;
  let response: Response;
  try {
    response = await transport(buildUrl(path, options.query), {
      method,
      headers: { ...options.headers, ...requestHeaders(method, hasBody && !formBody) },
      credentials: 'same-origin',
      signal: options.signal ?? null,
      ...(hasBody ? { body: formBody ?? JSON.stringify(options.body) } : {}),
    });
  } catch (cause) {
    // A cancelled query is not a failure to report; let TanStack Query see the abort as it is.
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ kind: 'network', status: 0, ...messages.errors.network }, { cause });
  }

  // The single place that sees every failed response, and so the one place that reacts to a lost session.
  if (!response.ok) {
    const error = await problemFromResponse(response);
    if (error.status === 401 && !options.skipUnauthorizedHandler) config.onUnauthorized?.(error);
    throw error;
  }

  // The caller names the answer's type (a domain type); a 204 has no body, and its callers expect none.
  return (response.status === 204 ? undefined : await readJson(response)) as T;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch (cause) {
    throw new ApiError(
      { kind: 'invalid-response', status: response.status, ...messages.errors.invalidResponse },
      { cause },
    );
  }
}

async function problemFromResponse(response: Response): Promise<ApiError> {
  const fallback = {
    kind: 'http',
    status: response.status,
    title: messageForStatus(response.status),
    retryAfterSeconds: parseRetryAfter(response.headers.get('retry-after')),
  } as const;
  // Proxies and crashed servers answer with HTML or nothing; only JSON can be a problem document.
  if (!/json/.test(response.headers.get('content-type') ?? '')) return new ApiError(fallback);
  const body: unknown = await response.json().catch(() => undefined);
  if (!isProblem(body)) return new ApiError(fallback);
  const { title, detail, type, errors } = body;
  return new ApiError({ ...fallback, title: title || fallback.title, detail, type, errors });
}

/** The parts of a problem document the app shows; anything else in the body is ignored. */
function isProblem(body: unknown): body is Pick<Problem, 'title' | 'type' | 'detail' | 'errors'> {
  if (typeof body !== 'object' || body === null) return false;
  const { title, type, detail, errors } = body as Record<string, unknown>;
  return (
    typeof title === 'string' &&
    typeof type === 'string' &&
    (detail === undefined || typeof detail === 'string') &&
    (errors === undefined ||
      (Array.isArray(errors) && errors.every((e) => typeof e?.path === 'string' && typeof e?.message === 'string')))
  );
}

/** Retry-After is either a number of seconds or an HTTP date; anything else is ignored. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** A Vietnamese sentence for an HTTP status, chosen by us so the page never depends on the server's wording. */
export function messageForStatus(status: number): string {
  return (
    messages.errors.byStatus[status] ?? (status >= 500 ? messages.errors.serverError : messages.errors.clientError)
  );
}

/** `T` is the answer's domain type; without one, no body is expected (a 204). */
export const apiClient = {
  get: <T = undefined>(path: string, options: RequestOptions = {}) => request<T>('GET', path, options),
  post: <T = undefined>(path: string, options: WriteOptions = {}) => request<T>('POST', path, options),
  put: <T = undefined>(path: string, options: WriteOptions = {}) => request<T>('PUT', path, options),
  patch: <T = undefined>(path: string, options: WriteOptions = {}) => request<T>('PATCH', path, options),
  delete: <T = undefined>(path: string, options: WriteOptions = {}) => request<T>('DELETE', path, options),
};
