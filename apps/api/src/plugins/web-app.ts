/**
 * Serves the built web app (apps/web/dist) on the API's port: files as they are, and index.html
 * for any other GET outside /api so that the client-side router can take deep links.
 *
 * The home page and the dashboards are rendered here first (ADR 0014) when the web app's server build sits next to its client
 * build (apps/web/dist-server): the page's figures arrive in its HTML, asked of this API in-process with the
 * reader's session, and the app takes the page over on the reader's first action.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, gzip, constants as zlibConstants } from 'node:zlib';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { notFoundProblem } from './problems.js';

/** What apps/web/src/entry-server.tsx exports (the web app's server build). */
interface ServerEntry {
  SERVER_RENDERED_PATHS: readonly string[];
  createPageRenderer(files: {
    indexHtml: string;
    routePreloads: Record<string, readonly string[]>;
    readAsset: (file: string) => string;
  }): (request: {
    url: string;
    fetch: (url: string, init: RequestInit) => Promise<Response>;
    userAgent?: string | undefined;
    mobileHint?: string | undefined;
  }) => Promise<string | null>;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
/** Quality 5: a dashboard's 150 KB of HTML shrinks to about a tenth in a couple of milliseconds. */
const BROTLI_OPTIONS = { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } };
/** Statuses whose Response may carry no body. */
const NULL_BODY = new Set([101, 204, 205, 304]);

export default fp(
  async function webApp(app: FastifyInstance, options: { root: string }) {
    const hasBuild = existsSync(resolve(options.root, 'index.html'));
    if (!hasBuild) {
      app.log.warn({ root: options.root }, 'web app not built: run `pnpm build` to serve it');
      app.setNotFoundHandler(notFoundProblem);
      return;
    }
    // The app's files are public (the login page is one of them); its data is behind /api.
    app.addHook('onRoute', (route) => {
      if (!route.url.startsWith('/api')) route.config = { access: 'public', ...route.config };
    });
    await app.register(fastifyStatic, {
      root: options.root,
      wildcard: false,
      index: false,
      cacheControl: false,
      // The web build writes .br and .gz copies of its text files (apps/web/scripts/precompress.mjs): a phone
      // gets the dashboard's JavaScript at a third of its size, and the server does not compress per request.
      preCompressed: true,
      // Hashed assets never change; index.html must always be fetched anew.
      setHeaders(res, path) {
        res.setHeader('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    const sendIndex = (reply: FastifyReply) =>
      reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').sendFile('index.html');

    await serverRenderedPages(app, options.root, sendIndex);

    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0] ?? '';
      if ((request.method === 'GET' || request.method === 'HEAD') && !path.startsWith('/api')) {
        return sendIndex(reply);
      }
      return notFoundProblem(request, reply);
    });
  },
  { name: 'web-app', dependencies: ['problems'] },
);

/** The routes of the pages the web app's server build renders; nothing when there is no server build. */
async function serverRenderedPages(
  app: FastifyInstance,
  root: string,
  sendIndex: (reply: FastifyReply) => FastifyReply,
): Promise<void> {
  const entryFile = resolve(root, '..', 'dist-server', 'entry-server.js');
  const preloadsFile = resolve(root, 'route-preloads.json');
  if (!existsSync(entryFile) || !existsSync(preloadsFile)) {
    app.log.warn({ entryFile }, 'no server build of the web app: every page is drawn in the browser');
    return;
  }
  const entry = (await import(pathToFileURL(entryFile).href)) as ServerEntry;
  const render = entry.createPageRenderer({
    indexHtml: readFileSync(resolve(root, 'index.html'), 'utf8'),
    routePreloads: JSON.parse(readFileSync(preloadsFile, 'utf8')),
    readAsset: (file) => readFileSync(resolve(root, file), 'utf8'),
  });

  /** The page's API requests, answered by this server in-process, as the reader (their cookie, nothing else). */
  const inProcessFetch =
    (request: FastifyRequest) =>
    async (url: string, init: RequestInit): Promise<Response> => {
      const answer = await app.inject({
        method: (init.method ?? 'GET') as 'GET',
        url,
        headers: {
          ...(init.headers as Record<string, string>),
          // Always named, even empty: the request is the reader's and nobody else's.
          cookie: request.headers.cookie ?? '',
          'user-agent': request.headers['user-agent'] ?? '',
        },
        remoteAddress: request.ip,
      });
      const contentType = answer.headers['content-type'];
      return new Response(NULL_BODY.has(answer.statusCode) ? null : answer.rawPayload, {
        status: answer.statusCode,
        headers: typeof contentType === 'string' ? { 'content-type': contentType } : {},
      });
    };

  for (const path of entry.SERVER_RENDERED_PATHS) {
    app.get(path, async (request, reply) => {
      let html: string | null = null;
      try {
        html = await render({
          url: request.url,
          fetch: inProcessFetch(request),
          userAgent: request.headers['user-agent'],
          mobileHint: headerValue(request.headers['sec-ch-ua-mobile']),
        });
      } catch (error) {
        // The app draws the page itself, as it does everywhere else; the fault is for the log.
        request.log.error({ err: error, url: request.url }, 'server render of a page failed');
      }
      if (html === null) return sendIndex(reply);
      // The page holds this reader's figures: never cached, nor shared.
      reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').header('vary', 'accept-encoding');
      const accepts = headerValue(request.headers['accept-encoding']) ?? '';
      if (/\bbr\b/.test(accepts))
        return reply.header('content-encoding', 'br').send(await brotli(html, BROTLI_OPTIONS));
      if (/\bgzip\b/.test(accepts)) return reply.header('content-encoding', 'gzip').send(await gzipAsync(html));
      return reply.send(html);
    });
  }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
