import { DEMO_TOKEN } from '../../electron/main/core/demo/credentials';
import { advance, expect, openApp, requests, signIn, test } from './harness/fixtures';
import { pendingInvite } from './harness/invites';

test.use({ harnessOptions: { invites: [pendingInvite('acme0001', 'Acme Corp')] } });

const listCalls = (harness: Parameters<typeof requests>[0]) =>
  requests(harness, 'GET', '/user/invites').length;

test('401: bad-credentials banner, re-enter the token, recovered', async ({ page, harness }) => {
  await signIn(harness);
  await openApp(page, harness);
  harness.demo.failNext(1, 401, { path: '/user/invites' });
  await page.getByRole('button', { name: 'Refresh now' }).click();

  const banner = page.locator('[data-kind="bad-credentials"]');
  await expect(banner).toBeVisible();
  await expect(banner.getByRole('heading', { name: 'Credentials no longer work' })).toBeVisible();
  await expect(banner).toContainText('Create a token with Memberships Read and Memberships Write');
  await expect.poll(() => harness.tray().state).toBe('error');

  await banner.getByRole('button', { name: 'Enter a new token' }).click();
  await expect(page.getByRole('heading', { name: 'Re-enter credentials · Work' })).toBeFocused();
  await page.getByRole('textbox', { name: 'API token' }).fill(DEMO_TOKEN);
  await page.getByRole('button', { name: 'Verify and save' }).click();

  await expect(page.getByRole('heading', { name: 'Invitations (1)' })).toBeVisible();
  await expect(page.locator('[data-kind]')).toHaveCount(0);
  await expect.poll(() => harness.tray().state).toBe('1');
});

test('429: rate-limited banner with the time, and no request before it', async ({ page, harness }) => {
  await signIn(harness);
  await openApp(page, harness);
  harness.demo.failNext(1, 429, { path: '/user/invites', retryAfter: 300 });
  await page.getByRole('button', { name: 'Refresh now' }).click();

  const banner = page.locator('[data-kind="rate-limited"]');
  await expect(banner).toBeVisible();
  const retryAt = harness.core.snapshot().profiles[0]!.error!.retryAt!;
  const until = new Intl.DateTimeFormat('en-US', { timeStyle: 'short', timeZone: 'UTC' }).format(retryAt);
  await expect(banner.getByTestId('rate-limit-until')).toContainText(`No requests until ${until}`);
  await expect(page.getByRole('button', { name: /Refresh paused/ })).toBeDisabled();

  const before = listCalls(harness);
  await harness.core.refresh();
  await advance(page, harness, retryAt - harness.clock.now() - 1_000);
  expect(listCalls(harness), 'requests while rate limited').toBe(before);

  await advance(page, harness, 2_000);
  expect(listCalls(harness)).toBe(before + 1);
  await expect(banner).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Refresh now' })).toBeEnabled();
});

test('offline: banner with a retry countdown, then recovers by itself', async ({ page, harness }) => {
  await signIn(harness);
  await openApp(page, harness);
  harness.demo.failNext(1, 'reset', { path: '/user/invites' });
  await page.getByRole('button', { name: 'Refresh now' }).click();

  const banner = page.locator('[data-kind="offline"]');
  await expect(banner).toBeVisible();
  await expect(banner.getByTestId('retry-countdown')).toContainText(/Retrying in \d+:\d\d/);
  await expect.poll(() => harness.tray().tooltip).toMatch(/Could not reach Cloudflare/);
  // The invitations already shown stay on screen while offline.
  await expect(page.getByRole('article', { name: 'Acme Corp' })).toBeVisible();

  await advance(page, harness, harness.clock.nextDue()! - harness.clock.now());
  await expect(banner).toHaveCount(0);
  await expect.poll(() => harness.tray().state).toBe('1');
});

test('offline: "Retry now" retries at once', async ({ page, harness }) => {
  await signIn(harness);
  await openApp(page, harness);
  harness.demo.failNext(1, 'reset', { path: '/user/invites' });
  await page.getByRole('button', { name: 'Refresh now' }).click();
  const banner = page.locator('[data-kind="offline"]');
  await banner.getByRole('button', { name: 'Retry now' }).click();
  await expect(banner).toHaveCount(0);
});

test('server errors: a banner that says Cloudflare is having trouble', async ({ page, harness }) => {
  await signIn(harness);
  await openApp(page, harness);
  harness.demo.failNext(1, 503, { path: '/user/invites' });
  await page.getByRole('button', { name: 'Refresh now' }).click();
  const banner = page.locator('[data-kind="server-error"]');
  await expect(banner.getByRole('heading', { name: 'Cloudflare is having trouble' })).toBeVisible();
  await banner.getByRole('button', { name: 'Retry now' }).click();
  await expect(banner).toHaveCount(0);
});
