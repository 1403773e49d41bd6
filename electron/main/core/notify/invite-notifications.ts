import type { Invite, NotificationClickAction } from '../../../shared/types';
import { relativeTime } from '../tray/relative-time';
import { expiryTime, organisationName } from '../tray/invite-labels';
import {
  oneLine,
  orgLabel,
  RESPOND_ACTIONS,
  type NotificationClick,
  type NotificationSpec,
} from './notification-spec';

export interface InviteTarget {
  profileId: string;
  invite: Invite;
  /** Shown when the user has several Cloudflare logins, so they know which one was invited. */
  profileLabel?: string;
}

function clickFor(target: InviteTarget, click: NotificationClickAction): NotificationClick {
  const ids = { profileId: target.profileId, inviteId: target.invite.id };
  return click === 'accept' ? { kind: 'accept', ...ids } : { kind: 'open', ...ids };
}

function whoAndWhat(invite: Invite): string | undefined {
  const roles = invite.roles?.filter((role) => role.trim() !== '') ?? [];
  const by = invite.invited_by?.trim();
  if (by && roles.length > 0) return `${by} invited you as ${roles.join(', ')}.`;
  if (by) return `${by} invited you.`;
  if (roles.length > 0) return `Roles: ${roles.join(', ')}.`;
  return undefined;
}

function bodyLines(
  target: InviteTarget,
  click: NotificationClickAction,
  now: number,
  withExpiry: boolean,
): string {
  const { invite } = target;
  const lines: string[] = [];
  const who = whoAndWhat(invite);
  if (who) lines.push(oneLine(who, 160));
  if (withExpiry && Number.isFinite(expiryTime(invite))) {
    lines.push(`Expires ${relativeTime(expiryTime(invite), now, 'long')}.`);
  }
  if (invite.organization_is_enforcing_twofactor) lines.push('Requires two-factor authentication.');
  if (target.profileLabel) lines.push(oneLine(`For ${target.profileLabel}.`));
  lines.push(click === 'accept' ? 'Click to accept' : 'Click to open');
  return lines.join('\n');
}

/** One new invitation: "Invitation to join Acme Corp"; clicking accepts (or opens, per setting). */
export function newInviteNotification(
  target: InviteTarget,
  click: NotificationClickAction,
  now: number,
  expiringSoon: boolean,
): NotificationSpec {
  return {
    kind: 'new-invite',
    tag: `invite:${target.invite.id}`,
    title: `Invitation to join ${orgLabel(target.invite)}`,
    body: bodyLines(target, click, now, expiringSoon),
    profileId: target.profileId,
    inviteId: target.invite.id,
    clickAction: clickFor(target, click),
    actions: RESPOND_ACTIONS,
  };
}

/** The last reminder before an invitation lapses. */
export function expiringNotification(
  target: InviteTarget,
  click: NotificationClickAction,
  now: number,
): NotificationSpec {
  const when = relativeTime(expiryTime(target.invite), now, 'long');
  return {
    kind: 'expiring',
    tag: `expiring:${target.invite.id}`,
    title: oneLine(`Invitation to ${organisationName(target.invite)} expires ${when}`, 100),
    body: bodyLines(target, click, now, false),
    profileId: target.profileId,
    inviteId: target.invite.id,
    clickAction: clickFor(target, click),
    actions: RESPOND_ACTIONS,
  };
}

export function listNames(targets: readonly InviteTarget[]): string {
  const names = targets.slice(0, 3).map((target) => orgLabel(target.invite));
  const rest = targets.length - names.length;
  if (rest > 0) return `${names.join(', ')} and ${rest} more`;
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
}

/** Several at once: one notification that opens the window instead of a burst. */
export function summaryNotification(targets: readonly InviteTarget[]): NotificationSpec {
  return {
    kind: 'summary',
    tag: 'summary:new',
    title: `${targets.length} new Cloudflare invitations`,
    body: `${listNames(targets)}.\nClick to open Invitray`,
    clickAction: { kind: 'open' },
  };
}

export function expiringSummaryNotification(targets: readonly InviteTarget[]): NotificationSpec {
  return {
    kind: 'expiring',
    tag: 'summary:expiring',
    title: `${targets.length} invitations expire within 24 hours`,
    body: `${listNames(targets)}.\nClick to open Invitray`,
    clickAction: { kind: 'open' },
  };
}
