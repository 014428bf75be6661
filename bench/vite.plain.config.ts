/** Builds the plain Recharts baseline page on its own, so it never enters the app's bundle. */
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./plain', import.meta.url)),
  plugins: [react()],
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('./dist-plain', import.meta.url)),
    emptyOutDir: true,
  },
});
