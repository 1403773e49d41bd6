import { expect, openApp, signIn, test } from './harness/fixtures';
import { pendingInvite } from './harness/invites';

test.use({ harnessOptions: { invites: [pendingInvite('acme0001', 'Acme Corp')] } });

test('every preference is saved through the core', async ({ page, harness }) => {
  await signIn(harness);
  await openApp(page, harness);
  await page.getByRole('button', { name: 'Settings' }).click();

  await page.getByLabel('Check for invitations every').selectOption({ label: '15 minutes' });
  await expect.poll(() => harness.core.preferences().pollIntervalMinutes).toBe(15);
  await page.getByLabel('Accepts the invitation').check();
  await page.getByLabel('Opens Invitray').check();
  await expect.poll(() => harness.core.preferences().notificationClick).toBe('open');
  await page.getByLabel('Start Invitray when I log in').check();
  await expect.poll(() => harness.core.preferences().startAtLogin).toBe(true);
  await page.getByLabel('Show the number of pending invitations in the tray').uncheck();
  await expect.poll(() => harness.core.preferences().showCountInTray).toBe(false);
  await expect.poll(() => harness.tray().state).toBe('pending');

  await page.getByLabel('Notify me of new invitations').uncheck();
  await expect.poll(() => harness.core.preferences().notificationsEnabled).toBe(false);
  await expect(page.getByLabel('Remind me a day before an invitation expires')).toBeDisabled();
  await expect(page.getByLabel('Opens Invitray')).toBeDisabled();
  await page.getByLabel('Notify me of new invitations').check();
  await page.getByLabel('Remind me a day before an invitation expires').uncheck();
  await expect.poll(() => harness.core.preferences().expiringReminder).toBe(false);
});

test('theme: follows the OS, unless set to light or dark', async ({ page, harness }) => {
  await signIn(harness);
  await page.emulateMedia({ colorScheme: 'light' });
  await openApp(page, harness);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await background();
  expect(dark).not.toBe(light);

  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Light').check();
  await expect.poll(() => harness.core.preferences().theme).toBe('light');
  await expect.poll(background).toBe(light);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByLabel('Dark').check();
  await expect.poll(background).toBe(dark);
  await page.getByLabel('System').check();
  await expect.poll(background).toBe(light);
});

test('accounts: re-enter credentials, remove with confirmation; version, logs and quit', async ({
  page,
  harness,
}) => {
  const profile = await signIn(harness);
  await openApp(page, harness);
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByTestId('version')).toHaveText('Invitray 0.0.0-e2e');
  await page.getByRole('button', { name: 'Open logs' }).click();
  await expect.poll(() => harness.recorded.openLogs).toBe(1);
  await page.getByRole('button', { name: 'Quit Invitray' }).click();
  await expect.poll(() => harness.recorded.quit).toBe(1);

  await page.getByRole('button', { name: 'Re-enter credentials for Work' }).click();
  await expect(page.getByRole('heading', { name: 'Re-enter credentials · Work' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();

  await page.getByRole('button', { name: 'Remove Work' }).click();
  await page.getByRole('button', { name: 'Keep' }).click();
  // Read once the confirmation has closed and the core is idle, not while a removal could be on its way.
  await expect(page.getByRole('button', { name: 'Yes, remove' })).toBeHidden();
  await harness.core.whenIdle();
  expect(harness.core.listAccounts()).toHaveLength(1);
  await page.getByRole('button', { name: 'Remove Work' }).click();
  await page.getByRole('button', { name: 'Yes, remove' }).click();
  await expect.poll(() => harness.core.listAccounts()).toEqual([]);
  expect(await harness.keychain.get(profile.id), 'the secret left the keychain').toBeNull();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Cloudflare' })).toBeVisible();
});

test('details: every field, copyable IDs, and the dashboard link', async ({ page, harness, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signIn(harness);
  await openApp(page, harness);
  await page.getByRole('button', { name: 'Details of the invitation to Acme Corp' }).click();
  const invite = harness.demo.invites()[0]!;
  for (const text of [
    invite.invited_by!,
    invite.invited_member_email!,
    invite.organization_id!,
    invite.id!,
  ]) {
    await expect(page.getByText(text, { exact: true })).toBeVisible();
  }
  await page.getByRole('button', { name: 'Copy invitation ID' }).click();
  await expect(page.getByText('Copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('acme0001');

  await page.getByRole('button', { name: 'Open in Cloudflare dashboard' }).click();
  await expect.poll(() => harness.recorded.externalUrls).toEqual(['https://dash.cloudflare.com/']);
});
