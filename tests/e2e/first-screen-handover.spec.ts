import type { Page } from '@playwright/test';
import { appLive, expect, signIn, test } from './harness/fixtures';
import { manyInvites, pendingInvite } from './harness/invites';

// The hand-over from the served first screen (drawn by main in the chosen theme) to the live app:
// nothing main already drew right may be undone while the app waits for its own answers.

test.use({ harnessOptions: { invites: manyInvites(3) }, colorScheme: 'light' });

/** Holds the page's requests for `url` until the returned function is called. */
async function holdRequests(page: Page, url: string | RegExp): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Holds main's answer with the preferences until the returned function is called. */
const holdPreferencesAnswer = (page: Page) => holdRequests(page, '**/ipc/settings%3Aget');

test('the served dark screen stays dark while the app waits for the preferences', async ({
  page,
  harness,
}) => {
  await signIn(harness);
  await harness.core.updatePreferences({ theme: 'dark' });
  // Every value <html data-theme> takes, from the first byte of the page on.
  await page.addInitScript(() => {
    const seen: (string | null)[] = [];
    (window as unknown as { __themes: (string | null)[] }).__themes = seen;
    new MutationObserver(() => {
      const value = document.documentElement?.getAttribute('data-theme') ?? null;
      if (seen.at(-1) !== value) seen.push(value);
    }).observe(document, {
      attributes: true,
      subtree: true,
      childList: true,
      attributeFilter: ['data-theme'],
    });
  });
  // Main's answer with the preferences is slow to come: the app is live before it arrives.
  const release = await holdPreferencesAnswer(page);
  await page.goto(harness.url);
  await expect(page.locator('#first-screen')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Invitations (3)');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  release();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const themes = await page.evaluate(() => (window as unknown as { __themes: (string | null)[] }).__themes);
  expect(themes).toEqual(['dark']);
});

test('a theme changed between serving and going live is the one shown', async ({ page, harness }) => {
  await signIn(harness);
  await harness.core.updatePreferences({ theme: 'dark' });
  const release = await holdPreferencesAnswer(page);
  await page.goto(harness.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Invitations (3)');
  await harness.core.updatePreferences({ theme: 'system' });
  release();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
});

test('a route to Details before going live: the served list gives way to Details, never to a blank', async ({
  page,
  harness,
}) => {
  const profile = await signIn(harness);
  // What each frame shows: the served list, the app's screen, or nothing at all.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __shown: string[] }).__shown = seen;
    const look = () => {
      const served = document.getElementById('first-screen');
      const app = document.getElementById('app');
      const shown = served
        ? 'served'
        : app && !app.hidden && app.querySelector('h1')
          ? `app:${app.querySelector('h1')?.textContent ?? ''}`
          : 'blank';
      if (seen.at(-1) !== shown) seen.push(shown);
    };
    // Once a frame, before it is painted: what the user can see, not the steps within a task.
    const frame = () => {
      look();
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  // The language's answer waits until the route is in; the Details chunk is slow to come.
  let releaseInfo!: () => void;
  const infoHeld = new Promise<void>((resolve) => (releaseInfo = resolve));
  await page.route('**/ipc/app%3Ainfo', async (route) => {
    await infoHeld;
    await route.continue();
  });
  await page.route(/\/assets\/DetailsScreen-[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await route.continue();
  });
  await page.goto(harness.url);
  await expect(page.locator('#first-screen')).toHaveCount(1);
  await page.waitForFunction(() => document.readyState === 'complete');
  await harness.core.handleMenuAction({ kind: 'details', profileId: profile.id, inviteId: 'bulk000000' });
  releaseInfo();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisation 1');
  // The new screen's heading takes focus, as on any screen change: the app was visible in time.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  const shown = await page.evaluate(() => (window as unknown as { __shown: string[] }).__shown);
  expect(shown.at(-1)).toBe('app:Organisation 1');
  expect(shown.slice(shown.indexOf('served'))).toEqual(['served', 'app:Organisation 1']);
});

// Main counts the groups when it serves the page (AppState.listCounts, set only on the server):
// the live app counts its own snapshot, however many invitations came since.
test('invitations that arrive between serving the page and going live are counted once live', async ({
  page,
  harness,
}) => {
  await signIn(harness);
  // The app's script is held: the served screen stays until two more invitations have come.
  const release = await holdRequests(page, /\/assets\/index-[\w-]{8}\.js$/);
  await page.goto(harness.url, { waitUntil: 'commit' });
  const served = page.locator('#first-screen');
  await expect(served.locator('h1')).toHaveText('Invitations (3)');
  await expect(served.locator('li').first()).toHaveAttribute('aria-setsize', '3');
  for (const n of [1, 2])
    harness.demo.addInvite(pendingInvite(`late000${n}`, `Late ${n}`, { expiresInHours: 1 }));
  await harness.core.refresh();
  release();
  await appLive(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Invitations (5)');
  const cards = page.getByRole('list', { name: 'Pending invitations' }).getByRole('listitem');
  await expect(cards).toHaveCount(5);
  await expect(cards.first()).toHaveAttribute('aria-setsize', '5');
  await expect(cards.first()).toContainText('Late 1');
});
