import { expect, signIn, test } from './harness/fixtures';
import { manyInvites } from './harness/invites';

// The hand-over from the served first screen (drawn by main in the chosen theme) to the live app:
// nothing main already drew right may be undone while the app waits for its own answers.

test.use({ harnessOptions: { invites: manyInvites(3) }, colorScheme: 'light' });

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
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/ipc/settings%3Aget', async (route) => {
    await held;
    await route.continue();
  });
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
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/ipc/settings%3Aget', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(harness.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Invitations (3)');
  await harness.core.updatePreferences({ theme: 'system' });
  release();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
});
