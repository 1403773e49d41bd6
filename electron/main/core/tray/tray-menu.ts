import { ENGLISH } from '../../../shared/i18n/english';
import { errorAdvice } from '../../../shared/i18n/error-text';
import type { Translator } from '../../../shared/i18n/translate';
import type { AppSnapshot, Invite, ProfileState } from '../../../shared/types';
import { isPendingAt } from '../cloudflare/pending-now';
import { expiryTime, organisationName } from './invite-labels';
import { escapeMenuLabel, separator, type MenuItemSpec } from './menu-spec';
import { relativeTime } from './relative-time';
import { pendingNow, pendingText, problemText, retryText, truncate } from './tray-status';
import { isUrgentAt } from './urgency';

/** How many invitations the menu lists before "and N more…". */
export const MENU_INVITE_LIMIT = 10;
const LABEL_MAX = 60;
const PROBLEM_MAX = 90;

export interface TrayMenuOptions {
  now: number;
  startAtLogin: boolean;
  updateReady?: boolean;
  /** The language of the labels; default English. */
  translator?: Translator;
  /** A newer version the app does not install itself (deb, rpm: the package manager does). */
  updateAvailable?: string | null;
  /** System notices (notifications blocked, login item awaiting approval): shown, not clickable. */
  notices?: readonly string[];
}

export interface PendingEntry {
  profile: ProfileState;
  invite: Invite;
}

/** Invitations pending at `now` in every profile, soonest expiry first (unknown expiry last), then by name. */
export function pendingInvites(snapshot: AppSnapshot, now: number): PendingEntry[] {
  const entries = snapshot.profiles.flatMap((profile) =>
    profile.invites.filter((invite) => isPendingAt(invite, now)).map((invite) => ({ profile, invite })),
  );
  // Each expiry is parsed once, not in every comparison (Date.parse n·log n times was most of
  // a long list's sync cost); names are compared only when two expire at the same moment.
  return entries
    .map((entry) => ({ entry, expiry: expiryTime(entry.invite) }))
    .sort(
      (a, b) =>
        a.expiry - b.expiry ||
        organisationName(a.entry.invite).localeCompare(organisationName(b.entry.invite), 'en') ||
        (a.entry.invite.id < b.entry.invite.id ? -1 : a.entry.invite.id > b.entry.invite.id ? 1 : 0),
    )
    .map(({ entry }) => entry);
}

function info(id: string, text: string): MenuItemSpec {
  return { id, label: escapeMenuLabel(truncate(text, PROBLEM_MAX)), enabled: false };
}

function inviteDetails(
  entry: PendingEntry,
  base: string,
  many: boolean,
  now: number,
  tr: Translator,
): MenuItemSpec[] {
  const { invite, profile } = entry;
  const { t } = tr;
  const lines: string[] = [];
  if (invite.invited_by) lines.push(t('tray.from', { name: invite.invited_by }));
  if (invite.roles && invite.roles.length > 0)
    lines.push(t('tray.roles', { roles: invite.roles.join(', ') }));
  const expiry = expiryTime(invite);
  if (Number.isFinite(expiry)) lines.push(t('tray.expires', { when: relativeTime(expiry, now, 'long', tr) }));
  if (invite.organization_is_enforcing_twofactor) lines.push(t('tray.twoFactor'));
  if (many) lines.push(t('tray.account', { label: profile.profile.label }));
  const failed = profile.respondErrors[invite.id];
  if (failed) lines.push(t('tray.lastAnswerFailed', { message: errorAdvice(failed, tr) }));
  return lines.map((line, index) => info(`${base}:info:${index}`, line));
}

function inviteItem(
  snapshot: AppSnapshot,
  entry: PendingEntry,
  many: boolean,
  now: number,
  tr: Translator,
): MenuItemSpec {
  const { t } = tr;
  const { invite, profile } = entry;
  const base = `invite:${profile.profile.id}:${invite.id}`;
  const target = { profileId: profile.profile.id, inviteId: invite.id };
  const busy = profile.responding[invite.id] !== undefined;
  const held = (snapshot.heldDeclines ?? []).some(
    (entry) => entry.profileId === profile.profile.id && entry.inviteId === invite.id,
  );
  const details = inviteDetails(entry, base, many, now, tr);
  const name = truncate(organisationName(invite, tr), LABEL_MAX);
  // Its last day: the countdown on the item itself, not only inside its submenu (issue 22).
  const label = isUrgentAt(invite, now)
    ? t('tray.inviteUrgent', { org: name, when: relativeTime(expiryTime(invite), now, 'long', tr) })
    : name;
  return {
    id: base,
    label: escapeMenuLabel(label),
    type: 'submenu',
    submenu: [
      ...details,
      ...(details.length > 0 ? [separator(`${base}:sep`)] : []),
      {
        id: `${base}:accept`,
        label: t('tray.accept'),
        enabled: !busy,
        action: { kind: 'accept', ...target },
      },
      {
        id: `${base}:decline`,
        label: t('tray.decline'),
        enabled: !busy && !held,
        action: { kind: 'decline', ...target },
      },
      { id: `${base}:details`, label: t('tray.details'), action: { kind: 'details', ...target } },
    ],
  };
}

