import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

const ZOD_MESSAGE = "Import { z } from electron/shared/zod.ts: zod/mini with zod's English messages.";
const ZOD_ELSEWHERE = [{ name: 'zod', message: ZOD_MESSAGE }];
const ZOD_PATTERNS = [{ group: ['zod/*'], message: ZOD_MESSAGE }];

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
    // The app's zod is zod/mini with English messages, from one module (electron/shared/zod.ts):
    // classic zod would bring back its ~110 KB of methods, a bare zod/mini its generic messages.
    files: ['electron/**/*.ts', 'src/**/*'],
    ignores: ['electron/shared/zod.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ZOD_ELSEWHERE, patterns: ZOD_PATTERNS }] },
  },
  {
    // The core must run under plain Node: importing 'electron' there would start a binary download.
    files: ['electron/main/core/**/*.ts', 'electron/shared/**/*.ts', 'src/**/*'],
    ignores: ['electron/shared/zod.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'electron-store', 'electron-log', 'electron-updater', ...ZOD_ELSEWHERE],
          patterns: ZOD_PATTERNS,
        },
      ],
    },
  },
);
