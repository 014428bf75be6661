/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { cspPlugin } from './scripts/vite-csp-plugin.ts';

// Tests of modules that touch no DOM. A file here that needs one fails outright (no window,
// document or DOMParser in Node), so it cannot pass by accident: move it to the dom project.
const nodeTests = [
  'src/domain/**/*.test.ts',
  'src/contract/**/*.test.ts',
  'src/components/**/*.test.ts',
  'src/importers/csv/**/*.test.ts',
  'src/importers/read-file-text.test.ts',
  'src/importers/csww/census-worker.test.ts',
  'src/mocks/demo/**/*.test.ts',
  'src/mocks/national/**/*.test.ts',
  'src/mocks/handlers/**/*.test.ts',
  'src/lib/demo-overrides.test.ts',
  'src/lib/runtime-config.test.ts',
  'src/lib/view-search.test.ts',
  'src/features/data-import/check-status.test.ts',
  'src/features/data-import/problem-report.test.ts',
  'src/app/resolve-view.test.ts',
  'scripts/**/*.test.ts',
];

export default defineConfig({
  plugins: [react(), cspPlugin()],
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  test: {
    globals: true,
    css: false,
    restoreMocks: true,
    // Whole-app component tests share two cores with other work in CI: allow headroom, assert no times.
    testTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores: on CI's two cores, that is one.
    maxWorkers: 2,
    // Worker threads start faster than child processes (Vitest's default): the whole run took
    // 79 to 81 s against 91 s on this 2-core machine, each jsdom file still isolated in its own
    // context. Nothing here needs a process of its own (no process.chdir, no native addons).
    pool: 'threads',
    // Pure modules (domain, contract, importers, the demo data, scripts) need no DOM: they run in
    // plain Node, which saves building a jsdom window and the mock API (about 2 s of CPU) for
    // each of their files.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: nodeTests,
          // These files change nothing outside themselves (no mocks, stubs, fake timers, globals
          // or environment variables), so each worker runs them one after another instead of
          // starting a fresh process for every file: 9 s instead of 38 s on two cores. A file
          // that does need a clean slate belongs in the dom project, which stays isolated.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['./src/test/setup.ts'],
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: nodeTests,
        },
      },
    ],
  },
});
