import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
// Not 'react-router/dom': under Node 20 its CommonJS build loads a second copy of react-router (ESM),
// whose contexts the app's hooks cannot see. The DOM provider only adds flushSync, which tests do not need.
import { createMemoryRouter, type RouteObject, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { cssVariablesResolver, theme } from '@/config/theme';
import { queryConfig } from '@/lib/query-client';

/** The app's query defaults, without retries or caching between tests. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { ...queryConfig.defaultOptions.queries, retry: false, gcTime: Number.POSITIVE_INFINITY },
    },
  });
}

export interface RenderOptions {
  url?: string;
  queryClient?: QueryClient;
}

/** Renders routes in a memory router with the app's providers; `url` may carry `?from=&to=`. */
export function renderRoutes(
  routes: RouteObject[],
  { url = '/', queryClient = createTestQueryClient() }: RenderOptions = {},
) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const result = render(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>,
  );
  return { ...result, router, queryClient };
}

/** Renders one element at `url`, for components that read the URL. */
export function renderWithProviders(ui: ReactElement, options: RenderOptions = {}) {
  return renderRoutes([{ path: '*', element: ui }], options);
}

/** `body` is sent as JSON; `text`, when given, is sent as it is (an answer that is not JSON at all). */
type Reply =
  | { status?: number; body?: unknown; text?: string; contentType?: string; headers?: Record<string, string> }
  | Error;

/** What the app sent, for tests that check methods, headers and bodies. */
export interface RecordedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

/**
 * Stubs `fetch` with answers by path prefix (`/api/v1/health`, `/api/v1/stats/coverage`); each path's replies
 * are used in turn, the last one repeating. `calls` lists the URLs; `requests` also has method, headers and body.
 */
export function mockFetch(replies: Record<string, Reply[]>) {
  const calls: string[] = [];
  const requests: RecordedRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push(url);
    requests.push({
      url,
      method: init?.method ?? 'GET',
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    });
    const key = Object.keys(replies)
      .filter((prefix) => url.startsWith(prefix))
      .sort((a, b) => b.length - a.length)[0];
    const queue = key ? replies[key] : undefined;
    if (!queue || queue.length === 0) throw new Error(`Unexpected fetch in test: ${url}`);
    const reply = queue.length > 1 ? queue.shift()! : queue[0]!;
    if (reply instanceof Error) throw reply;
    const status = reply.status ?? 200;
    const headers = { 'content-type': reply.contentType ?? 'application/json', ...reply.headers };
    if (reply.text !== undefined) return new Response(reply.text, { status, headers });
    const noBody = status === 204 || reply.body === undefined;
    return new Response(noBody ? null : JSON.stringify(reply.body), { status, headers });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, calls, requests };
}
