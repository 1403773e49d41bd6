import { DRIFT_IDS } from '../../electron/main/core/demo/drift';
import { expect, openApp, signIn, test } from './harness/fixtures';
import { pendingInvite } from './harness/invites';

// Cloudflare sends records this version cannot fully read, among good ones: the window
// lists, counts and lets the user answer the good ones, with one quiet line for the rest.

test.use({ harnessOptions: { invites: [pendingInvite('acme0001', 'Acme Corp')] } });

test('odd invitations are one quiet line; the good ones are listed, counted and notified', async ({
  page,
  harness,
}) => {
  await signIn(harness);
  harness.demo.addDriftingInvites();
  const fresh = harness.demo.addInvite({ id: 'fresh001', organization_name: 'Fresh Org' });
  await harness.core.refresh();
  await harness.core.whenIdle();
  await openApp(page, harness);

  await expect(page.getByRole('heading', { name: 'Invitations (2)' })).toBeVisible();
  const pending = page.getByRole('list', { name: 'Pending invitations' }).getByRole('article');
  await expect(pending).toHaveCount(2);
  await expect(page.getByTestId('unreadable-invites')).toHaveText(
    "3 invitations couldn't be read — update Invitray",
  );
  // Not an error: no problem banner, and the tray shows the count.
  await expect(page.locator('[data-kind]')).toHaveCount(0);
  expect(harness.tray().state).toBe('2');
  expect(harness.recorded.notifications.map((n) => [n.kind, n.inviteId])).toEqual([['new-invite', fresh.id]]);

  // The unknown status is shown read-only under Earlier: no Accept or Decline.
  await page.getByText('Earlier (1)').click();
  const unknown = page.getByRole('article', { name: 'Drift: unknown-status' });
  await expect(unknown.getByText('Unknown status')).toBeVisible();
  await expect(unknown.getByRole('button', { name: /Accept|Decline/ })).toHaveCount(0);
  await unknown.getByRole('button', { name: /Details/ }).click();
  await expect(page.getByTestId('details-status')).toHaveText('Unknown status');
  await expect(page.getByRole('button', { name: /Accept|Decline/ })).toHaveCount(0);
  const listed = harness.core.snapshot().profiles[0]!.invites.map((invite) => invite.id);
  expect(listed).toContain(DRIFT_IDS['unknown-status']);
  expect(listed).not.toContain(DRIFT_IDS['wrong-type']);
});

test('a good invitation among odd ones can still be accepted', async ({ page, harness }) => {
  await signIn(harness);
  harness.demo.addDriftingInvites(['null-entry', 'wrong-type']);
  await harness.core.refresh();
  await harness.core.whenIdle();
  await openApp(page, harness);

  await expect(page.getByTestId('unreadable-invites')).toHaveText(
    "2 invitations couldn't be read — update Invitray",
  );
  const card = page.getByRole('article', { name: 'Acme Corp' });
  await card.getByRole('button', { name: /^Accept/ }).click();
  await expect.poll(() => harness.demo.invites().find((i) => i?.id === 'acme0001')?.status).toBe('accepted');
  await expect(page.getByRole('heading', { name: 'Invitations', exact: true })).toBeVisible();
});
