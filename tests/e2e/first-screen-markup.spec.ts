import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './harness/fixtures';
import { manyInvites, pendingInvite } from './harness/invites';
import { SCREENSHOT_DIR } from './harness/paths';

// Issue 21 item 8: main serves the page with its first screen already drawn by Svelte's server
// renderer (electron/main/shell/first-screen.ts), so the list is painted before the app's script
// runs; the live app then takes its place. These run through the harness's server, which puts
// the first screen into index.html with main's own code and the built server renderer.

const HOSTILE = '</script><img src=x onerror="window.__owned=1"><!--';
test.use({ harnessOptions: { invites: manyInvites(31) } });

const ENTRY_SCRIPT = /\/assets\/index-[\w-]+\.js$/;

/** The page with the app's entry script refused: only what main served can be on screen. */
async function openWithoutScript(page: Page, url: string) {
  await page.route(ENTRY_SCRIPT, (route) => route.abort());
  await page.goto(url);
}

test('the list is painted before the app script runs, inert, with the count', async ({ page, harness }) => {
  await signIn(harness);
  await openWithoutScript(page, harness.url);
  const screen = page.locator('#first-screen');
  await expect(screen.getByRole('heading', { level: 1, includeHidden: true })).toHaveText('Invitations (31)');
  const items = screen.locator('[data-testid="invite-list"] > li');
  // A screenful, as the app's first render makes it (src/lib/progressive-list.ts), not all 31.
  const count = await items.count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(31);
  await expect(items.first()).toBeVisible();
  await expect(items.first().locator('h3')).toHaveText('Organisation 1');
  // Nothing in it can be focused or clicked before the app is live.
  expect(await screen.evaluate((element) => (element as HTMLElement).inert)).toBe(true);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
  // No hidden app copy either: the script never ran.
  expect(await page.locator('#app').innerHTML()).toBe('');
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'first-screen-before-script.png') });
});

test('once live, the list is on the page once and answers clicks', async ({
  page,
  harness,
  pageProblems,
}) => {
  await signIn(harness);
  await page.goto(harness.url);
  await expect(page.locator('#first-screen')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Invitations (31)');
  // The script ran, so main's notice for a script that never runs is gone (it could not show yet).
  await expect(page.locator('#first-screen-stuck')).toHaveCount(0);
  await expect(page.getByTestId('invite-list')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  // The accessible tree holds one list, not the pre-drawn one as well.
  const snapshot = await page.locator('body').ariaSnapshot();
  expect(snapshot.match(/heading "Invitations \(31\)"/g)).toHaveLength(1);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'first-screen-live.png') });
  await page
    .getByRole('button', { name: 'Details of the invitation to Organisation 1', exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisation 1');
  expect(pageProblems).toEqual([]);
});

test('the served screen speaks the chosen language in the chosen theme before any script', async ({
  page,
  harness,
}) => {
  await signIn(harness);
  await harness.core.updatePreferences({ language: 'de', theme: 'dark' });
  await openWithoutScript(page, harness.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('#first-screen h1')).toHaveText('Einladungen (31)');
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'first-screen-before-script-de-dark.png') });
});

