import type { Page } from '@playwright/test';
import { expect, openApp, signIn, test } from './harness/fixtures';
import { failChunk } from './harness/chunks';
import { pendingInvite } from './harness/invites';

// A window catalogue chunk that fails to load (a file an update replaced mid-read, a damaged
// install) never leaves the window blank: each chunk is tried twice, then the window speaks
// English and says in the console which chunk failed.

const FIRST = /\/assets\/de-[\w-]{8}\.js$/;
const LATER = /\/assets\/de-later-[\w-]{8}\.js$/;

function consoleLines(page: Page): string[] {
  const lines: string[] = [];
  page.on('console', (message) => lines.push(`${message.type()}: ${message.text()}`));
  return lines;
}

test.describe('German, with its catalogue chunks failing', () => {
  test.use({
    harnessOptions: { invites: [pendingInvite('acme0001', 'Acme Corp')], systemLanguages: ['de-DE'] },
  });

  test('the first chunk fails twice: the list is in English, and the console says why', async ({
    page,
    harness,
  }) => {
    const lines = consoleLines(page);
    const first = await failChunk(page, FIRST);
    await signIn(harness);
    await openApp(page, harness);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Invitations (1)');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    expect(first.requests).toBeGreaterThanOrEqual(2);
    expect(lines).toContainEqual(
      expect.stringMatching(/^error: Invitray could not load the de catalogue .*speaking English instead/),
    );
    expect(lines.filter((line) => line.startsWith('pageerror'))).toEqual([]);
  });

  test('the second chunk fails twice: Settings and a problem banner are in English, not blank', async ({
    page,
    harness,
  }) => {
    const lines = consoleLines(page);
    const later = await failChunk(page, LATER);
    await signIn(harness);
    await openApp(page, harness);
    harness.demo.failNext(1, 401, { path: '/user/invites' });
    await page.getByRole('button', { name: /^(Refresh now|Jetzt aktualisieren)$/ }).click();
    await expect(
      page
        .locator('[data-kind="bad-credentials"]')
        .getByRole('heading', { name: 'Credentials no longer work' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    expect(later.requests).toBeGreaterThanOrEqual(2);
    expect(lines).toContainEqual(
      expect.stringMatching(/^warning: Invitray could not load the de catalogue's later chunk/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^error: Invitray could not load the de catalogue .*speaking English instead/),
    );
  });

  test('the second chunk fails twice before anyone signed in: the sign-in screen is in English', async ({
    page,
    harness,
  }) => {
    await failChunk(page, LATER);
    await page.goto(harness.url);
    await expect(page.getByRole('heading', { name: 'Sign in to Cloudflare' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Try the demo' })).toBeVisible();
  });

  test('both chunks fail once: the second try loads them and the window speaks German', async ({
    page,
    harness,
  }) => {
    const first = await failChunk(page, FIRST, 1);
    const later = await failChunk(page, LATER, 1);
    await signIn(harness);
    await openApp(page, harness);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einladungen (1)');
    await page.getByRole('button', { name: 'Einstellungen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
    expect(first.requests).toBe(2);
    expect(later.requests).toBe(2);
  });

  test('every catalogue fails, English too: start() settles and the failure is logged', async ({
    page,
    harness,
  }) => {
    const lines = consoleLines(page);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await failChunk(page, /\/assets\/(en|de)(-later)?-[\w-]{8}\.js$/);
    await signIn(harness);
    await page.goto(harness.url);
    await expect
      .poll(() => lines.find((line) => line.includes('could not load its English catalogue either')))
      .toBeDefined();
    expect(errors, 'no unhandled rejection').toEqual([]);
  });
});
