import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'resources/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      'no-empty': ['error', { allowEmptyCatch: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    // The Electron double is CommonJS on purpose: electron-log and friends require('electron').
    files: ['tests/support/electron-double/**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The core must run under plain Node: importing 'electron' there would start a binary download.
    files: ['electron/main/core/**/*.ts', 'electron/shared/**/*.ts', 'src/**/*'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['electron', 'electron-store', 'electron-log', 'electron-updater'] },
      ],
    },
  },
);
