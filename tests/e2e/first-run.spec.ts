import {
  DEMO_EMAIL,
  DEMO_GLOBAL_KEY,
  DEMO_REVOKED_TOKEN,
  DEMO_TOKEN,
} from '../../electron/main/core/demo/credentials';
import { expect, openApp, requests, test } from './harness/fixtures';

test('first run: sign in with a token and see the invitations', async ({ page, harness }) => {
  await openApp(page, harness);
  await expect(page.getByRole('heading', { name: 'Sign in to Cloudflare' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try the demo' })).toBeVisible();

  await page.getByLabel('Label').fill('Work');
  await page.getByLabel('API token', { exact: true }).fill(DEMO_TOKEN);
  await page.getByRole('button', { name: 'Verify and add account' }).click();

  const pending = harness.demo
    .invites()
    .filter((i) => i.status === 'pending' && Date.parse(i.expires_on!) > Date.now());
  await expect(page.getByRole('heading', { name: `Invitations (${pending.length})` })).toBeVisible();
  const list = page.getByRole('list', { name: 'Pending invitations' });
  await expect(list.getByRole('listitem')).toHaveCount(pending.length);
  for (const invite of pending)
    await expect(list.getByText(invite.organization_name!, { exact: true })).toBeVisible();

  expect(requests(harness, 'GET', '/user/tokens/verify')).toHaveLength(1);
  // The demo has an invitation in its last day: the count with the clock mark (issue 22).
  expect(harness.tray().state).toBe(`urgent-${pending.length}`);
});

test('a credential Cloudflare refuses is not saved, and the form says why', async ({ page, harness }) => {
  await openApp(page, harness);
  await page.getByLabel('API token', { exact: true }).fill(DEMO_REVOKED_TOKEN);
  await page.getByRole('button', { name: 'Verify and add account' }).click();
  await expect(page.getByRole('alert')).toContainText('This API token is disabled');
  await expect(page.getByRole('heading', { name: 'Sign in to Cloudflare' })).toBeVisible();
  expect(harness.core.listAccounts()).toEqual([]);
});

test('signing in with a Global API key and email', async ({ page, harness }) => {
  await openApp(page, harness);
  await page.getByRole('radio', { name: 'Global API key' }).check();
  await page.getByLabel('Email of your Cloudflare login').fill(DEMO_EMAIL);
  await page.getByRole('textbox', { name: 'Global API key' }).fill('0'.repeat(37));
  await page.getByRole('button', { name: 'Verify and add account' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  expect(harness.core.listAccounts()).toEqual([]);

  await page.getByRole('textbox', { name: 'Global API key' }).fill(DEMO_GLOBAL_KEY);
  await page.getByRole('button', { name: 'Verify and add account' }).click();
  await expect(page.getByRole('heading', { name: /^Invitations/ })).toBeVisible();
  expect(harness.core.listAccounts()).toMatchObject([{ authKind: 'global-key' }]);
});

test('the token form links to the dashboard page that creates tokens', async ({ page, harness }) => {
  await openApp(page, harness);
  await expect(page.getByText('Memberships Read and Memberships Write')).toBeVisible();
  await page.getByRole('button', { name: 'open API tokens in the dashboard' }).click();
  await expect
    .poll(() => harness.recorded.externalUrls)
    .toEqual(['https://dash.cloudflare.com/profile/api-tokens']);
});

test('"Try the demo" signs in to the demo API', async ({ page, harness }) => {
  await openApp(page, harness);
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await expect(page.getByRole('heading', { name: /^Invitations \(\d+\)$/ })).toBeVisible();
  expect(harness.core.listAccounts()).toHaveLength(1);
});
