import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vitest/config';

// The built app talks to nothing but its own origin. The policy is added to
// the production page only: the dev server's hot reload needs inline scripts.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

const contentSecurityPolicy = (): Plugin => ({
  name: 'portolan-csp',
  apply: 'build',
  transformIndexHtml: () => [
    { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
  ],
});

// The editor's build carries the catalogue without what only the tests and the
// CLI read: citation quotes (tests compare the catalogue with its documents
// through them) and product-level gap notes (`portolan catalogue` lists them).
// Both are optional in the schema, which still validates the catalogue when the
// editor loads it. About 4.5 KB gzipped off the initial bundle (see bench/).
const catalogueForEditor = (): Plugin => ({
  name: 'portolan-catalogue-for-editor',
  apply: 'build',
  enforce: 'pre',
  transform(code, id) {
    if (!/[\\/]catalogue[\\/][^\\/]+\.json$/.test(id) || id.endsWith('.schema.json') || id.endsWith('documents.json')) return undefined;
    const file = JSON.parse(code) as Record<string, unknown>;
    const trimmed = JSON.stringify({ ...file, gaps: [] }, (key, value: unknown) =>
      value && typeof value === 'object' && 'doc' in value && 'quote' in value ? { ...value, quote: undefined } : value,
    );
    return { code: trimmed, map: null };
  },
});

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), catalogueForEditor()],
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1200 },
  worker: { format: 'es' },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
