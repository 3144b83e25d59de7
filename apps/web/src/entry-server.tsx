/**
 * The first view of the dashboards and the home page, rendered on the server (ADR 0014). The API imports this
 * module from the server build (`dist-server/entry-server.js`) and asks it for the HTML of `/`, `/bao-phu` and
 * `/kinh-phi`: the same route
 * tree, loaders, queries and components as the app, with the API's answers fetched in-process for the reader's
 * session. The page is usable at once (figures, tables, drill-down links); takeover.js loads the app, which
 * hydrates the same HTML, on the reader's first action.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { dehydrate, type QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { AppRoot } from '@/app/app-root';
import { createAppRoutes } from '@/app/router';
import { paths } from '@/config/paths';
import { sessionQueryOptions } from '@/features/auth/api/get-session';
import { healthQueryOptions } from '@/features/health/api/get-health';
import { type ApiTransport, setApiTransport } from '@/lib/api-client';
import { defaultPeriodFor, setDefaultPeriod } from '@/lib/period';
import { createQueryClient } from '@/lib/query-client';
import type { ServerData } from '@/lib/server-data';
import { loadMantineStyles } from '@/server/mantine-styles';
import { type BuildFiles, createPageDocument } from '@/server/page-document';

/** The pages the server renders (the home page and the dashboards); every other path gets index.html and the app. */
export const SERVER_RENDERED_PATHS: readonly string[] = [paths.home, paths.coverage, paths.funding];

export interface PageRequest {
  /** The page's address as asked (path and query), e.g. `/bao-phu?from=2021-09-10&to=2022-03-18`. */
  url: string;
  /** How the API answers the page's requests for this reader (in-process, with their session cookie). */
  fetch: ApiTransport;
  /** The request's User-Agent and Sec-CH-UA-Mobile headers: a phone gets the phone layout at once. */
  userAgent?: string | undefined;
  mobileHint?: string | undefined;
}

export type PageRenderer = (request: PageRequest) => Promise<string | null>;

// Each page's requests go through its own reader's transport, even when several pages render at once.
const currentTransport = new AsyncLocalStorage<ApiTransport>();
setApiTransport((url, init) => {
  const transport = currentTransport.getStore();
  if (!transport) return Promise.reject(new Error(`No transport for ${url} outside a server render`));
  return transport(url, init);
});

/**
 * Prepares the page template once; the renderer returns a whole HTML document, or null when the app should
 * serve the page itself: nobody signed in (the app sends them to the login page), a redirect, or any failed
 * request (the app shows the error and its retry button).
 */
export function createPageRenderer(files: BuildFiles): PageRenderer {
  const pageDocument = createPageDocument(files, loadMantineStyles());
  return (request) =>
    currentTransport.run(request.fetch, async () => {
      const queryClient = createQueryClient();
      // A failed request is not retried here: the app will, in the reader's browser.
      queryClient.setDefaultOptions({
        queries: { ...queryClient.getDefaultOptions().queries, retry: false },
      });
      const phone = isPhone(request);
      const html = await renderApp(queryClient, request.url, phone);
      if (html === null) return null;
      const data: ServerData = { state: dehydrate(queryClient), phone };
      return pageDocument({ path: request.url.split('?')[0] ?? '', html, data: jsonInHtml(data) });
    });
}

async function renderApp(queryClient: QueryClient, url: string, phone: boolean): Promise<string | null> {
  // What the signed-in routes' middleware does before any loader: the session, and the demo's default period.
  const [session, health] = await Promise.all([
    queryClient.fetchQuery(sessionQueryOptions()),
    queryClient.fetchQuery(healthQueryOptions()),
  ]);
  if (!session) return null;
  setDefaultPeriod(defaultPeriodFor(health.demo));
  const handler = createStaticHandler(createAppRoutes(queryClient));
  const context = await handler.query(new Request(new URL(url, 'http://server.invalid')));
  if (context instanceof Response || context.errors) return null;
  // The loaders start the page's queries without waiting for them; the page is drawn once all have answered.
  await allSettled(queryClient);
  if (
    queryClient
      .getQueryCache()
      .getAll()
      .some((query) => query.state.status === 'error')
  )
    return null;
  const router = createStaticRouter(handler.dataRoutes, context);
  return renderToString(
    <AppRoot queryClient={queryClient} initialPhone={phone}>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </AppRoot>,
  );
}

function allSettled(queryClient: QueryClient): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (queryClient.isFetching() > 0) return;
      unsubscribe();
      resolve();
    };
    const unsubscribe = queryClient.getQueryCache().subscribe(check);
    check();
  });
}

/** A phone by its own account (Client Hints), or by "Mobi" in its user agent, as browsers' phone UAs all say. */
function isPhone({ userAgent, mobileHint }: PageRequest): boolean {
  if (mobileHint === '?1') return true;
  if (mobileHint === '?0') return false;
  return /Mobi/.test(userAgent ?? '');
}

/** JSON for a `<script type="application/json">`: nothing in it can close the element or open a comment. */
function jsonInHtml(value: ServerData): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
