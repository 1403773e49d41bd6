import { ENGLISH } from '../../../shared/i18n/english';
import type { Translator } from '../../../shared/i18n/translate';
import type { Invite, NotificationClickAction } from '../../../shared/types';
import { relativeTime } from '../tray/relative-time';
import { twoFactorLine } from './two-factor-line';
import { expiryTime, organisationName } from '../tray/invite-labels';
import {
  oneLine,
  orgLabel,
  respondActions,
  type NotificationClick,
  type NotificationSpec,
} from './notification-spec';

export interface InviteTarget {
  profileId: string;
  invite: Invite;
  /** Shown when the user has several Cloudflare logins, so they know which one was invited. */
  profileLabel?: string;
  /** The user's own 2FA state on that login (ProfileState.twoFactorEnabled); null or absent: unknown. */
  twoFactorEnabled?: boolean | null;
}

function clickFor(target: InviteTarget, click: NotificationClickAction): NotificationClick {
  const ids = { profileId: target.profileId, inviteId: target.invite.id };
  return click === 'accept' ? { kind: 'accept', ...ids } : { kind: 'open', ...ids };
}

function whoAndWhat(invite: Invite, { t }: Translator): string | undefined {
  const roles = invite.roles?.filter((role) => role.trim() !== '') ?? [];
  const by = invite.invited_by?.trim();
  if (by && roles.length > 0) return t('notify.invitedAs', { name: by, roles: roles.join(', ') });
  if (by) return t('notify.invited', { name: by });
  if (roles.length > 0) return t('notify.roles', { roles: roles.join(', ') });
  return undefined;
}

function bodyLines(
  target: InviteTarget,
  click: NotificationClickAction,
  now: number,
  withExpiry: boolean,
  tr: Translator,
): string {
  const { invite } = target;
  const { t } = tr;
  const lines: string[] = [];
  const who = whoAndWhat(invite, tr);
  if (who) lines.push(oneLine(who, 160));
  if (withExpiry && Number.isFinite(expiryTime(invite))) {
    lines.push(t('notify.expires', { when: relativeTime(expiryTime(invite), now, 'long', tr) }));
  }
  if (invite.organization_is_enforcing_twofactor) lines.push(twoFactorLine(target.twoFactorEnabled, tr));
  if (target.profileLabel) lines.push(oneLine(t('notify.for', { label: target.profileLabel })));
  lines.push(click === 'accept' ? t('notify.clickAccept') : t('notify.clickOpen'));
  return lines.join('\n');
}

/** One new invitation: "Invitation to join Acme Corp"; clicking accepts (or opens, per setting). */
export function newInviteNotification(
  target: InviteTarget,
  click: NotificationClickAction,
  now: number,
  expiringSoon: boolean,
  tr: Translator = ENGLISH,
): NotificationSpec {
  return {
    kind: 'new-invite',
    tag: `invite:${target.invite.id}`,
    title: tr.t('notify.newTitle', { org: orgLabel(target.invite, tr) }),
    body: bodyLines(target, click, now, expiringSoon, tr),
    profileId: target.profileId,
    inviteId: target.invite.id,
    clickAction: clickFor(target, click),
    actions: respondActions(tr),
  };
}

/**
 * A reminder before an invitation lapses: the day before, or (`lastChance`, issue 22) in its
 * last two hours, which is urgent: it stays on screen and asks the OS for its urgent treatment.
 */
export function expiringNotification(
  target: InviteTarget,
  click: NotificationClickAction,
  now: number,
  tr: Translator = ENGLISH,
  lastChance = false,
): NotificationSpec {
  const when = relativeTime(expiryTime(target.invite), now, 'long', tr);
  const kind = lastChance ? 'last-chance' : 'expiring';
  const title = lastChance ? 'notify.lastChanceTitle' : 'notify.expiringTitle';
  return {
    kind,
    tag: `${kind}:${target.invite.id}`,
    title: oneLine(tr.t(title, { org: organisationName(target.invite, tr), when }), 100),
    body: bodyLines(target, click, now, false, tr),
    profileId: target.profileId,
    inviteId: target.invite.id,
    clickAction: clickFor(target, click),
    actions: respondActions(tr),
    ...(lastChance ? { urgent: true } : {}),
  };
}

export function listNames(targets: readonly InviteTarget[], tr: Translator = ENGLISH): string {
  const { t } = tr;
  const names = targets.slice(0, 3).map((target) => orgLabel(target.invite, tr));
  const rest = targets.length - names.length;
  const separator = t('notify.listSeparator');
  if (rest > 0) return t('notify.listAndMore', { names: names.join(separator), count: rest });
  return names.length > 1
    ? t('notify.listAnd', { names: names.slice(0, -1).join(separator), last: names.at(-1) ?? '' })
    : (names[0] ?? '');
}

/** A summary's body: the names, and that a click opens the window. */
function summaryBody(targets: readonly InviteTarget[], tr: Translator = ENGLISH): string {
  return `${tr.t('notify.namesSentence', { names: listNames(targets, tr) })}\n${tr.t('notify.clickOpenApp')}`;
}

/** Several at once: one notification that opens the window instead of a burst. */
export function summaryNotification(
  targets: readonly InviteTarget[],
  tr: Translator = ENGLISH,
): NotificationSpec {
  return {
    kind: 'summary',
    tag: 'summary:new',
    title: tr.t('notify.summaryTitle', { count: targets.length }),
    body: summaryBody(targets, tr),
    clickAction: { kind: 'open' },
  };
}

export function expiringSummaryNotification(
  targets: readonly InviteTarget[],
  tr: Translator = ENGLISH,
): NotificationSpec {
  return {
    kind: 'expiring',
    tag: 'summary:expiring',
    title: tr.t('notify.expiringSummaryTitle', { count: targets.length }),
    body: summaryBody(targets, tr),
    clickAction: { kind: 'open' },
  };
}

/** Several lapsing within the same two hours: one urgent notification, not a burst that stays on screen. */
export function lastChanceSummaryNotification(
  targets: readonly InviteTarget[],
  tr: Translator = ENGLISH,
): NotificationSpec {
  return {
    ...expiringSummaryNotification(targets, tr),
    kind: 'last-chance',
    tag: 'summary:last-chance',
    title: tr.t('notify.lastChanceSummaryTitle', { count: targets.length }),
    urgent: true,
  };
}
