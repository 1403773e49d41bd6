import { expect, openApp, signIn, test } from './harness/fixtures';
import { pendingInvite } from './harness/invites';
import { auditScreen } from './harness/screens';

// A Wayland desktop without the GlobalShortcuts portal gives no app global keys. Settings must
// not blame "another app" (choosing another combination would not help): it says what works.
test.use({
  harnessOptions: { invites: [pendingInvite('acme0001', 'Acme Corp')], noGlobalShortcuts: true },
});

test('no global shortcuts on this desktop: Settings says so and points to a desktop shortcut', async ({
  page,
  harness,
}) => {
  await signIn(harness);
  await openApp(page, harness);
  expect(harness.core.appInfo().shortcut).toEqual({
    accelerator: 'CommandOrControl+Alt+Shift+Y',
    state: 'unavailable',
  });
  await page.getByRole('button', { name: 'Settings' }).click();
  const hint = page.getByRole('status').filter({ hasText: 'global shortcuts' });
  await expect(hint).toHaveText(/This desktop gives apps no global shortcuts/);
  await expect(hint).toContainText('add a keyboard shortcut in your desktop’s settings that starts Invitray');
  await expect(page.getByText(/Another app is already using/)).toHaveCount(0);
  await auditScreen(page, 'settings-shortcut-unavailable');

  // In German too: Settings › Language switches the window, this hint included.
  await page.getByLabel('Language').selectOption('de');
  await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Arbeitsumgebung' })).toContainText(
    'Diese Arbeitsumgebung erlaubt Apps keine globalen Tastenkürzel',
  );
});
