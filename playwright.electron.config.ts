import { defineConfig } from '@playwright/test';
import { PACKAGED_ENV } from './scripts/electron-available.mjs';

// The Electron end-to-end suite: the built app launched by Playwright's _electron in demo mode,
// as `electron .` from the repository or, when INVITRAY_PACKAGED_EXECUTABLE names one, as a
// packaged app (then packaged.spec.ts runs too). Where Electron cannot start (its binary is not
// installed, or the package holds a stub Electron), every test reports as skipped with the
// reason; see tests/electron/README.md.
const packaged = Boolean(process.env[PACKAGED_ENV]);

export default defineConfig({
  testDir: 'tests/electron',
  testMatch: '**/*.spec.ts',
  testIgnore: packaged ? [] : ['**/packaged.spec.ts'],
  // Separate folders, so CI keeps both runs' traces and screenshots.
  outputDir: packaged ? 'test-results/electron-packaged' : 'test-results/electron',
  // One app at a time: each test owns a running Electron with its own demo API.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list'], ['github']] : [['list']],
});
