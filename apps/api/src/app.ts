/**
 * Builds the application: external plugins, then the app's own plugins, then the routes under
 * /api/v1, then the web app. `server.ts` only starts it.
 */
import { dirname } from 'node:path';
import Fastify, { type FastifySchema, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { DatabaseHandle } from './db/client.js';
import auth, { type Access } from './plugins/auth.js';
import database from './plugins/database.js';
import draining from './plugins/draining.js';
import openapi from './plugins/openapi.js';
import problems, { frameworkErrorProblem } from './plugins/problems.js';
import securityHeaders from './plugins/security-headers.js';
import stats from './plugins/stats.js';
import webApp from './plugins/web-app.js';
import v1Routes from './routes/v1.js';

export interface RegisteredRoute {
  method: string;
  url: string;
  /** False for routes hidden from the OpenAPI document (the document itself, the docs UI). */
  documented: boolean;
  /** Who may call it (config.access; admin when absent), as it stands after every onRoute hook. */
  readonly access: Access;
  /** The route's schemas (zod) as declared: the fuzz tests generate requests from them. */
  readonly schema: FastifySchema | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    registeredRoutes: RegisteredRoute[];
    /** The data folder: the database's, and the photos' under `photos/`. */
    dataDir: string;
  }
}

export interface BuildOptions {
  /**
   * Only `webDist` is required; the rest has the defaults of `loadConfig`, except `dataDir`, which
   * is the database file's folder when absent.
   */
  config: Pick<Config, 'webDist'> & Partial<Pick<Config, 'trustProxy' | 'sessionHours' | 'dataDir'>>;
  handle: DatabaseHandle;
  /** Close the database when the app closes (the server does; tests that share a handle don't). */
  closeDatabase?: boolean;
  logger?: FastifyServerOptions['logger'];
}

/** The data folder the options name, or the database file's. */
function dataDirOf(options: BuildOptions): string {
  if (options.config.dataDir) return options.config.dataDir;
  const file = options.handle.sqlite.name;
  if (!file || file === ':memory:') throw new Error('buildApp: config.dataDir is required for an in-memory database');
  return dirname(file);
}

export async function buildApp(options: BuildOptions) {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
    // A path the router cannot take (bad percent-encoding, a parameter too long) is a problem too.
    frameworkErrors: frameworkErrorProblem,
    // The draining plugin refuses requests that arrive during shutdown, as problems.
    return503OnClosing: false,
    // Behind a trusted proxy, request.ip and request.protocol come from X-Forwarded-For/-Proto.
    trustProxy: options.config.trustProxy ?? false,
  }).withTypeProvider<ZodTypeProvider>();
  // Every route as registered: the OpenAPI and authorisation tests walk this list.
  const routes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', routes);
  app.decorate('dataDir', dataDirOf(options));
  app.addHook('onRoute', (r) => {
    const methods = Array.isArray(r.method) ? r.method : [r.method];
    for (const method of methods) {
      if (method !== 'HEAD') {
        // Read late: hooks that run after this one (the docs, the web app's files) set the access.
        routes.push({
          method,
          url: r.url,
          documented: !r.schema?.hide,
          get access() {
            return r.config?.access ?? 'admin';
          },
          get schema() {
            return r.schema;
          },
        });
      }
    }
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(problems);
  await app.register(draining);
  await app.register(database, { handle: options.handle, closeOnShutdown: options.closeDatabase ?? false });
  await app.register(stats);
  await app.register(securityHeaders);
  await app.register(auth, { sessionHours: options.config.sessionHours ?? 12 });

  await app.register(openapi);
  await app.register(v1Routes, { prefix: '/api/v1' });

  await app.register(webApp, { root: options.config.webDist });
  return app;
}
