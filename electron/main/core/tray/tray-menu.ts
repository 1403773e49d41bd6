import type { AppSnapshot, Invite, ProfileState } from '../../../shared/types';
import { isPendingAt } from '../cloudflare/pending-now';
import { expiryTime, organisationName } from './invite-labels';
import { escapeMenuLabel, separator, type MenuItemSpec } from './menu-spec';
import { relativeTime } from './relative-time';
import { pendingNow, pendingText, problemText, retryText, truncate } from './tray-status';

/** How many invitations the menu lists before "and N more…". */
export const MENU_INVITE_LIMIT = 10;
const LABEL_MAX = 60;
const PROBLEM_MAX = 90;

export interface TrayMenuOptions {
  now: number;
  startAtLogin: boolean;
  updateReady?: boolean;
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

function inviteDetails(entry: PendingEntry, base: string, many: boolean, now: number): MenuItemSpec[] {
  const { invite, profile } = entry;
  const lines: string[] = [];
  if (invite.invited_by) lines.push(`From ${invite.invited_by}`);
  if (invite.roles && invite.roles.length > 0) lines.push(`Roles: ${invite.roles.join(', ')}`);
  const expiry = expiryTime(invite);
  if (Number.isFinite(expiry)) lines.push(`Expires ${relativeTime(expiry, now, 'long')}`);
  if (invite.organization_is_enforcing_twofactor) lines.push('Requires two-factor authentication');
  if (many) lines.push(`Account: ${profile.profile.label}`);
  const failed = profile.respondErrors[invite.id];
  if (failed) lines.push(`Last answer failed: ${failed.message}`);
  return lines.map((line, index) => info(`${base}:info:${index}`, line));
}

function inviteItem(entry: PendingEntry, many: boolean, now: number): MenuItemSpec {
  const { invite, profile } = entry;
  const base = `invite:${profile.profile.id}:${invite.id}`;
  const target = { profileId: profile.profile.id, inviteId: invite.id };
  const busy = profile.responding[invite.id] !== undefined;
  const details = inviteDetails(entry, base, many, now);
  return {
    id: base,
    label: escapeMenuLabel(truncate(organisationName(invite), LABEL_MAX)),
    type: 'submenu',
    submenu: [
      ...details,
      ...(details.length > 0 ? [separator(`${base}:sep`)] : []),
      { id: `${base}:accept`, label: 'Accept', enabled: !busy, action: { kind: 'accept', ...target } },
      { id: `${base}:decline`, label: 'Decline', enabled: !busy, action: { kind: 'decline', ...target } },
      { id: `${base}:details`, label: 'Details…', action: { kind: 'details', ...target } },
    ],
  };
}

function headerLabel(snapshot: AppSnapshot, now: number): string {
  if (snapshot.profiles.length === 0) return 'Not signed in';
  if (snapshot.profiles.some((profile) => profile.lastSuccessAt !== null))
    return pendingText(pendingNow(snapshot, now));
  if (snapshot.profiles.some((profile) => profile.error !== null)) return 'Invitations not loaded yet';
  return 'Checking for invitations…';
}

function problemItems(snapshot: AppSnapshot, now: number): MenuItemSpec[] {
  return snapshot.profiles
    .filter((profile) => profile.error !== null)
    .map((profile) => {
      const retry = retryText(profile, now);
      const text = problemText(snapshot, profile) + (retry ? ` (${retry})` : '');
      return info(`problem:${profile.profile.id}`, text);
    });
}

export function trayMenu(snapshot: AppSnapshot, options: TrayMenuOptions): MenuItemSpec[] {
  const { now } = options;
  const menu: MenuItemSpec[] = [{ id: 'header', label: headerLabel(snapshot, now), enabled: false }];
  menu.push(...problemItems(snapshot, now));
  menu.push(...(options.notices ?? []).map((text, index) => info(`notice:${index}`, text)));
  if (snapshot.profiles.length === 0) {
    menu.push({ id: 'add-account', label: 'Add a Cloudflare account…', action: { kind: 'open' } });
  }
  const pending = pendingInvites(snapshot, now);
  if (pending.length > 0) {
    const many = snapshot.profiles.length > 1;
    menu.push(separator('sep-invites'));
    menu.push(...pending.slice(0, MENU_INVITE_LIMIT).map((entry) => inviteItem(entry, many, now)));
    const more = pending.length - MENU_INVITE_LIMIT;
    if (more > 0) menu.push({ id: 'more', label: `and ${more} more…`, action: { kind: 'open' } });
  }
  const syncing = snapshot.profiles.some((profile) => profile.syncing);
  menu.push(
    separator('sep-app'),
    {
      id: 'refresh',
      label: syncing ? 'Refreshing…' : 'Refresh now',
      enabled: snapshot.profiles.length > 0 && !syncing,
      action: { kind: 'refresh' },
    },
    { id: 'open', label: 'Open Invitray', action: { kind: 'open' } },
    { id: 'settings', label: 'Settings…', action: { kind: 'settings' } },
    separator('sep-system'),
    {
      id: 'start-at-login',
      label: 'Start at login',
      type: 'checkbox',
      checked: options.startAtLogin,
      action: { kind: 'toggle-login' },
    },
  );
  if (options.updateAvailable && !options.updateReady) {
    menu.push(
      info('update-available', `Invitray ${options.updateAvailable} is available`),
      info('update-available:how', 'Update it with your package manager'),
    );
  }
  if (options.updateReady) {
    menu.push({ id: 'restart-to-update', label: 'Restart to update', action: { kind: 'restart-to-update' } });
  }
  menu.push(separator('sep-quit'), { id: 'quit', label: 'Quit', action: { kind: 'quit' } });
  return menu;
}