test.describe('hostile fields', () => {
  test.use({
    harnessOptions: {
      invites: [pendingInvite('hostile', HOSTILE, { invited_by: '<b>mallory</b>&amp;', expiresInHours: 1 })],
    },
  });

  test('stay text in the served page', async ({ page, harness }) => {
    await signIn(harness);
    await openWithoutScript(page, harness.url);
    const card = page.locator('#first-screen article');
    await expect(card.locator('h3')).toHaveText(HOSTILE);
    await expect(card.locator('.who')).toHaveText('<b>mallory</b>&amp;');
    expect(await page.locator('#first-screen img, #first-screen b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __owned?: number }).__owned)).toBeUndefined();
  });
});

test('signed out, the page is served without a pre-drawn screen and starts as before', async ({
  page,
  harness,
  pageProblems,
}) => {
  const served = await (await page.request.get(harness.url)).text();
  expect(served).not.toContain('id="first-screen"');
  expect(served).toContain('<script type="application/json" id="invitray-first-screen">');
  await page.goto(harness.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The sign-in screen is the app's own: main's notice for a window that never starts is gone.
  await expect(page.locator('#first-screen-stuck')).toHaveCount(0);
  expect(pageProblems).toEqual([]);
});

// Main serves every page with a notice that CSS alone reveals after 10 s: if the app's script
// never runs (a damaged install), the served list ignores clicks, or the window stays blank,
// and nothing else could say why. The app removes it as soon as it draws a screen of its own.

/** The notice's reveal: its delay, and whether it shows once that delay is over. */
async function stuckNoticeAfterDelay(page: Page) {
  const notice = page.getByRole('alert');
  await expect(notice).toBeHidden();
  const delays = await page.locator('#first-screen-stuck').evaluate((element) =>
    element.getAnimations().map((animation) => {
      const { delay } = animation.effect!.getComputedTiming();
      // Jumps to the end of the delay instead of waiting 10 s of test time for it.
      animation.finish();
      return delay;
    }),
  );
  expect(delays).toEqual([10_000]);
  await expect(notice).toBeVisible();
  return notice;
}

test('the script never runs: after 10 s the window says so, outside the inert screen', async ({
  page,
  harness,
}) => {
  await signIn(harness);
  await openWithoutScript(page, harness.url);
  await expect(page.locator('#first-screen h1')).toHaveText('Invitations (31)');
  const notice = await stuckNoticeAfterDelay(page);
  await expect(notice).toHaveText(/^Invitray’s window could not start\. Close it and open it again/);
  // Readable: not inside the inert screen, so a screen reader reaches it.
  expect(await notice.evaluate((element) => element.closest('[inert]'))).toBeNull();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'first-screen-script-never-ran.png') });
});

test('the script never runs, signed out and in German, with reduced motion: the blank window says so too', async ({
  page,
  harness,
}) => {
  await harness.core.updatePreferences({ language: 'de' });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openWithoutScript(page, harness.url);
  await expect(page.locator('#first-screen')).toHaveCount(0);
  const notice = await stuckNoticeAfterDelay(page);
  await expect(notice).toHaveText(/^Das Fenster von Invitray konnte nicht starten\./);
});

// The script runs but the app never goes live: its own files are unreadable (a damaged install
// that lost the English catalogue, the one it falls back to), so it has no words of its own to
// say so. The served list stays inert, or the window blank, exactly as when the script never runs.
const ENGLISH_CATALOGUE = /\/assets\/en-[\w-]+\.js$/;

/** The page with the English catalogue refused, once its script has asked for it twice (try, retry). */
async function openWithoutCatalogue(page: Page, url: string) {
  let refused = 0;
  await page.route(ENGLISH_CATALOGUE, (route) => {
    refused += 1;
    return route.abort();
  });
  await page.goto(url);
  await expect.poll(() => refused).toBeGreaterThanOrEqual(2);
}

test('the script runs but its catalogue is unreadable: the inert list still says so after 10 s', async ({
  page,
  harness,
}) => {
  await signIn(harness);
  // The script ran (it asked for the catalogue), and the app is not live.
  await openWithoutCatalogue(page, harness.url);
  await expect(page.locator('#first-screen h1')).toHaveText('Invitations (31)');
  expect(await page.locator('#app').evaluate((element) => (element as HTMLElement).hidden)).toBe(true);
  const notice = await stuckNoticeAfterDelay(page);
  await expect(notice).toHaveText(/^Invitray’s window could not start\./);
});

test('the script runs but its catalogue is unreadable, signed out: the blank window says so too', async ({
  page,
  harness,
}) => {
  await openWithoutCatalogue(page, harness.url);
  await expect(page.getByRole('heading')).toHaveCount(0);
  const notice = await stuckNoticeAfterDelay(page);
  await expect(notice).toHaveText(/^Invitray’s window could not start\./);
});
