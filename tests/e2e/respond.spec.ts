import { DEMO_READ_ONLY_TOKEN } from '../../electron/main/core/demo/credentials';
import { expect, openApp, requests, signIn, test } from './harness/fixtures';
import { pendingInvite } from './harness/invites';

test.use({
  harnessOptions: {
    invites: [
      // Beyond its last day: the tray shows the plain count here (issue 22 has its own spec).
      pendingInvite('acme0001', 'Acme Corp', { expiresInHours: 30 }),
      pendingInvite('globex02', 'Globex', { expiresInHours: 60 }),
    ],
  },
});

test('accept: Cloudflare gets the PATCH, the card moves to Earlier, the tray count drops', async ({
  page,
  harness,
}) => {
  await signIn(harness);
  await openApp(page, harness);
  expect(harness.tray().state).toBe('2');
  const pending = page.getByRole('list', { name: 'Pending invitations' });
  await expect(pending.getByRole('article')).toHaveCount(2);

  await page.getByRole('button', { name: 'Accept invitation to Acme Corp' }).click();

  await expect
    .poll(() => requests(harness, 'PATCH').map((r) => [r.path, r.body]))
    .toEqual([['/client/v4/user/invites/acme0001', { status: 'accepted' }]]);
  await expect(pending.getByRole('article')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Invitations (1)' })).toBeVisible();
  const earlier = page.getByTestId('earlier');
  await earlier.getByText('Earlier (1)').click();
  const card = earlier.getByRole('article', { name: 'Acme Corp' });
  await expect(card.getByText('Accepted', { exact: true })).toBeVisible();
  await expect(card.getByRole('button', { name: /Accept/ })).toHaveCount(0);

  await expect.poll(() => harness.tray().state).toBe('1');
  expect(harness.recorded.trayViews.map((v) => v.state)).toContain('2');
});

test('decline asks first: Keep and Escape back out, "Yes, decline" declines', async ({ page, harness }) => {
  await signIn(harness);
  await openApp(page, harness);
  const card = page.getByRole('article', { name: 'Acme Corp' });
  const decline = card.getByRole('button', { name: 'Decline invitation to Acme Corp' });

  await decline.click();
  await expect(card.getByRole('group', { name: 'Confirm declining Acme Corp' })).toBeVisible();
  await expect(card.getByRole('button', { name: 'Keep' })).toBeFocused();
  await card.getByRole('button', { name: 'Keep' }).click();
  await expect(decline).toBeFocused();

  await decline.press('Enter');
  await page.keyboard.press('Escape');
  await expect(card.getByRole('group')).toHaveCount(0);
  await expect(decline).toBeFocused();
  expect(harness.recorded.hideWindow).toBe(0);
  expect(requests(harness, 'PATCH')).toEqual([]);

  await decline.click();
  await card.getByRole('button', { name: 'Yes, decline' }).click();
  await expect.poll(() => requests(harness, 'PATCH').map((r) => r.body)).toEqual([{ status: 'rejected' }]);
  await page.getByText('Earlier (1)').click();
  await expect(page.getByTestId('earlier').getByRole('article', { name: 'Acme Corp' })).toContainText(
    'Declined',
  );
  await expect.poll(() => harness.tray().state).toBe('1');
});

test('clicking the notification of a new invitation accepts it', async ({ page, harness }) => {
  await signIn(harness);
  await openApp(page, harness);
  harness.demo.addInvite(pendingInvite('initech3', 'Initech'));
  await harness.core.refresh();

  const spec = harness.recorded.notifications.find(
    (n) => n.kind === 'new-invite' && n.inviteId === 'initech3',
  );
  expect(spec, 'a notification for the new invitation').toBeDefined();
  await expect(page.getByRole('heading', { name: 'Invitations (3)' })).toBeVisible();

  await harness.activateNotification(spec!);
  expect(requests(harness, 'PATCH').map((r) => [r.path, r.body])).toEqual([
    ['/client/v4/user/invites/initech3', { status: 'accepted' }],
  ]);
  await expect(page.getByRole('heading', { name: 'Invitations (2)' })).toBeVisible();
  expect(harness.recorded.notifications.map((n) => n.kind)).toContain('responded');
  await expect.poll(() => harness.tray().state).toBe('2');
});

test('a failed answer is shown on its card and the invitation stays pending', async ({ page, harness }) => {
  await signIn(harness);
  await openApp(page, harness);
  harness.demo.failNext(1, 500, { method: 'PATCH' });
  await page.getByRole('button', { name: 'Accept invitation to Globex' }).click();
  const card = page
    .getByRole('list', { name: 'Pending invitations' })
    .getByRole('article', { name: 'Globex' });
  await expect(card.getByRole('alert')).toBeVisible();
  await expect(card.getByRole('button', { name: 'Accept invitation to Globex' })).toBeEnabled();
  expect(harness.demo.invites().find((i) => i.id === 'globex02')?.status).toBe('pending');
});

test('a token without Memberships Write: accepting says which permission is missing', async ({
  page,
  harness,
}) => {
  await signIn(harness, 'Read only', { kind: 'token', token: DEMO_READ_ONLY_TOKEN });
  await openApp(page, harness);
  await page.getByRole('button', { name: 'Accept invitation to Acme Corp' }).click();
  const card = page.getByRole('article', { name: 'Acme Corp' });
  await expect(card.getByRole('alert')).toContainText(/permission/i);
});

test('while an answer is on its way the card shows it is busy', async ({ page, harness }) => {
  await signIn(harness);
  await openApp(page, harness);
  // Cloudflare never answers this PATCH: the card stays busy for the rest of the test.
  harness.demo.failNext(1, 'timeout', { method: 'PATCH' });
  const card = page.getByRole('article', { name: 'Acme Corp' });
  await card.getByRole('button', { name: 'Accept invitation to Acme Corp' }).click();
  await expect(card.getByRole('status')).toHaveText('Accepting…');
  await expect(card.getByRole('button', { name: /Accept|Decline/ })).toHaveCount(0);
  await expect.poll(() => requests(harness, 'PATCH')).toHaveLength(1);
});

test('tray "Details…" and "Settings…" open the window on that screen', async ({ page, harness }) => {
  const profile = await signIn(harness);
  await openApp(page, harness);
  await harness.core.handleMenuAction({ kind: 'details', profileId: profile.id, inviteId: 'globex02' });
  await expect(page.getByRole('heading', { name: 'Globex' })).toBeVisible();
  await expect(page.getByText('globex02').first()).toBeVisible();
  await harness.core.handleMenuAction({ kind: 'settings' });
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  expect(harness.recorded.windowRoutes).toEqual([
    { view: 'invite', profileId: profile.id, inviteId: 'globex02' },
    { view: 'settings' },
  ]);
});
