import { defineConfig, devices } from '@playwright/test';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// E2E_PORT and E2E_API_PORT let two checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4173);
/** The real HTTP server of API mode: the same build, no MSW (scripts/e2e-api-server.ts). */
const apiPort = Number(process.env.E2E_API_PORT ?? 4175);
const apiModeSpec = /api-mode\.spec\.ts$/;

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  // Each page loads every snapshot for its trend once it has painted: on a shared 2-core machine
  // a test with several page loads needs room. Tests assert no wall-clock times.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Recording a trace for every test took the suite from 4 to 6 minutes on this 2-core machine,
    // and CI keeps only the printed output. A failure prints its error and call log; to see the
    // steps too, run that test again with `--trace on` and open the trace (`npx playwright show-trace`).
    trace: 'off',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--disable-dev-shm-usage',
      ],
    },
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: apiModeSpec,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } },
    },
    {
      name: 'api-mode',
      testMatch: apiModeSpec,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 900 },
        baseURL: `http://127.0.0.1:${apiPort}`,
      },
    },
  ],
  // Playwright starts these one after the other, each only once the one before answers its
  // url, so the build in the first is done before the second starts. The API server also
  // answers 503 until dist/index.html exists, so it is safe when the first is reused.
  webServer: [
    {
      name: 'demo',
      // The production build, on the demo data served by MSW in the browser.
      command: `npx vite build --logLevel warn && npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      name: 'api',
      // The same build from a real HTTP server, in API mode: contract JSON, errors, delays.
      // node --import tsx runs it as one process, so the shutdown signal reaches it.
      command: `node --import tsx scripts/e2e-api-server.ts --port ${apiPort} --dist dist`,
      url: `http://127.0.0.1:${apiPort}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 3_000 },
    },
  ],
});
