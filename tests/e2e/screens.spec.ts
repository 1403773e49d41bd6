import { DEMO_CREDENTIALS } from '../../electron/main/core/demo/credentials';
import { expect, openApp, signIn, test } from './harness/fixtures';
import { pendingInvite } from './harness/invites';
import { auditScreen } from './harness/screens';

// Every screen, in both themes: screenshots to look at, and axe on each.
// axe needs a few seconds per audit on a busy 2-core machine.
test.describe.configure({ timeout: 60_000 });

test('sign-in', async ({ page, harness }) => {
  await openApp(page, harness);
  await auditScreen(page, 'sign-in');
  await page.getByRole('radio', { name: 'Global API key' }).check();
  await page.getByRole('button', { name: 'Verify and add account' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await auditScreen(page, 'sign-in-global-key-error');
});

test('invitations', async ({ page, harness }) => {
  await signIn(harness);
  await openApp(page, harness);
  await auditScreen(page, 'invitations');
  await page.getByTestId('earlier').locator('summary').click();
  await page
    .getByRole('button', { name: /^Decline invitation/ })
    .first()
    .click();
  await auditScreen(page, 'invitations-decline-confirm');
});

test('details', async ({ page, harness }) => {
  await signIn(harness);
  await openApp(page, harness);
  await page
    .getByRole('button', { name: /^Details of the invitation/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await auditScreen(page, 'details');
});

test('settings and adding an account', async ({ page, harness }) => {
  await signIn(harness);
  await openApp(page, harness);
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeFocused();
  await auditScreen(page, 'settings');
  await page.getByRole('button', { name: 'Add an account' }).click();
  await auditScreen(page, 'add-account');
});

test.describe('several accounts, one failing', () => {
  test.use({ harnessOptions: { invites: [pendingInvite('acme0001', 'Acme Corp', { expiresInHours: 5 })] } });

  test('invitations with an account filter and a bad-credentials banner', async ({ page, harness }) => {
    await signIn(harness, 'Work');
    await signIn(harness, 'Personal', DEMO_CREDENTIALS.readOnlyToken);
    harness.demo.failNext(1, 401, { path: '/user/invites' });
    await harness.core.refresh(harness.core.listAccounts()[1]!.id);
    await openApp(page, harness);
    await expect(page.locator('[data-kind="bad-credentials"]')).toBeVisible();
    await auditScreen(page, 'invitations-two-accounts-bad-credentials');
  });
});

test.describe('status banners', () => {
  test.use({ harnessOptions: { invites: [pendingInvite('acme0001', 'Acme Corp')] } });

  for (const [fault, kind] of [
    [429, 'rate-limited'],
    ['reset', 'offline'],
    [500, 'server-error'],
  ] as const) {
    test(kind, async ({ page, harness }) => {
      await signIn(harness);
      harness.demo.failNext(1, fault, { path: '/user/invites' });
      await harness.core.refresh();
      await openApp(page, harness);
      await expect(page.locator(`[data-kind="${kind}"]`)).toBeVisible();
      await auditScreen(page, `status-${kind}`);
    });
  }
});

test.describe('empty', () => {
  test.use({ harnessOptions: { invites: [] } });

  test('empty state', async ({ page, harness }) => {
    await signIn(harness);
    await openApp(page, harness);
    await expect(page.getByTestId('empty-state')).toBeVisible();
    await auditScreen(page, 'empty');
  });
});
