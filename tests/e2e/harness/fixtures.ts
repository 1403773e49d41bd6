import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { CHANNELS } from '../../../electron/shared/channels';
import { DEMO_CREDENTIALS } from '../../../electron/main/core/demo/credentials';
import type { ProfileSummary } from '../../../electron/shared/types';
import { startHarness } from './harness';
import type { Harness, HarnessOptions } from './harness';
import { installInvitrayShim } from './shim';

export { expect };

interface Fixtures {
  harnessOptions: HarnessOptions;
  harness: Harness;
  /** Console errors and uncaught exceptions in the page, CSP violations included. */
  pageProblems: string[];
}

export const test = base.extend<Fixtures>({
  harnessOptions: [{}, { option: true }],

  harness: async ({ harnessOptions }, use) => {
    const harness = await startHarness(harnessOptions);
    await use(harness);
    await harness.close();
  },

  pageProblems: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    await use(problems);
    // Every scenario also checks the page stayed clean: no exception, no CSP refusal.
    expect(problems, 'errors in the page').toEqual([]);
  },

  page: async ({ page, harness }, use) => {
    // The page's clock starts at the core's and moves with it (see advance()).
    await page.clock.install({ time: harness.clock.now() });
    await page.addInitScript(
      installInvitrayShim,
      CHANNELS as unknown as Record<string, Record<string, string>>,
    );
    await use(page);
  },
});

/** Opens the popover page and waits until the renderer has its first state. */
export async function openApp(page: Page, harness: Harness): Promise<void> {
  await page.goto(harness.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await appLive(page);
}

/**
 * A heading may belong to the first screen main served with the page (inert, not yet
 * clickable): the app is live once its own screen has taken that one's place (src/main.ts).
 */
export async function appLive(page: Page): Promise<void> {
  await expect(page.locator('#first-screen')).toHaveCount(0);
  await expect(page.locator('#app')).toBeVisible();
}

/** Adds a demo login straight through the core, for scenarios that do not test signing in. */
export async function signIn(
  harness: Harness,
  label = 'Work',
  credential: { kind: 'token'; token: string } = DEMO_CREDENTIALS.token,
): Promise<ProfileSummary> {
  const profile = await harness.core.addAccount(label, credential);
  await harness.core.whenIdle();
  return profile;
}

/** Skips time forward in the core (firing due polls and retries) and in the page alike. */
export async function advance(page: Page, harness: Harness, ms: number): Promise<void> {
  harness.clock.advance(ms);
  await page.clock.fastForward(ms);
  await harness.core.whenIdle();
}

/** Requests the demo API received for one method and path prefix (after /client/v4). */
export function requests(harness: Harness, method: string, pathPrefix = '/user/invites') {
  return harness.demo
    .requestLog()
    .filter(
      (entry) => entry.method === method && entry.path.replace('/client/v4', '').startsWith(pathPrefix),
    );
}
