// Lint rules, including the one architectural rule that matters most:
// dependencies point ui -> store -> model, and the model stays pure
// TypeScript (no React, no DOM, no zustand, no Node built-ins), so the CLI
// and the tests run it in Node and the browser runs the same code.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const browserOnlyGlobals = [
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'alert',
  'confirm',
  'prompt',
  'HTMLElement',
  'Element',
  'Node',
  'Blob',
  'File',
  'FileReader',
  'URL',
  'requestAnimationFrame',
  'setInterval',
  'BroadcastChannel',
  'Worker',
  'process',
  'require',
  'Buffer',
].map((name) => ({ name, message: 'src/model is pure: no browser, DOM or Node globals (use the io module or pass values in).' }));

const uiPackages = ['react', 'react-dom', 'react-dom/*', '@xyflow/react', 'zustand', 'zustand/*', 'zundo', '@resvg/resvg-js'];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-cli/**', 'node_modules/**', 'test-results/**', 'bench/out/**', 'catalogue/*.schema.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: uiPackages
            .filter((p) => !p.includes('*'))
            .map((name) => ({ name, message: 'src/model must not depend on UI, DOM or store packages.' })),
          patterns: [
            { group: ['react-dom/*', 'zustand/*', '@xyflow/*'], message: 'src/model must not depend on UI, DOM or store packages.' },
            { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'src/model runs in the browser too: no Node built-ins.' },
            {
              group: ['**/store/**', '**/ui/**', '**/io/**', '**/cli/**'],
              message: 'Dependencies point ui -> store -> model, never back.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...browserOnlyGlobals],
    },
  },
  {
    // The store holds state and derives from the model: no React (components
    // subscribe to it, not the other way round), no UI, and no IO (storage,
    // downloads and files are the io module's, called from ui/commands.ts).
    files: ['src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', '@xyflow/react', 'html-to-image'].map((name) => ({
            name,
            message: 'The store does not depend on React or the UI.',
          })),
          patterns: [
            { group: ['**/ui/**', 'react-dom/*', 'react/*', '@xyflow/*'], message: 'The store does not depend on React or the UI.' },
            {
              group: ['**/io/**', '**/cli/**', 'node:*', 'fs', 'path', 'os', 'child_process'],
              message: 'The store does no IO: the io module and the commands do.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/io/**/*.ts', 'src/main.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // User text is always rendered as text.
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render user text as text, never as HTML.' },
      ],
      // React Flow's selection listener is unmounted on large canvases (src/ui/canvas/selection-listener.ts).
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@xyflow/react',
              importNames: ['useOnSelectionChange'],
              message: 'The selection is the session store’s; React Flow’s selection listener is unmounted (selection-listener.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src/cli/**/*.ts',
      'scripts/**/*.{ts,mjs}',
      'test/**/*.ts',
      'bench/**/*.ts',
      'vite.config.ts',
      'playwright.config.ts',
      'bin/**/*.mjs',
      'eslint.config.js',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
);
