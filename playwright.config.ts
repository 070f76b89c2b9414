import { defineConfig } from '@playwright/test';

// Browser tests run Debian's Chromium against the production build served on
// 127.0.0.1. No browser is downloaded. PORTOLAN_E2E_PORT lets two checkouts
// test side by side without one reusing the other's server.
const PORT = Number(process.env.PORTOLAN_E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'test/e2e',
  // The longest tests without a limit of their own took 10–15 s here (a second tab, a custom
  // component): on a machine half as fast, 30 s would fail them for slowness alone.
  timeout: 60_000,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  outputDir: 'test-results/e2e',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: `npm run build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
