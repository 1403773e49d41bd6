import { expect, openApp, signIn, test } from './harness/fixtures';
import { pendingInvite } from './harness/invites';
import { auditScreen } from './harness/screens';

// Languages: main decides (Settings override, else the OS's languages); the window follows,
// and the tray follows with it. Screenshots of German and Japanese are kept beside English's.
test.use({
  harnessOptions: {
    invites: [pendingInvite('acme0001', 'Acme Corp'), pendingInvite('wayn0001', 'Wayne Enterprises')],
  },
});
test.describe.configure({ timeout: 90_000 });

test('the Settings override switches the window and the tray to German, and back', async ({
  page,
  harness,
}) => {
  await signIn(harness);
  await openApp(page, harness);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Invitations (2)');
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Language').selectOption('de');
  await expect.poll(() => harness.core.preferences().language).toBe('de');

  await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByLabel('Invitray per Tastenkürzel öffnen und schließen')).toBeChecked();
  expect(harness.tray().menu[0]?.label).toBe('2 offene Einladungen');
  expect(harness.tray().tooltip).toMatch(/^Invitray — 2 offene Einladungen · synchronisiert/);
  await auditScreen(page, 'de-settings');

  await page.getByRole('button', { name: 'Zurück' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einladungen (2)');
  await expect(page.getByRole('button', { name: 'Einladung zu Acme Corp annehmen' })).toBeVisible();
  await auditScreen(page, 'de-invitations');
  await page.getByRole('button', { name: 'Details der Einladung zu Acme Corp' }).click();
  await expect(page.getByTestId('details-status')).toHaveText('Offen');
  await auditScreen(page, 'de-details');

  await page.getByRole('button', { name: 'Zurück' }).click();
  await page.getByRole('button', { name: 'Einstellungen' }).click();
  await page.getByLabel('Sprache').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  expect(harness.tray().menu[0]?.label).toBe('2 pending invitations');
});

test('Japanese: invitations, details and settings fit the window', async ({ page, harness }) => {
  await signIn(harness);
  await harness.core.updatePreferences({ language: 'ja' });
  await openApp(page, harness);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('招待 (2)');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await auditScreen(page, 'ja-invitations');
  await page.getByRole('button', { name: 'Acme Corp への招待の詳細' }).click();
  await expect(page.getByTestId('details-status')).toHaveText('保留中');
  await auditScreen(page, 'ja-details');
  await page.getByRole('button', { name: '戻る' }).click();
  await page.getByRole('button', { name: '設定' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '設定' })).toBeVisible();
  await auditScreen(page, 'ja-settings');
});

for (const [language, heading] of [
  ['fr', 'Invitations (2)'],
  ['es', 'Invitaciones (2)'],
  ['pt-BR', 'Convites (2)'],
] as const) {
  test(`${language}: the list and settings fit the window and pass axe`, async ({ page, harness }) => {
    await signIn(harness);
    await harness.core.updatePreferences({ language });
    await openApp(page, harness);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await auditScreen(page, `${language}-invitations`);
    await page.locator('header button').last().click();
    await expect(page.locator('#settings-preferences')).toBeVisible();
    await auditScreen(page, `${language}-settings`);
  });
}

test.describe('following the OS', () => {
  test.use({
    harnessOptions: {
      invites: [pendingInvite('acme0001', 'Acme Corp')],
      systemLanguages: ['de-AT', 'en-US'],
    },
  });

  test('with no override the window speaks the OS’s language, as main resolved it', async ({
    page,
    harness,
  }) => {
    await signIn(harness);
    await openApp(page, harness);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einladungen (1)');
    expect(harness.core.appInfo().language).toBe('de');
    await page.getByRole('button', { name: 'Einstellungen' }).click();
    await expect(page.getByLabel('Sprache')).toHaveValue('system');
  });
});
