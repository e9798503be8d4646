// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import checkFile from 'eslint-plugin-check-file';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { configs as tsConfigs } from 'typescript-eslint';

/** Features fenced off from one another by `import-x/no-restricted-paths`. */
const fencedFeatures = [
  'procedures',
  'catalogue-filters',
  'auth',
  'officers',
  'audit-log',
  'feedback',
  'feedback-inbox',
  'satisfaction',
];

export default defineConfig(
  {
    ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'coverage', 'src/lib/api/schema.d.ts'],
  },
  js.configs.recommended,
  tsConfigs.strictTypeChecked,
  tsConfigs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  importX.flatConfigs.recommended,
  importX.flatConfigs.typescript,
  {
    // The architecture fence (bulletproof-react): app → features → components/lib/config.
    files: ['**/*.{ts,tsx}'],
    plugins: { 'check-file': checkFile },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-useless-path-segments': 'error',
      'import-x/no-duplicates': 'error',
      'import-x/no-unresolved': 'error',
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', 'parent', 'sibling', 'index', 'object'],
          pathGroups: [{ pattern: '@/**', group: 'internal' }],
          pathGroupsExcludedImportTypes: ['type'],
          'newlines-between': 'always',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // Features never import each other; routes in src/app compose them.
            ...fencedFeatures.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'Features may not import other features: compose them in src/app/routes.',
            })),
            // Unidirectional: app → features → shared.
            { target: './src/features', from: './src/app', message: 'Features may not import the app layer.' },
            {
              target: ['./src/components', './src/lib', './src/config'],
              from: ['./src/features', './src/app', './src/testing'],
              message: 'Shared code (components, lib, config) may not import features, the app or test helpers.',
            },
            // Production code never imports test helpers.
            {
              target: ['./src/app/!(routes)/**', './src/app/*.tsx', './src/features/**/!(__tests__)/*'],
              from: './src/testing',
              message: 'Only tests may import src/testing.',
            },
          ],
        },
      ],
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx,js}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': [
        'error',
        { 'src/**/!(__tests__)': 'KEBAB_CASE', 'e2e/**/': 'KEBAB_CASE' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-non-null-assertion': 'error',
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    // Ambient declarations merge into Vite's interfaces.
    files: ['**/*.d.ts'],
    rules: { '@typescript-eslint/consistent-type-definitions': 'off' },
  },
  {
    // Tests may assert on known-present array items.
    files: ['src/**/__tests__/**', 'src/testing/**', 'e2e/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['*.config.{ts,js}', 'e2e/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.js'],
    extends: [tsConfigs.disableTypeChecked],
  },
);
