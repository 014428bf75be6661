import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tanstackQuery from '@tanstack/eslint-plugin-query';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layers, from the bottom up. Each may import only from the layers below it:
// contract <- domain <- lib <- stores <- components <- features <- app.
// The domain never imports React; features never import each other.
// ESLint's own no-restricted-imports does this with no resolver plugin.
const above = {
  importers: ['domain', 'lib', 'stores', 'components', 'features', 'app', 'mocks'],
  contract: ['domain', 'lib', 'stores', 'components', 'features', 'app', 'mocks'],
  domain: ['lib', 'stores', 'components', 'features', 'app', 'mocks'],
  lib: ['stores', 'components', 'features', 'app', 'mocks'],
  stores: ['components', 'features', 'app', 'mocks'],
  components: ['features', 'app', 'mocks'],
  features: ['app', 'mocks'],
};
const reactImports = {
  group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
  message: 'The contract and the domain are pure: no React.',
};

// zod is set to jitless (no eval, for the CSP) in one module that every other takes z from.
const zodImports = {
  regex: '^zod(/|$)',
  message:
    'Import z from src/contract/zod.ts, which sets zod to jitless before any schema is built.',
};

function layerRule(layer, extraPatterns = []) {
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `(^|/)(${above[layer].join('|')})/`,
              message: `${layer}/ sits below ${above[layer].join(', ')}/ and must not import from them.`,
            },
            zodImports,
            ...extraPatterns,
          ],
        },
      ],
    },
  };
}

const featureNames = [
  'caps',
  'unit-view',
  'worker-view',
  'org-data',
  'measure-settings',
  'data-import',
  'benchmarks',
  'board',
  'worker-finder',
];
const layerRules = [
  layerRule('contract', [reactImports]),
  layerRule('importers', [reactImports]),
  layerRule('domain', [reactImports]),
  layerRule('lib'),
  layerRule('stores'),
  layerRule('components'),
  ...featureNames.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)(app|mocks)/', message: 'Features sit below the app.' },
            zodImports,
            {
              regex: `(^|/)features/(?!${feature}/)|^\\.\\./\\.\\./(?!${feature}/)[\\w-]+/(api|components)/`,
              message: 'Features never import each other.',
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/mocks/**/*.{ts,tsx}', 'src/test/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [zodImports] }] },
  },
  // The one module that imports zod itself.
  { files: ['src/contract/zod.ts'], rules: { 'no-restricted-imports': 'off' } },
];

export default defineConfig(
  {
    ignores: [
      'dist',
      'node_modules',
      'public/mockServiceWorker.js',
      'test-results',
      'playwright-report',
      'bench-results',
      'bench/dist-plain',
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
    // Data is only ever rendered as text: no raw HTML from any source (docs/threat-model.md).
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No raw HTML: render data as text (docs/threat-model.md).',
        },
        {
          selector:
            'MemberExpression[property.name=/^(innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment)$/]',
          message: 'No raw HTML: render data as text (docs/threat-model.md).',
        },
        {
          selector:
            "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
          message: 'No document.write: render data as text (docs/threat-model.md).',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  ...layerRules,
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
