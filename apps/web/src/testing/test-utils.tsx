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

type Reply = { status?: number; body: unknown; contentType?: string } | Error;

/** Stubs `fetch` with answers by path prefix (`/api/v1/health`, `/api/v1/stats/coverage`); each path's replies are used in turn, the last one repeating. */
export function mockFetch(replies: Record<string, Reply[]>) {
  const calls: string[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push(url);
    const key = Object.keys(replies).find((prefix) => url.startsWith(prefix));
    const queue = key ? replies[key] : undefined;
    if (!queue || queue.length === 0) throw new Error(`Unexpected fetch in test: ${url}`);
    const reply = queue.length > 1 ? queue.shift()! : queue[0]!;
    if (reply instanceof Error) throw reply;
    return new Response(JSON.stringify(reply.body), {
      status: reply.status ?? 200,
      headers: { 'content-type': reply.contentType ?? 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, calls };
}