function headerLabel(snapshot: AppSnapshot, now: number, tr: Translator): string {
  if (snapshot.profiles.length === 0) return tr.t('tray.notSignedIn');
  if (snapshot.profiles.some((profile) => profile.lastSuccessAt !== null))
    return pendingText(pendingNow(snapshot, now), tr);
  if (snapshot.profiles.some((profile) => profile.error !== null)) return tr.t('tray.notLoaded');
  return tr.t('tray.checking');
}

/** Declines still held (core/app/held-declines.ts): first, where a stray click is noticed. */
function undoItems(snapshot: AppSnapshot, tr: Translator): MenuItemSpec[] {
  return (snapshot.heldDeclines ?? []).map(({ profileId, inviteId, organizationName }) => ({
    id: `undo:${profileId}:${inviteId}`,
    label: escapeMenuLabel(truncate(tr.t('tray.undoDecline', { org: organizationName }), LABEL_MAX)),
    action: { kind: 'undo-decline', profileId, inviteId },
  }));
}

function problemItems(snapshot: AppSnapshot, now: number, tr: Translator): MenuItemSpec[] {
  return snapshot.profiles
    .filter((profile) => profile.error !== null)
    .map((profile) => {
      const retry = retryText(profile, now, tr);
      const text = problemText(snapshot, profile, tr) + (retry ? ` (${retry})` : '');
      return info(`problem:${profile.profile.id}`, text);
    });
}

export function trayMenu(snapshot: AppSnapshot, options: TrayMenuOptions): MenuItemSpec[] {
  const { now } = options;
  const tr = options.translator ?? ENGLISH;
  const { t } = tr;
  const menu: MenuItemSpec[] = [{ id: 'header', label: headerLabel(snapshot, now, tr), enabled: false }];
  menu.push(...undoItems(snapshot, tr));
  menu.push(...problemItems(snapshot, now, tr));
  menu.push(...(options.notices ?? []).map((text, index) => info(`notice:${index}`, text)));
  if (snapshot.profiles.length === 0) {
    menu.push({ id: 'add-account', label: t('tray.addAccount'), action: { kind: 'open' } });
  }
  const pending = pendingInvites(snapshot, now);
  if (pending.length > 0) {
    const many = snapshot.profiles.length > 1;
    menu.push(separator('sep-invites'));
    menu.push(
      ...pending.slice(0, MENU_INVITE_LIMIT).map((entry) => inviteItem(snapshot, entry, many, now, tr)),
    );
    const more = pending.length - MENU_INVITE_LIMIT;
    if (more > 0) menu.push({ id: 'more', label: t('tray.more', { count: more }), action: { kind: 'open' } });
  }
  const syncing = snapshot.profiles.some((profile) => profile.syncing);
  menu.push(
    separator('sep-app'),
    {
      id: 'refresh',
      label: syncing ? t('tray.refreshing') : t('tray.refresh'),
      enabled: snapshot.profiles.length > 0 && !syncing,
      action: { kind: 'refresh' },
    },
    { id: 'open', label: t('tray.open'), action: { kind: 'open' } },
    { id: 'settings', label: t('tray.settings'), action: { kind: 'settings' } },
    separator('sep-system'),
    {
      id: 'start-at-login',
      label: t('tray.startAtLogin'),
      type: 'checkbox',
      checked: options.startAtLogin,
      action: { kind: 'toggle-login' },
    },
  );
  if (options.updateAvailable && !options.updateReady) {
    menu.push(
      info('update-available', t('tray.updateAvailable', { version: options.updateAvailable })),
      info('update-available:how', t('tray.updateHow')),
    );
  }
  if (options.updateReady) {
    menu.push({
      id: 'restart-to-update',
      label: t('tray.restartToUpdate'),
      action: { kind: 'restart-to-update' },
    });
  }
  menu.push(separator('sep-quit'), { id: 'quit', label: t('tray.quit'), action: { kind: 'quit' } });
  return menu;
}
