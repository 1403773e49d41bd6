import { appLive, expect, openApp, requests, signIn, test } from './harness/fixtures';
import { pendingInvite } from './harness/invites';
import { auditScreen } from './harness/screens';

// Issue 22: after an accept the window says what was joined, offers the dashboard and a way
// back (Leave, asked first); a decline held from the tray shows here with its Undo.

test.describe.configure({ timeout: 60_000 });
test.use({
  harnessOptions: {
    invites: [
      pendingInvite('acme0001', 'Acme Corp', { roles: ['Administrator'] }),
      pendingInvite('globex02', 'Globex', { roles: ['DNS', 'Analytics'] }),
    ],
  },
});

test('accept, see what was joined, open the dashboard, leave with a confirmation by keyboard', async ({
  page,
  harness,
}) => {
  await signIn(harness);
  await openApp(page, harness);
  await page.getByRole('button', { name: 'Accept invitation to Globex' }).click();
  const section = page.getByTestId('recently-answered');
  await expect(section.getByRole('heading', { name: 'Recently answered' })).toBeVisible();
  const entry = section.getByTestId('recent-answer');
  await expect(entry.getByText('Joined Globex')).toBeVisible();
  await expect(entry.getByText('Roles: DNS, Analytics')).toBeVisible();
  await expect(entry.getByText('Can change: DNS, DNS records. Can view: Analytics, Zones.')).toBeVisible();

  await entry.getByRole('button', { name: 'Open in dashboard' }).click();
  const account = harness.demo.invites().find((invite) => invite.id === 'globex02')?.organization_id;
  await expect.poll(() => harness.recorded.externalUrls).toEqual([`https://dash.cloudflare.com/${account}`]);

  const leave = entry.getByRole('button', { name: 'Leave this account' });
  await leave.focus();
  await page.keyboard.press('Enter');
  const question = entry.getByRole('group', { name: 'Leave Globex' });
  await expect(question).toContainText('Leave Globex? You lose access at once');
  await expect(entry.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  await expect(leave).toBeFocused();
  expect(requests(harness, 'DELETE', '/memberships')).toEqual([]);

  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  await expect(entry.getByRole('button', { name: 'Leave Globex' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(entry.getByText('Left Globex')).toBeVisible();
  expect(requests(harness, 'DELETE', '/memberships').map((r) => r.path)).toEqual([
    '/client/v4/memberships/globex02',
  ]);
  expect(harness.demo.memberships()).toEqual([]);
});

test('leaving without permission says so and keeps the account', async ({ page, harness }) => {
  await signIn(harness);
  await openApp(page, harness);
  await page.getByRole('button', { name: 'Accept invitation to Acme Corp' }).click();
  const entry = page.getByTestId('recent-answer');
  await entry.getByRole('button', { name: 'Leave this account' }).click();
  harness.demo.failNext(1, 403, { method: 'DELETE' });
  await entry.getByRole('button', { name: 'Leave Acme Corp' }).click();
  await expect(entry.getByRole('alert')).toContainText('Memberships Write');
  await expect(entry.getByText('Joined Acme Corp')).toBeVisible();
  expect(harness.demo.memberships()).toHaveLength(1);
});

test('a decline held from the tray menu shows here, and Undo takes it back', async ({ page, harness }) => {
  await signIn(harness);
  await openApp(page, harness);
  const profileId = harness.core.listAccounts()[0]!.id;
  await harness.core.handleMenuAction({ kind: 'decline', profileId, inviteId: 'acme0001' });
  const undo = page.getByRole('button', { name: 'Undo declining Acme Corp' });
  await expect(page.getByText('Declining Acme Corp…')).toBeVisible();
  await undo.click();
  await expect(undo).toHaveCount(0);
  expect(harness.core.snapshot().heldDeclines).toBeUndefined();
  expect(requests(harness, 'PATCH')).toEqual([]);
});

test('screenshots of Recently answered in English and German', async ({ page, harness }) => {
  await signIn(harness);
  await openApp(page, harness);
  await page.getByRole('button', { name: 'Accept invitation to Globex' }).click();
  await expect(page.getByText('Joined Globex')).toBeVisible();
  const profileId = harness.core.listAccounts()[0]!.id;
  await harness.core.handleMenuAction({ kind: 'decline', profileId, inviteId: 'acme0001' });
  await expect(page.getByText('Declining Acme Corp…')).toBeVisible();
  await page.getByTestId('recently-answered').scrollIntoViewIfNeeded();
  await auditScreen(page, 'recently-answered-en');
  await harness.core.updatePreferences({ language: 'de' });
  await page.reload();
  await appLive(page);
  await expect(page.getByRole('heading', { name: 'Kürzlich beantwortet' })).toBeVisible();
  await expect(page.getByText('Globex beigetreten')).toBeVisible();
  await page.getByTestId('recently-answered').scrollIntoViewIfNeeded();
  await auditScreen(page, 'recently-answered-de');
});
