import { describe, expect, it } from 'vitest';
import { everyCatalogue, translatorFor } from '../../../electron/shared/i18n/catalogues';
import { mapHttpFailure } from '../../../electron/main/core/cloudflare/error-map';
import { respondFailedNotification } from '../../../electron/main/core/notify/response-notifications';
import { trayMenu } from '../../../electron/main/core/tray/tray-menu';
import { trayTooltip } from '../../../electron/main/core/tray/tray-status';
import { createNotices, notificationsUnavailableNotice } from '../../../electron/main/core/app/notices';
import { createLanguageSource, localeFor } from '../../../electron/main/core/app/language';
import { DEFAULT_PREFERENCES } from '../../../electron/main/core/accounts/settings-schema';
import { invite, NOW, profile, snapshot } from '../tray/snapshot-fixtures';

// A failure as main makes it, shown where the user meets it outside the window: the tray's
// problem line and tooltip, the "last answer failed" line, a respond-failed notification.

const rejected = mapHttpFailure(401, { success: false, errors: [] }, null, {
  operation: 'list-invites',
  credentialKind: 'token',
  nowMs: NOW,
}).info;
const noWrite = mapHttpFailure(403, { success: false, errors: [] }, null, {
  operation: 'respond',
  credentialKind: 'token',
  nowMs: NOW,
}).info;
const failing = snapshot(profile('p1', { error: rejected, nextRetryAt: null }));
const label = (menu: ReturnType<typeof trayMenu>, id: string) => menu.find((item) => item.id === id)?.label;

describe('tray problem line and tooltip', () => {
  it('German', () => {
    const translator = translatorFor('de');
    const menu = trayMenu(failing, { now: NOW, startAtLogin: false, translator });
    expect(label(menu, 'problem:p1')).toBe(
      'Cloudflare hat dieses API-Token nicht akzeptiert. Erstellen Sie ein Token mit „Membership…',
    );
    expect(trayTooltip(failing, NOW, translator)).toMatch(
      /^Invitray — Keine offenen Einladungen · Cloudflare hat dieses API-Token nicht akzeptiert\./,
    );
  });

  it('Japanese', () => {
    const translator = translatorFor('ja');
    const menu = trayMenu(failing, { now: NOW, startAtLogin: false, translator });
    expect(label(menu, 'problem:p1')).toBe(
      'Cloudflare がこの API トークンを受け付けませんでした。「Memberships Read」と「Memberships Write」の権限を持つトークンを作成し、も…',
    );
    expect(trayTooltip(failing, NOW, translator)).toContain(
      'Cloudflare がこの API トークンを受け付けませんでした。',
    );
  });

  it('English is word for word what it was', () => {
    const menu = trayMenu(failing, { now: NOW, startAtLogin: false });
    expect(label(menu, 'problem:p1')).toMatch(/^Cloudflare did not accept this API token\. Create a token/);
  });

  it('a failed answer, the update lines and a system notice in German', () => {
    const pending = invite('a1', { organization_name: undefined });
    const answered = snapshot(profile('p1', { invites: [pending], respondErrors: { a1: noWrite } }));
    const notices = createNotices();
    notices.set('notifications-unavailable', notificationsUnavailableNotice('linux'));
    const translator = translatorFor('de');
    const menu = trayMenu(answered, {
      now: NOW,
      startAtLogin: false,
      translator,
      updateAvailable: '2.0.0',
      notices: notices.menuLines(translator),
    });
    const submenu = menu.find((item) => item.id === 'invite:p1:a1');
    expect(submenu?.label).toBe('Organisation (ID org-a1)');
    expect(submenu?.submenu?.map((item) => item.label)).toContain(
      'Letzte Antwort fehlgeschlagen: Diesem API-Token fehlt die Berechtigung „Memberships Write…',
    );
    expect(label(menu, 'update-available')).toBe('Invitray 2.0.0 ist verfügbar');
    expect(label(menu, 'update-available:how')).toBe('Über die Paketverwaltung aktualisieren');
    expect(label(menu, 'notice:0')).toBe('Benachrichtigungen blockiert: siehe Fenster');
  });
});

describe('respond-failed notification', () => {
  const acme = invite('a1', { organization_name: 'Acme Corp' });

  it('German', () => {
    const spec = respondFailedNotification(acme, noWrite, 'accepted', 'p1', translatorFor('de'));
    expect(spec.title).toBe('Beitritt zu Acme Corp fehlgeschlagen');
    expect(spec.body).toBe(
      'Diesem API-Token fehlt die Berechtigung „Memberships Write“: Es kann Einladungen auflisten, aber nicht beantworten. Fügen Sie dem Token im Cloudflare-Dashboard „Memberships Write“ hinzu.',
    );
  });

  it('Japanese, declining', () => {
    const spec = respondFailedNotification(acme, noWrite, 'rejected', 'p1', translatorFor('ja'));
    expect(spec.title).toBe('Acme Corp への招待を辞退できませんでした');
    expect(spec.body).toBe(
      'この API トークンには「Memberships Write」権限がないため、招待の一覧は取得できても応答はできません。Cloudflare ダッシュボードでトークンを編集し、「Memberships Write」を追加してください。',
    );
  });

  it('a 2FA refusal keeps the localized refusal beside the advice', () => {
    const enforcing = invite('a2', {
      organization_name: 'Acme Corp',
      organization_is_enforcing_twofactor: true,
    });
    const spec = respondFailedNotification(enforcing, noWrite, 'accepted', 'p1', translatorFor('de'));
    expect(spec.body).toMatch(
      /^Acme Corp verlangt Zwei-Faktor-Authentifizierung: .* \(Diesem API-Token fehlt/,
    );
  });
});

describe('the locale main passes for dates and numbers', () => {
  it('is the first OS language that is a variant of the language, else the language', () => {
    expect(localeFor('de', ['de-AT', 'de'])).toBe('de-AT');
    expect(localeFor('de', ['en-US', 'de-CH'])).toBe('de-CH');
    expect(localeFor('de', ['en-US'])).toBe('de');
    expect(localeFor('en', ['de-DE', 'de'])).toBe('en');
    expect(localeFor('en', ['en_GB'])).toBe('en-GB');
    expect(localeFor('pt-BR', ['pt-PT'])).toBe('pt-PT');
    expect(localeFor('ja', ['C', 'C.UTF-8', 'ja-JP'])).toBe('ja-JP');
  });

  it('writes the tray’s numbers the locale’s way: de-CH 1’234, de 1.234', () => {
    const many = Array.from({ length: 1234 }, (_, n) => invite(`i${n}`));
    const view = snapshot(profile('p1', { invites: many, pendingCount: many.length }));
    const header = (systemLanguages: string[]) => {
      const translator = createLanguageSource(
        systemLanguages,
        () => ({ ...DEFAULT_PREFERENCES, language: 'de' }),
        everyCatalogue,
      )();
      return trayMenu(view, { now: NOW, startAtLogin: false, translator })[0]?.label;
    };
    // CLDR's Swiss separator is ’ or ' depending on the ICU version: whichever Intl writes, not the '.' of de.
    const swiss = new Intl.NumberFormat('de-CH').format(1234);
    expect(swiss).toMatch(/^1['’]234$/);
    expect(header(['de-CH', 'en'])).toBe(`${swiss} offene Einladungen`);
    expect(header(['de-DE'])).toBe('1.234 offene Einladungen');
  });
});
