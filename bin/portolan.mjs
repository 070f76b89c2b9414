#!/usr/bin/env node
// Runs the bundled CLI (dist-cli/portolan.mjs, built by `npm run build`
// and `prepare`). In a checkout (src/ is here) it first rebuilds the bundle
// when a source is newer, with esbuild from the dev dependencies: about a
// second, once per change, and the CLI never runs stale code.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const checkout = existsSync(fileURLToPath(new URL('../src/cli/main.ts', import.meta.url)));
if (checkout) {
  const { buildCli, isStale } = await import('../scripts/build-cli.mjs');
  if (isStale()) await buildCli();
}
await import('../dist-cli/portolan.mjs');
