/**
 * Serves the built web app (apps/web/dist) on the API's port: files as they are, and index.html
 * for any other GET outside /api so that the client-side router can take deep links.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { notFoundProblem } from './problems.js';

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
    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0] ?? '';
      if ((request.method === 'GET' || request.method === 'HEAD') && !path.startsWith('/api')) {
        return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').sendFile('index.html');
      }
      return notFoundProblem(request, reply);
    });
  },
  { name: 'web-app', dependencies: ['problems'] },
);
