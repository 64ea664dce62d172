// Lint: typescript-eslint's recommended rules, plus the layering of STYLE.md as import restrictions.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Only src/workspace/ may call these (STYLE.md): domain and features go through its adapters.
const appsScriptServices = [
  'SpreadsheetApp',
  'DocumentApp',
  'DriveApp',
  'Drive',
  'Docs',
  'MailApp',
  'ScriptApp',
  'LockService',
  'PropertiesService',
  'CacheService',
  'Session',
  'HtmlService',
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-spreadsheets-scope/**',
      'coverage/**',
      'node_modules/**',
      'test-results/**',
      '.preview-state/**',
      'test/emulator/runtime/fixture/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['../workspace/*', '../features/*', '../main', '**/emulator/**'] },
      ],
      'no-restricted-globals': ['error', ...appsScriptServices, 'Utilities', 'Logger'],
    },
  },
  {
    files: ['src/features/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/emulator/**', '../main'] }],
      'no-restricted-globals': ['error', ...appsScriptServices],
    },
  },
  {
    files: ['emulator/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/src/**'] }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'writable',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['build/**/*.mjs', 'eslint.config.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
);
