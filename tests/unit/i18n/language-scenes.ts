import { translatorFor } from '../../../electron/shared/i18n/catalogues';
import type { Language } from '../../../electron/shared/types';
import { trayView } from '../../../electron/main/core/tray/tray-view';
import { decideNotifications } from '../../../electron/main/core/notify/notify-policy';
import { expiringNotification } from '../../../electron/main/core/notify/invite-notifications';
import { quietHoursSummary } from '../../../electron/main/core/notify/quiet-hours';
import {
  respondedNotification,
  respondFailedNotification,
} from '../../../electron/main/core/notify/response-notifications';
import { error, HOUR, invite, NOW, profile, snapshot } from '../tray/snapshot-fixtures';

// The same scenes in every language: what the tray, the tooltip and each kind of notification
// say. every-language.test.ts compares them with what a native speaker would write.

export const COUNTS = [0, 1, 2, 5, 21] as const;

const acme = invite('acme1', {
  organization_name: 'Acme Corp',
  invited_by: 'alice@acme.test',
  roles: ['Admin'],
  organization_is_enforcing_twofactor: true,
});
const others = ['Wayne Enterprises', 'Stark Industries', 'Globex'].map((name, i) =>
  invite(`other${i}`, { organization_name: name }),
);
const targets = [acme, ...others].map((entry) => ({ profileId: 'p1', invite: entry }));

function decide(language: Language, fresh: (typeof acme)[]) {
  return decideNotifications({
    events: fresh.map((entry) => ({ type: 'added' as const, profileId: 'p1', invite: entry })),
    snapshot: snapshot(profile('p1', { invites: fresh })),
    preferences: { notificationsEnabled: true, expiringReminder: false, notificationClick: 'accept' },
    notifiedIds: [],
    remindedIds: [],
    now: NOW,
    translator: translatorFor(language),
  }).notifications;
}

const text = (spec: { title: string; body: string } | undefined) => [spec?.title, spec?.body];

export function scenes(language: Language) {
  const tr = translatorFor(language);
  const view = (count: number) =>
    trayView(snapshot(profile('p1', { invites: count === 1 ? [acme] : [acme, ...others].slice(0, count) })), {
      platform: 'linux',
      now: NOW,
      showCountInTray: true,
      startAtLogin: false,
      translator: tr,
    });
  const menu = view(1).menu.filter((item) => item.type !== 'separator');
  const single = decide(language, [acme])[0];
  return {
    pending: COUNTS.map((count) => tr.t('tray.pending', { count })),
    minutes: COUNTS.map((count) => tr.t('prefs.minutes', { count })),
    header: [0, 1, 4].map((count) => view(count).menu[0]?.label),
    menu: menu.map((item) => item.label),
    inviteItem: menu
      .find((item) => item.type === 'submenu')
      ?.submenu?.filter((item) => item.type !== 'separator')
      .map((item) => item.label),
    // Data older than the poll schedule explains: the only time the tooltip says how old they are.
    tooltip: trayView(snapshot(profile('p1', { invites: [acme], lastSuccessAt: NOW - 2 * HOUR })), {
      platform: 'linux',
      now: NOW,
      showCountInTray: true,
      startAtLogin: false,
      translator: tr,
    }).tooltip,
    newInvite: [...text(single), ...(single?.actions?.map((action) => action.label) ?? [])],
    severalAtOnce: text(decide(language, [acme, ...others])[0]),
    expiring: text(
      expiringNotification(
        { profileId: 'p1', invite: { ...acme, expires_on: new Date(NOW + 5 * HOUR).toISOString() } },
        'open',
        NOW,
        tr,
      ),
    ),
    quietSummary: text(quietHoursSummary(targets.slice(0, 2), tr, NOW)),
    quietSummaryOne: quietHoursSummary(targets.slice(0, 1), tr, NOW).title,
    // Held overnight, lapsing in the morning: the summary says when, since it was its reminder.
    quietSummaryExpiring: text(
      quietHoursSummary(
        [
          { profileId: 'p1', invite: { ...acme, expires_on: new Date(NOW + 5 * HOUR).toISOString() } },
          ...targets.slice(1, 2),
        ],
        tr,
        NOW,
      ),
    ),
    joined: text(respondedNotification(acme, 'accepted', 'p1', tr)),
    declined: text(respondedNotification(acme, 'rejected', 'p1', tr)),
    joinFailed: text(
      respondFailedNotification(acme, error('missing-permission', 'Enforce 2FA'), 'accepted', 'p1', tr),
    ),
  };
}

export type Scenes = ReturnType<typeof scenes>;
