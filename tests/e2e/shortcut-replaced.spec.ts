import { expect, openApp, signIn, test } from './harness/fixtures';
import { pendingInvite } from './harness/invites';
import { auditScreen } from './harness/screens';

// Issue 20: a shortcut hand-edited into the settings file passes the same check as one pressed in
// Settings. "Shift+A" would take capital A from every app: the default takes its place, and
// Settings says which value was replaced and why, instead of blaming another app.
test.use({
  harnessOptions: { invites: [pendingInvite('acme0001', 'Acme Corp')], storedShortcut: 'Shift+A' },
});

test('a refused shortcut from the settings file: the default is used, and Settings says why', async ({
  page,
  harness,
}) => {
  await signIn(harness);
  await openApp(page, harness);
  expect(harness.recorded.shortcut).toBe('CommandOrControl+Alt+Shift+Y');
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByLabel('Shortcut', { exact: true })).toHaveValue('Ctrl+Alt+Shift+Y');
  const hint = page.getByRole('status').filter({ hasText: 'settings file' });
  await expect(hint).toHaveText(
    'The shortcut in the settings file, Shift+A, cannot be used, so Invitray uses Ctrl+Alt+Shift+Y. ' +
      'Add modifier keys (for example Ctrl+Alt+Shift): this combination would take ordinary typing from other apps.',
  );
  await expect(page.getByText(/Another app is already using/)).toHaveCount(0);
  await auditScreen(page, 'settings-shortcut-replaced');

  // Pressing a new combination ends the note.
  const field = page.getByLabel('Shortcut', { exact: true });
  await field.click();
  await field.press('Control+Alt+K');
  await expect(field).toHaveValue('Ctrl+Alt+K');
  await expect(hint).toHaveCount(0);
});
