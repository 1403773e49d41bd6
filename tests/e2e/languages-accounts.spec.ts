import { DEMO_EMAIL, DEMO_TOKEN } from '../../electron/main/core/demo/credentials';
import { expect, openApp, signIn, test } from './harness/fixtures';
import { pendingInvite } from './harness/invites';
import { englishOnScreen, expectNoEnglish } from './harness/language';
import { auditScreen } from './harness/screens';

// Signing in and managing accounts in German and Japanese, at the popover's 380×560: every
// screen speaks the language (no English sentence from the catalogue left on it), fits the
// width and passes axe in light and dark.
test.use({ harnessOptions: { invites: [pendingInvite('acme0001', 'Acme Corp')] } });
// axe runs twice (light, dark) per screen, slow on a loaded machine.
test.describe.configure({ timeout: 180_000 });

test('the English check is not vacuous: an English screen fails it', async ({ page, harness }) => {
  await openApp(page, harness);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Cloudflare' })).toBeVisible();
  expect(await englishOnScreen(page, 'de')).toEqual(
    expect.arrayContaining(['No Cloudflare login at hand?', 'Verify and add account']),
  );
});

test.describe('German', () => {
  test.use({
    harnessOptions: { invites: [pendingInvite('acme0001', 'Acme Corp')], systemLanguages: ['de-DE'] },
  });

  test('sign-in: both credential kinds, a validation message, then the list', async ({ page, harness }) => {
    await openApp(page, harness);
    await expect(page.getByRole('heading', { level: 1, name: 'Bei Cloudflare anmelden' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Demo ausprobieren' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'API-Token (empfohlen)' })).toBeChecked();
    await expect(page.getByText('Memberships Read und Memberships Write')).toBeVisible();
    await expect(page.getByRole('button', { name: 'API-Token im Dashboard öffnen' })).toBeVisible();
    await expectNoEnglish(page, 'de', 'sign-in');
    await auditScreen(page, 'de-sign-in');

    await page.getByRole('radio', { name: 'Globaler API-Schlüssel' }).check();
    await page.getByRole('button', { name: 'Prüfen und Konto hinzufügen' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'Geben Sie die E-Mail-Adresse Ihrer Cloudflare-Anmeldung ein.',
    );
    await expect(page.getByLabel('E-Mail-Adresse Ihrer Cloudflare-Anmeldung')).toBeVisible();
    await expect(page.getByRole('button', { name: 'API-Token', exact: true })).toBeVisible();
    await expectNoEnglish(page, 'de', 'sign-in with a key');
    await auditScreen(page, 'de-sign-in-key');

    await page.getByRole('radio', { name: 'API-Token (empfohlen)' }).check();
    await page.getByLabel('Bezeichnung').fill('Arbeit');
    await page.getByLabel('API-Token', { exact: true }).fill(DEMO_TOKEN);
    await page.getByRole('button', { name: 'Prüfen und Konto hinzufügen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einladungen (1)');
    expect(harness.core.listAccounts()).toMatchObject([{ label: 'Arbeit', authKind: 'token' }]);
  });

  test('accounts: the list and the remove confirmation', async ({ page, harness }) => {
    await signIn(harness, 'Arbeit');
    await openApp(page, harness);
    await page.getByRole('button', { name: 'Einstellungen' }).click();
    const accounts = page.locator('section[aria-labelledby="settings-accounts"]');
    await accounts.scrollIntoViewIfNeeded();
    await expect(accounts.getByRole('heading', { name: 'Konten' })).toBeVisible();
    await expect(accounts.getByText('API-Token', { exact: true })).toBeVisible();
    await expect(page.getByLabel('Tastenkürzel', { exact: true })).toHaveValue('Strg+Alt+Umschalt+Y');
    await expectNoEnglish(page, 'de', 'settings with accounts');
    await auditScreen(page, 'de-accounts');

    await page.getByRole('button', { name: 'Arbeit entfernen' }).click();
    await expect(page.getByRole('group', { name: 'Entfernen von Arbeit bestätigen' })).toContainText(
      '„Arbeit“ entfernen?',
    );
    await expect(page.getByRole('button', { name: 'Ja, entfernen' })).toBeVisible();
    await expectNoEnglish(page, 'de', 'remove confirmation');
    await auditScreen(page, 'de-accounts-remove');
    await page.getByRole('button', { name: 'Behalten' }).click();
    await expect(page.getByRole('button', { name: 'Ja, entfernen' })).toBeHidden();
    await harness.core.whenIdle();
    expect(harness.core.listAccounts()).toHaveLength(1);
  });

  test('accounts: re-enter credentials, add another', async ({ page, harness }) => {
    await signIn(harness, 'Arbeit');
    await openApp(page, harness);
    await page.getByRole('button', { name: 'Einstellungen' }).click();
    await page.getByRole('button', { name: 'Zugangsdaten für Arbeit neu eingeben' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zugangsdaten neu eingeben · Arbeit');
    await expect(page.getByText('Geben Sie neue Zugangsdaten für „Arbeit“ ein.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Prüfen und speichern' })).toBeVisible();
    await expectNoEnglish(page, 'de', 're-enter credentials');
    await auditScreen(page, 'de-reauth');
    await page.getByRole('button', { name: 'Abbrechen' }).click();

    await page.getByRole('button', { name: 'Konto hinzufügen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Konto hinzufügen');
    await page.getByRole('button', { name: 'Prüfen und Konto hinzufügen' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'Geben Sie diesem Konto eine Bezeichnung, etwa „Arbeit“.',
    );
    await expectNoEnglish(page, 'de', 'add an account');
    await auditScreen(page, 'de-add-account');
  });

  test('details copy buttons and the unreadable-invitations line', async ({ page, harness }) => {
    await signIn(harness, 'Arbeit');
    harness.demo.addDriftingInvites(['null-entry', 'wrong-type']);
    await harness.core.refresh();
    await harness.core.whenIdle();
    await openApp(page, harness);
    await expect(page.getByTestId('unreadable-invites')).toHaveText(
      '2 Einladungen konnten nicht gelesen werden – bitte Invitray aktualisieren',
    );
    await page.getByRole('button', { name: 'Details der Einladung zu Acme Corp' }).click();
    await expect(page.getByRole('button', { name: 'Einladungs-ID kopieren' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Organisations-ID kopieren' })).toBeVisible();
    await expectNoEnglish(page, 'de', 'details');
  });
});

test.describe('Japanese', () => {
  test.use({
    harnessOptions: { invites: [pendingInvite('acme0001', 'Acme Corp')], systemLanguages: ['ja-JP'] },
  });

  test('sign-in: both credential kinds, a validation message, then the list', async ({ page, harness }) => {
    await openApp(page, harness);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('heading', { level: 1, name: 'Cloudflare にサインイン' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'デモを試す' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'API トークン（推奨）' })).toBeChecked();
    await expectNoEnglish(page, 'ja', 'sign-in');
    await auditScreen(page, 'ja-sign-in');

    await page.getByRole('radio', { name: 'グローバル API キー' }).check();
    await page.getByLabel('Cloudflare ログインのメールアドレス').fill(DEMO_EMAIL);
    await page.getByRole('button', { name: '確認してアカウントを追加' }).click();
    await expect(page.getByRole('alert')).toHaveText('グローバル API キーを貼り付けてください。');
    await expectNoEnglish(page, 'ja', 'sign-in with a key');
    await auditScreen(page, 'ja-sign-in-key');

    await page.getByRole('radio', { name: 'API トークン（推奨）' }).check();
    await page.getByLabel('ラベル').fill('仕事用');
    await page.getByLabel('API トークン', { exact: true }).fill(DEMO_TOKEN);
    await page.getByRole('button', { name: '確認してアカウントを追加' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('招待（1）');
  });

  test('accounts: the list and the remove confirmation', async ({ page, harness }) => {
    await signIn(harness, '仕事用');
    await openApp(page, harness);
    await page.getByRole('button', { name: '設定' }).click();
    const accounts = page.locator('section[aria-labelledby="settings-accounts"]');
    await accounts.scrollIntoViewIfNeeded();
    await expect(accounts.getByText('API トークン', { exact: true })).toBeVisible();
    await expectNoEnglish(page, 'ja', 'settings with accounts');
    await auditScreen(page, 'ja-accounts');

    await page.getByRole('button', { name: '仕事用 を削除' }).click();
    await expect(page.getByRole('group', { name: '仕事用 の削除の確認' })).toContainText(
      '「仕事用」を削除しますか？',
    );
    await expectNoEnglish(page, 'ja', 'remove confirmation');
    await auditScreen(page, 'ja-accounts-remove');
    await page.getByRole('button', { name: 'キャンセル' }).click();
    await expect(page.getByRole('group', { name: '仕事用 の削除の確認' })).toBeHidden();
    await harness.core.whenIdle();
    expect(harness.core.listAccounts()).toHaveLength(1);
  });

  test('accounts: re-enter credentials, add another', async ({ page, harness }) => {
    await signIn(harness, '仕事用');
    await openApp(page, harness);
    await page.getByRole('button', { name: '設定' }).click();
    await page.getByRole('button', { name: '仕事用 の認証情報を再入力' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('認証情報の再入力 · 仕事用');
    await expectNoEnglish(page, 'ja', 're-enter credentials');
    await auditScreen(page, 'ja-reauth');
    await page.getByRole('button', { name: 'キャンセル' }).click();

    await page.getByRole('button', { name: 'アカウントを追加' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('アカウントを追加');
    await expectNoEnglish(page, 'ja', 'add an account');
    await auditScreen(page, 'ja-add-account');
  });
});

test.describe('English on a German system', () => {
  test.use({ locale: 'de-DE' });

  test('an English override shows English relative times, not the OS’s German', async ({ page, harness }) => {
    await signIn(harness);
    await harness.core.updatePreferences({ language: 'en' });
    await openApp(page, harness);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Invitations (1)');
    const card = page.getByRole('article', { name: 'Acme Corp' });
    await expect(card.locator('time').first()).toHaveText('3 days ago');
    await expect(card.locator('time').last()).toHaveText('in 7 days');
  });
});
