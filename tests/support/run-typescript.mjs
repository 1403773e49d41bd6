// Runs one TypeScript file in a plain Node process, through Vite's module runner (the same
// transform Vitest uses), so a test can start a child with flags Vitest's workers lack
// (e.g. `node --expose-gc tests/support/run-typescript.mjs probe.ts`).
import { runnerImport } from 'vite';

const file = process.argv[2];
if (!file) throw new Error('usage: node tests/support/run-typescript.mjs <file.ts>');
await runnerImport(file, { configFile: false, logLevel: 'error' });
