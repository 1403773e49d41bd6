import { defineConfig } from '@playwright/test';

// The Electron end-to-end suite: the built app (out/main/index.js) launched by Playwright's
// _electron in demo mode. Where Electron's binary is not installed (it cannot be downloaded
// on every machine), every test reports as skipped with that reason; see tests/electron/README.md.
export default defineConfig({
  testDir: 'tests/electron',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/electron',
  // One app at a time: each test owns a running Electron with its own demo API.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list'], ['github']] : [['list']],
  use: { trace: 'retain-on-failure' },
});
