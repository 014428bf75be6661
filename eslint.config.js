import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tanstackQuery from '@tanstack/eslint-plugin-query';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layers, from the bottom up. Each may import only from the layers below it:
// contract <- domain <- lib <- stores <- components <- features <- app.
// The domain never imports React; features never import each other.
const layerRules = {
  'import-x/no-restricted-paths': [
    'error',
    {
      zones: [
        {
          target: './src/contract',
          from: [
            './src/domain',
            './src/lib',
            './src/stores',
            './src/components',
            './src/features',
            './src/app',
            './src/mocks',
          ],
          message: 'The contract depends on nothing in the app.',
        },
        {
          target: './src/domain',
          from: [
            './src/lib',
            './src/stores',
            './src/components',
            './src/features',
            './src/app',
            './src/mocks',
          ],
          message: 'The domain is pure: no app, UI or fetching code.',
        },
        {
          target: './src/lib',
          from: ['./src/stores', './src/components', './src/features', './src/app', './src/mocks'],
        },
        {
          target: './src/stores',
          from: ['./src/components', './src/features', './src/app', './src/mocks'],
        },
        {
          target: './src/components',
          from: ['./src/features', './src/app', './src/mocks'],
          message: 'Shared components know nothing of features.',
        },
        {
          target: './src/features/caps',
          from: ['./src/features/!(caps)/**/*', './src/app/**/*'],
          message: 'Features never import each other.',
        },
        {
          target: './src/features/unit-view',
          from: ['./src/features/!(unit-view)/**/*', './src/app/**/*'],
          message: 'Features never import each other.',
        },
        {
          target: './src/features/worker-view',
          from: ['./src/features/!(worker-view)/**/*', './src/app/**/*'],
          message: 'Features never import each other.',
        },
        {
          target: './src/features/org-data',
          from: ['./src/features/!(org-data)/**/*', './src/app/**/*'],
          message: 'Features never import each other.',
        },
      ],
    },
  ],
};

export default defineConfig(
  {
    ignores: [
      'dist',
      'node_modules',
      'public/mockServiceWorker.js',
      'test-results',
      'playwright-report',
      'bench-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.node.json'],
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layerRules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*'], message: 'Only UI layers use React.' },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src/app/**',
      'src/components/**',
      'src/features/**',
      'src/lib/**',
      'src/stores/**',
      'src/test/**',
      'src/mocks/**',
    ],
    rules: { 'no-restricted-imports': 'off' },
  },
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.strict },
  ...tanstackQuery.configs['flat/recommended'],
  { files: ['**/*.{js,mjs}'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**', 'scripts/**', '*.config.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
