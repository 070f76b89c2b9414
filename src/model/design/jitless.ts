/**
 * zod builds each object schema's fast parser with `new Function` when it
 * may, and probes whether it may when the schema is created. The editor's
 * Content Security Policy forbids eval, so the probe logged a CSP error on
 * every page load. Jitless parsing never probes. This must run before any
 * schema is created: src/main.tsx imports it, then the editor dynamically.
 */
import { z } from 'zod/mini';

z.config({ jitless: true });
