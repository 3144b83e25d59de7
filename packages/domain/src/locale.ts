/**
 * Zod's own messages (wrong type, too big…) in Vietnamese. Every module that builds schemas imports this
 * one, except dates and enums: pages use those for their plain functions and values, and their few
 * schemas are only ever used next to schemas of the modules that do import it.
 */
import { z } from 'zod';

z.config(z.locales.vi());

// In the browser, the app's Content Security Policy forbids eval: zod's probe for it (new Function)
// would be refused and reported as a CSP violation at every page load. Without it zod validates the
// same way, only without its compiled fast path, which the server keeps.
if ('document' in globalThis) z.config({ jitless: true });
