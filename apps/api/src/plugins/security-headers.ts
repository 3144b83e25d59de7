/**
 * Security headers on every answer (helmet), with a Content Security Policy that the built web
 * app passes: scripts only from our own origin, no inline scripts, no plugins, no framing.
 * Inline styles stay allowed because Mantine writes style attributes and <style> tags at run time.
 */
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
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

export default fp(
  async function securityHeaders(app: FastifyInstance) {
    await app.register(helmet, {
      contentSecurityPolicy: {
        // Helmet's defaults add upgrade-insecure-requests, which breaks the app when it is served
        // over plain http on a local network (every asset request would be sent to https).
        useDefaults: false,
        directives: CSP_DIRECTIVES,
      },
      frameguard: { action: 'deny' },
      referrerPolicy: { policy: 'same-origin' },
    });
  },
  { name: 'security-headers' },
);
