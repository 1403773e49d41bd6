import { expect, openApp, signIn, test } from './harness/fixtures';
import { pendingInvite } from './harness/invites';
import { auditScreen } from './harness/screens';

// The Settings parts of issue 12: the global shortcut's key-capture field, sound and quiet hours.
test.use({
  harnessOptions: {
    invites: [pendingInvite('acme0001', 'Acme Corp')],
    takenShortcuts: ['CommandOrControl+Alt+Shift+K'],
  },
});
test.describe.configure({ timeout: 60_000 });

test('global shortcut: on by default, captured from a key press, refused one reported, off', async ({
  page,
  harness,
}) => {
  await signIn(harness);
  await openApp(page, harness);
  expect(harness.recorded.shortcut).toBe('CommandOrControl+Alt+Shift+Y');
  await page.getByRole('button', { name: 'Settings' }).click();
  const field = page.getByLabel('Shortcut', { exact: true });
  await expect(field).toHaveValue('Ctrl+Alt+Shift+Y');

  await field.click();
  await expect(field).toHaveValue('Press keys…');
  // Modifiers alone do nothing yet; the key completes the combination.
  await page.keyboard.down('Control');
  await page.keyboard.down('Alt');
  await page.keyboard.press('J');
  await page.keyboard.up('Alt');
  await page.keyboard.up('Control');
  await expect.poll(() => harness.core.preferences().globalShortcut).toBe('CommandOrControl+Alt+J');
  expect(harness.recorded.shortcut).toBe('CommandOrControl+Alt+J');
  // Saved: the field shows the new combination at once, while it still has focus.
  await expect(field).toHaveValue('Ctrl+Alt+J');
  await expect(field).toBeFocused();
  // The next combination starts with its first key.
  await page.keyboard.down('Control');
  await expect(field).toHaveValue('Press keys…');
  await page.keyboard.up('Control');

  // A combination that would steal ordinary typing is refused by main, with the reason.
  await field.press('Shift+J');
  await expect(page.getByText(/would take ordinary typing from other apps/)).toBeVisible();
  expect(harness.core.preferences().globalShortcut).toBe('CommandOrControl+Alt+J');

  // "Another app" holds this one: saved, but Settings says the OS refused it.
  await field.press('Control+Alt+Shift+K');
  await expect(page.getByText(/Another app is already using Ctrl\+Alt\+Shift\+K/)).toBeVisible();
  expect(harness.core.appInfo().shortcut?.state).toBe('refused');
  await page.getByRole('button', { name: 'Back' }).focus();
  await auditScreen(page, 'settings-shortcut-refused');

  await page.getByLabel('Open and close Invitray with a keyboard shortcut').uncheck();
  await expect.poll(() => harness.core.preferences().globalShortcutEnabled).toBe(false);
  await expect(field).toBeHidden();
  expect(harness.recorded.shortcut).toBe('');
});

test('Shift+Tab leaves the shortcut field backwards, as Tab leaves it forwards; neither is recorded', async ({
  page,
  harness,
}) => {
  await signIn(harness);
  await openApp(page, harness);
  await page.getByRole('button', { name: 'Settings' }).click();
  const toggle = page.getByLabel('Open and close Invitray with a keyboard shortcut');
  const field = page.getByLabel('Shortcut', { exact: true });
  await field.focus();
  // Before: Shift+Tab was taken as a combination (refused by main as ordinary typing) and focus stayed.
  await page.keyboard.press('Shift+Tab');
  await expect(toggle).toBeFocused();
  await expect(page.getByText(/would take ordinary typing from other apps/)).toBeHidden();
  await expect(field).toHaveValue('Ctrl+Alt+Shift+Y');
  expect(harness.core.preferences().globalShortcut).toBe('CommandOrControl+Alt+Shift+Y');
});

test('sound and quiet hours are saved through the core', async ({ page, harness }) => {
  await signIn(harness);
  await openApp(page, harness);
  await page.getByRole('button', { name: 'Settings' }).click();

  await page.getByLabel('Play a sound with notifications').uncheck();
  await expect.poll(() => harness.core.preferences().notificationSound).toBe(false);

  await page.getByLabel('Quiet hours', { exact: true }).check();
  await expect.poll(() => harness.core.preferences().quietHours.enabled).toBe(true);
  await page.getByLabel('From').fill('23:30');
  await page.getByLabel('to', { exact: true }).fill('06:45');
  await expect
    .poll(() => harness.core.preferences().quietHours)
    .toEqual({ enabled: true, from: '23:30', to: '06:45' });
  await expect(page.getByText(/The tray count still\s+updates/)).toBeVisible();

  // Same start and end: main refuses, the field says why, nothing changes.
  await page.getByLabel('to', { exact: true }).fill('23:30');
  await expect(page.getByRole('alert')).toContainText('different start and end');
  expect(harness.core.preferences().quietHours.to).toBe('06:45');
  await auditScreen(page, 'settings-quiet-hours');
});
