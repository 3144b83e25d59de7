/**
 * The one way the web app talks to the API: JSON over fetch under `/api/v1`, every failure turned into
 * an `ApiError` (RFC 9457 problem+json from the server, or a Vietnamese message for network faults),
 * and every success checked against the domain's zod schema before a component sees it.
 */
import { type FieldError, PROBLEM_CONTENT_TYPE, ProblemSchema } from '@danvan/domain';
import { messages } from '@/config/messages';

export const API_BASE = '/api/v1';

/** The part of a zod schema the client needs; kept structural so the web app does not depend on zod itself. */
export interface ResponseSchema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: unknown };
}

/** Why the request failed: the server answered with an error, no answer came, or the answer broke the contract. */
export type ApiErrorKind = 'http' | 'network' | 'invalid-response';

interface ApiErrorInit {
  kind: ApiErrorKind;
  status: number;
  title: string;
  detail?: string | undefined;
  type?: string | undefined;
  errors?: FieldError[] | undefined;
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

  constructor(init: ApiErrorInit, options?: ErrorOptions) {
    super(init.detail ?? init.title, options);
    this.kind = init.kind;
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.type = init.type;
    this.errors = init.errors ?? [];
  }
}

export type QueryParams = Record<string, string | number | boolean | undefined>;

export interface RequestOptions<T> {
  schema: ResponseSchema<T>;
  query?: QueryParams;
  signal?: AbortSignal;
}

export function buildUrl(path: string, query?: QueryParams): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

async function request<T>(method: string, path: string, options: RequestOptions<T>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers: { accept: `application/json, ${PROBLEM_CONTENT_TYPE}` },
      credentials: 'same-origin',
      signal: options.signal ?? null,
    });
  } catch (cause) {
    // A cancelled query is not a failure to report; let TanStack Query see the abort as it is.
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ kind: 'network', status: 0, ...messages.errors.network }, { cause });
  }

  // The single place that sees every failed response; a 401 handler (sign-in redirect) belongs here.
  if (!response.ok) throw await problemFromResponse(response);

  const body = await readJson(response);
  const parsed = options.schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError(
      { kind: 'invalid-response', status: response.status, ...messages.errors.invalidResponse },
      { cause: parsed.error },
    );
  }
  return parsed.data;
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
  const fallback = { kind: 'http', status: response.status, title: messageForStatus(response.status) } as const;
  // Proxies and crashed servers answer with HTML or nothing; only JSON can be a problem document.
  if (!/json/.test(response.headers.get('content-type') ?? '')) return new ApiError(fallback);
  const body: unknown = await response.json().catch(() => undefined);
  const problem = ProblemSchema.safeParse(body);
  if (!problem.success) return new ApiError(fallback);
  const { title, detail, type, errors } = problem.data;
  return new ApiError({ ...fallback, title: title || fallback.title, detail, type, errors });
}

/** A Vietnamese sentence for an HTTP status, chosen by us so the page never depends on the server's wording. */
export function messageForStatus(status: number): string {
  return (
    messages.errors.byStatus[status] ?? (status >= 500 ? messages.errors.serverError : messages.errors.clientError)
  );
}

export const apiClient = {
  get: <T>(path: string, options: RequestOptions<T>) => request('GET', path, options),
};
