import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../electron/shared/i18n/catalogues';
import { LANGUAGES, type Language } from '../../../electron/shared/types';
import { trayView } from '../../../electron/main/core/tray/tray-view';
import { decideNotifications } from '../../../electron/main/core/notify/notify-policy';
import { quietHoursSummary } from '../../../electron/main/core/notify/quiet-hours';
import { en } from '../../../electron/shared/i18n/en';
import { HOUR, invite, NOW, pendingInvites, profile, snapshot } from '../tray/snapshot-fixtures';

// The tray menu, tooltip and notifications in each language: every label comes from that
// language's catalogue, none is left in English.

const englishLabels = new Set(
  Object.values(en).flatMap((message) => (typeof message === 'string' ? [message] : Object.values(message))),
);
const view = (language: Language, count: number) =>
  trayView(snapshot(profile('p1', { invites: pendingInvites(count) })), {
    platform: 'linux',
    now: NOW,
    showCountInTray: true,
    startAtLogin: false,
    translator: translatorFor(language),
  });

const HEADERS: Record<Language, string[]> = {
  en: [
    'No pending invitations',
    '1 pending invitation',
    '2 pending invitations',
    '5 pending invitations',
    '21 pending invitations',
  ],
  de: [
    'Keine offenen Einladungen',
    '1 offene Einladung',
    '2 offene Einladungen',
    '5 offene Einladungen',
    '21 offene Einladungen',
  ],
  fr: [
    'Aucune invitation en attente',
    '1 invitation en attente',
    '2 invitations en attente',
    '5 invitations en attente',
    '21 invitations en attente',
  ],
  es: [
    'No hay invitaciones pendientes',
    '1 invitación pendiente',
    '2 invitaciones pendientes',
    '5 invitaciones pendientes',
    '21 invitaciones pendientes',
  ],
  ja: [
    '保留中の招待はありません',
    '保留中の招待 1 件',
    '保留中の招待 2 件',
    '保留中の招待 5 件',
    '保留中の招待 21 件',
  ],
  'pt-BR': [
    'Nenhum convite pendente',
    '1 convite pendente',
    '2 convites pendentes',
    '5 convites pendentes',
    '21 convites pendentes',
  ],
};

describe.each(LANGUAGES)('tray and notifications in %s', (language) => {
  it('tray header and tooltip for 0, 1, 2, 5 and 21 pending', () => {
    const headers = [0, 1, 2, 5, 21].map((count) => view(language, count).menu[0]?.label);
    expect(headers).toEqual(HEADERS[language]);
    expect(view(language, 21).tooltip).toContain(HEADERS[language][4]);
  });

  it('every fixed menu label is in the language', () => {
    const menu = view(language, 12).menu;
    const labels = menu.filter((item) => item.type !== 'separator').map((item) => item.label);
    const submenu = menu.find((item) => item.type === 'submenu')?.submenu ?? [];
    const actions = submenu.filter((item) => item.action).map((item) => item.label);
    expect(actions).toHaveLength(3);
    const fixed = [...labels.filter((label) => !/^Org i\d+$/.test(label ?? '')), ...actions];
    if (language === 'en')
      expect(fixed.every((label) => englishLabels.has(label ?? '') || /\d/.test(label ?? ''))).toBe(true);
    else
      for (const label of fixed) expect(englishLabels.has(label ?? ''), `${language}: ${label}`).toBe(false);
  });

  it('a new-invitation notification, its buttons and the quiet-hours summary', () => {
    const acme = invite('acme1', { organization_name: 'Acme Corp', invited_by: 'alice@acme.test' });
    const { notifications } = decideNotifications({
      events: [{ type: 'added', profileId: 'p1', invite: acme }],
      snapshot: snapshot(profile('p1', { invites: [acme] })),
      preferences: { notificationsEnabled: true, expiringReminder: true, notificationClick: 'accept' },
      notifiedIds: [],
      remindedIds: [],
      now: NOW,
      translator: translatorFor(language),
    });
    const spec = notifications[0];
    expect(spec?.title).toContain('Acme Corp');
    expect(spec?.body).toContain('alice@acme.test');
    const summary = quietHoursSummary([{ profileId: 'p1', invite: acme }], translatorFor(language), NOW);
    if (language === 'en') {
      expect(spec?.title).toBe('Invitation to join Acme Corp');
      expect(spec?.actions?.map((a) => a.label)).toEqual(['Accept', 'Decline']);
    } else {
      expect(spec?.title).not.toContain('Invitation to join');
      expect(spec?.body).not.toMatch(/invited you|Click to/);
      for (const action of spec?.actions ?? []) expect(['Accept', 'Decline']).not.toContain(action.label);
      expect(summary.title).not.toMatch(/new Cloudflare invitation/);
    }
    expect(summary.title).toContain('1');
  });
});

describe('examples a reader can check', () => {
  it('German and Japanese notifications', () => {
    const acme = invite('acme1', {
      organization_name: 'Acme Corp',
      invited_by: 'alice@acme.test',
      roles: ['Admin'],
    });
    const decide = (language: Language) =>
      decideNotifications({
        events: [{ type: 'added', profileId: 'p1', invite: acme }],
        snapshot: snapshot(profile('p1', { invites: [acme] })),
        preferences: { notificationsEnabled: true, expiringReminder: false, notificationClick: 'accept' },
        notifiedIds: [],
        remindedIds: [],
        now: NOW,
        translator: translatorFor(language),
      }).notifications[0];
    expect(decide('de')).toMatchObject({
      title: 'Einladung zu Acme Corp',
      body: 'alice@acme.test hat Sie als Admin eingeladen.\nZum Annehmen klicken',
    });
    expect(decide('ja')).toMatchObject({
      title: 'Acme Corp への招待',
      body: 'alice@acme.test さんから Admin として招待されました。\nクリックして承諾',
    });
  });

  it('relative times in the tooltip use the language', () => {
    const stale = profile('p1', { invites: pendingInvites(1), lastSuccessAt: NOW - 2 * HOUR });
    const tooltip = trayView(snapshot(stale), {
      platform: 'linux',
      now: NOW,
      showCountInTray: true,
      startAtLogin: false,
      translator: translatorFor('de'),
    }).tooltip;
    expect(tooltip).toBe('Invitray — 1 offene Einladung · synchronisiert vor 2 Std.');
  });
});
