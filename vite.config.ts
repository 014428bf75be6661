/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { cspPlugin } from './scripts/vite-csp-plugin';

const nodeTests = [
  'src/domain/**/*.test.ts',
  'src/contract/**/*.test.ts',
  'src/components/**/*.test.ts',
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
    // Pure modules (domain, contract, scripts) need no DOM: they run in plain Node, which saves
    // building a jsdom window and the mock API for each of their files.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: nodeTests,
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
