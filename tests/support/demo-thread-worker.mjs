// Runs tests/support/demo-thread-serve.ts in this worker through Vite's module runner (the
// TypeScript transform Vitest uses), as run-typescript.mjs does for a process.
import { runnerImport } from 'vite';

await runnerImport(new URL('./demo-thread-serve.ts', import.meta.url).pathname, {
  configFile: false,
  logLevel: 'error',
});
