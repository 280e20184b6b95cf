import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The test harness (src/testing) serves tests and the demo; no action bundle may include it.
const TESTING = ['**/testing/*', '**/testing'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'build/**', 'demo-output/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
  },
  {
    // Core code knows nothing of GitHub and never reads the environment: both come in through its callers.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@actions/*', '../github/*', '../../github/*', ...TESTING] }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'core receives configuration from its caller' }],
    },
  },
  {
    files: ['src/actions/**/*.ts', 'src/github/**/*.ts', 'src/entry.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: TESTING }],
    },
  },
);
