import { DEMO_CREDENTIALS } from '../../electron/main/core/demo/credentials';
import { expect, openApp, signIn, test } from './harness/fixtures';
import { manyInvites, pendingInvite } from './harness/invites';

test.describe('nothing pending', () => {
  test.use({
    harnessOptions: { invites: [pendingInvite('old00001', 'Old Org', { status: 'accepted' })] },
  });

  test('an empty state, with answered invitations under Earlier', async ({ page, harness }) => {
    await signIn(harness);
    await openApp(page, harness);
    await expect(page.getByTestId('empty-state')).toContainText('No pending invitations');
    await expect(page.getByRole('heading', { name: 'Invitations', exact: true })).toBeVisible();
    await expect(page.getByTestId('last-synced')).toContainText('Synced');
    await expect(page.getByText('Earlier (1)')).toBeVisible();
    expect(harness.tray().state).toBe('idle');
  });
});

test.describe('200 invitations', () => {
  test.use({ harnessOptions: { invites: manyInvites(200).reverse() } });

  test('all listed, soonest expiry first, nothing wider than the window', async ({ page, harness }) => {
    await signIn(harness);
    await openApp(page, harness);
    await expect(page.getByRole('heading', { name: 'Invitations (200)' })).toBeVisible();
    const cards = page.getByRole('list', { name: 'Pending invitations' }).getByRole('article');
    await expect(cards).toHaveCount(200);
    await expect(cards.first()).toHaveAccessibleName('Organisation 1');
    // Its last day: the countdown to the minute (issue 22).
    await expect(cards.first().getByText(/^(2 hr|1 hr 59 min) left$/)).toBeVisible();
    await expect(cards.nth(199)).toHaveAccessibleName('Organisation 200');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
    expect(harness.tray().state).toBe('urgent-9plus');
  });
});

test.describe('hostile organisation names', () => {
  const hostile = [
    '<img src=x onerror="window.__pwned=1">',
    '<script>window.__pwned=2</script>',
    '"><svg onload=window.__pwned=3>',
  ];
  test.use({
    harnessOptions: {
      invites: hostile.map((name, n) =>
        pendingInvite(`evil000${n}`, name, {
          invited_by: `<b>x${n}</b>@example.com`,
          roles: ['<i>Admin</i>'],
        }),
      ),
    },
  });

  test('are shown literally, never as markup', async ({ page, harness }) => {
    await signIn(harness);
    await openApp(page, harness);
    const list = page.getByRole('list', { name: 'Pending invitations' });
    for (const name of hostile) await expect(list.getByText(name, { exact: true })).toBeVisible();
    await expect(list.getByText('<b>x0</b>@example.com')).toBeVisible();
    await expect(list.getByText('<i>Admin</i>').first()).toBeVisible();
    expect(await list.locator('img, script, svg:not([aria-hidden]), b, i').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

    await page.getByRole('button', { name: `Details of the invitation to ${hostile[0]}` }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(hostile[0]!);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});

test.describe('two accounts', () => {
  test.use({ harnessOptions: { invites: [pendingInvite('acme0001', 'Acme Corp')] } });

  test('each invitation says whose it is, and a filter picks one account', async ({ page, harness }) => {
    await signIn(harness, 'Work');
    await signIn(harness, 'Personal', DEMO_CREDENTIALS.readOnlyToken);
    await openApp(page, harness);
    await expect(page.getByRole('heading', { name: 'Invitations (2)' })).toBeVisible();
    const cards = page.getByRole('list', { name: 'Pending invitations' }).getByRole('article');
    await expect(cards.filter({ hasText: 'Work' })).toHaveCount(1);
    await expect(cards.filter({ hasText: 'Personal' })).toHaveCount(1);
    // What a screen reader reads: the hidden "Account:" and the name, a space between them.
    for (const label of ['Work', 'Personal'])
      await expect(cards.locator('p.account').filter({ hasText: label })).toHaveText(`Account: ${label}`);
    await expect(cards.locator('p.roles').first()).toHaveText(/^Roles: \S/);

    const filter = page.getByRole('combobox', { name: 'Show invitations for' });
    await filter.selectOption({ label: 'Personal' });
    await expect(cards).toHaveCount(1);
    await expect(cards.first()).toContainText('Personal');
    await filter.selectOption({ label: 'All accounts' });
    await expect(cards).toHaveCount(2);
  });
});
