import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/harness/browser';

// Only for `npm run bench` (scripts/bench.mjs): the renderer's load timings in Chromium.
export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  outputDir: '../test-results/bench',
  workers: 1,
  retries: 0,
  // The renderer bench loads every size twice (the app, then its static floor): minutes under load.
  timeout: 1_200_000,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    viewport: { width: 380, height: 560 },
    locale: 'en-US',
    timezoneId: 'UTC',
  },
});
