/**
 * Security headers on every answer (helmet), with a Content Security Policy that the built web
 * app passes: scripts only from our own origin, no inline scripts, no plugins, no framing.
 * Inline styles stay allowed because Mantine writes style attributes and <style> tags at run time.
 */
import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'connect-src': ["'self'"],
  'font-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

const HELMET_OPTIONS: FastifyHelmetOptions = {
  contentSecurityPolicy: {
    // Helmet's defaults add upgrade-insecure-requests, which breaks the app when it is served
    // over plain http on a local network (every asset request would be sent to https).
    useDefaults: false,
    directives: CSP_DIRECTIVES,
  },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'same-origin' },
};

/**
 * The headers helmet sets with our options. They are the same on every answer, but
 * `@fastify/helmet` builds its middleware (options, CSP string) again for each request; so it
 * answers one request of a throwaway instance at start-up, and the plugin copies what it set.
 */
export async function helmetHeaders(): Promise<Record<string, string>> {
  const probe = Fastify({ logger: false });
  try {
    await probe.register(helmet, HELMET_OPTIONS);
    probe.get('/', async (_request, reply) => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(reply.raw.getHeaders())) headers[name] = String(value);
      return headers;
    });
    const res = await probe.inject({ url: '/' });
    return res.json<Record<string, string>>();
  } finally {
    await probe.close();
  }
}

export default fp(
  async function securityHeaders(app: FastifyInstance) {
    const headers = Object.entries(await helmetHeaders());
    if (!headers.some(([name]) => name === 'content-security-policy')) {
      throw new Error('helmet set no Content-Security-Policy');
    }
    // Set on the raw response, as helmet does: a route's own reply.header() still wins.
    app.addHook('onRequest', (_request, reply, done) => {
      const raw = reply.raw;
      for (const [name, value] of headers) raw.setHeader(name, value);
      done();
    });
  },
  { name: 'security-headers' },
);
