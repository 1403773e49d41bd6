import { describe, expect, it } from 'vitest';
import { decideNotifications } from '../../../electron/main/core/notify/notify-policy';
import type { InviteEvent } from '../../../electron/main/core/sync/events';
import { CATALOGUES } from '../../../electron/shared/i18n/catalogues';
import { createTranslator } from '../../../electron/shared/i18n/translate';
import type { Language } from '../../../electron/shared/types';
import { invite, NOW, profile, snapshot } from '../tray/snapshot-fixtures';

// Before accepting (issue 22): the invitation's notification says whether the user's own 2FA
// is on when the organisation enforces it, and claims nothing when that is unknown.

const strict = invite('strict1', { organization_name: 'Initech', organization_is_enforcing_twofactor: true });
const relaxed = invite('relaxed1', { organization_name: 'Globex' });
const URL = 'https://dash.cloudflare.com/profile/authentication';

function bodyOf(
  target: typeof strict,
  twoFactorEnabled: boolean | null | undefined,
  language: Language = 'en',
): string {
  const events: InviteEvent[] = [{ type: 'added', profileId: 'p1', invite: target }];
  const state = profile('p1', {
    invites: [target],
    ...(twoFactorEnabled === undefined ? {} : { twoFactorEnabled }),
  });
  const { notifications } = decideNotifications({
    events,
    snapshot: snapshot(state),
    preferences: { notificationsEnabled: true, expiringReminder: true, notificationClick: 'open' },
    notifiedIds: [],
    remindedIds: [],
    now: NOW,
    translator: createTranslator(language, CATALOGUES[language]),
  });
  expect(notifications).toHaveLength(1);
  return notifications[0]!.body;
}

describe('the notification of an invitation whose organisation enforces 2FA', () => {
  it('says the user’s 2FA is on', () => {
    expect(bodyOf(strict, true).split('\n')).toContain('Requires 2FA — yours is on.');
  });

  it('says to turn it on first, with the dashboard’s 2FA page', () => {
    expect(bodyOf(strict, false).split('\n')).toContain(`Requires 2FA — turn it on first: ${URL}`);
  });

  it('unknown (null or never read): the requirement alone, as before', () => {
    for (const state of [null, undefined]) {
      const lines = bodyOf(strict, state).split('\n');
      expect(lines).toContain('Requires two-factor authentication.');
      expect(lines.join('\n')).not.toMatch(/yours is on|turn it on first/);
    }
  });

  it('an organisation without the rule gets no 2FA line whatever the user’s state', () => {
    for (const state of [true, false, null]) expect(bodyOf(relaxed, state)).not.toMatch(/2FA|two-factor/i);
  });

  it.each([
    ['de', '2FA erforderlich – Ihre ist aktiv.', `2FA erforderlich – zuerst aktivieren: ${URL}`],
    ['ja', '2FA 必須 — 有効になっています。', `2FA 必須 — 先に有効にしてください：${URL}`],
  ] as const)('in %s', (language, on, off) => {
    expect(bodyOf(strict, true, language).split('\n')).toContain(on);
    expect(bodyOf(strict, false, language).split('\n')).toContain(off);
  });
});
