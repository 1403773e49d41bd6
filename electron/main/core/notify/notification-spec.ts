import { ENGLISH } from '../../../shared/i18n/english';
import type { Translator } from '../../../shared/i18n/translate';
import type { Invite } from '../../../shared/types';
import { organisationName } from '../tray/invite-labels';

// Native notifications as plain data. The shell turns a spec into an Electron
// Notification, keeps a reference to it while it is live and maps clicks and
// action buttons back to `clickAction` / `actions`.

export type NotificationKind =
  'new-invite' | 'summary' | 'expiring' | 'last-chance' | 'responded' | 'respond-failed' | 'update-ready';

export type NotificationClick =
  | { kind: 'accept'; profileId: string; inviteId: string }
  /** Show the window, on this invitation when ids are given. */
  | { kind: 'open'; profileId?: string; inviteId?: string }
  /** Quit and install the downloaded update. */
  | { kind: 'restart-to-update' };

/** Buttons where the platform has them (macOS, Windows); they act on the spec's invitation. */
export interface NotificationActionSpec {
  id: 'accept' | 'decline';
  label: string;
}

export interface NotificationSpec {
  kind: NotificationKind;
  /**
   * Stable identity: the same invitation and kind give the same tag, so the shell can
   * replace a notification instead of stacking a second one.
   */
  tag: string;
  /** Plain text. Linux notification daemons read the body as markup: escape it there. */
  title: string;
  body: string;
  profileId?: string;
  inviteId?: string;
  clickAction: NotificationClick;
  actions?: NotificationActionSpec[];
  /** No sound: the user turned sound off, or quiet hours are on. */
  silent?: boolean;
  /**
   * Must not be missed (the last-chance reminder, issue 22): stays on screen until dismissed,
   * and asks for the OS's urgent treatment where there is one (shell/notifications.ts maps it
   * per platform).
   */
  urgent?: boolean;
  /** Shown with sound even during quiet hours: the invitation lapses before they end. */
  throughQuietHours?: boolean;
}

export function respondActions({ t }: Translator = ENGLISH): NotificationActionSpec[] {
  return [
    { id: 'accept', label: t('notify.accept') },
    { id: 'decline', label: t('notify.decline') },
  ];
}

export const RESPOND_ACTIONS: NotificationActionSpec[] = respondActions();

/** The buttons' order on every notification that has them: Windows reports only the index. */
export const RESPOND_ACTIONS_IDS: readonly NotificationActionSpec['id'][] = RESPOND_ACTIONS.map(
  (action) => action.id,
);

/** Titles are one line: strip control characters and cap the length (Windows cuts long titles anyway). */
export function oneLine(text: string, max = 80): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is being removed
  const clean = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
  const chars = [...clean];
  return chars.length <= max ? clean : `${chars.slice(0, max - 1).join('')}…`;
}

export function orgLabel(invite: Invite, translator?: Translator): string {
  return oneLine(organisationName(invite, translator), 60);
}

/**
 * For the Linux adapter: freedesktop notification daemons that advertise
 * "body-markup" parse the body as a small XML subset, so '<', '>' and '&' in an
 * organisation name would vanish or blank the whole body.
 */
export function escapeBodyMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Raised once when an update has downloaded; the tray menu offers the same restart. */
export function updateReadyNotification({ t }: Translator = ENGLISH): NotificationSpec {
  return {
    kind: 'update-ready',
    tag: 'update-ready',
    title: t('notify.updateTitle'),
    body: t('notify.updateBody'),
    clickAction: { kind: 'restart-to-update' },
  };
}
