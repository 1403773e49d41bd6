import type { Membership } from '../../../shared/membership-types';
import { permissionSummary } from '../../../shared/permission-summary';
import { ENGLISH } from '../../../shared/i18n/english';
import { errorAdvice } from '../../../shared/i18n/error-text';
import type { Translator } from '../../../shared/i18n/translate';
import type { ErrorInfo, ErrorKind, Invite, InviteResponse } from '../../../shared/types';
import { oneLine, orgLabel, type NotificationSpec } from './notification-spec';

const TWO_FACTOR_TEXT = /two[- ]?factor|2fa|multi[- ]?factor|mfa\b/i;
/** Refusals an org's 2FA rule can produce; offline, rate limits and the like are not about 2FA. */
const REFUSAL_KINDS: ReadonlySet<ErrorKind> = new Set([
  'missing-permission',
  'invalid-request',
  'bad-credentials',
]);

function mentionsTwoFactor(error: ErrorInfo): boolean {
  return (
    TWO_FACTOR_TEXT.test(error.message) || error.cloudflareErrors.some((e) => TWO_FACTOR_TEXT.test(e.message))
  );
}

/**
 * True when accepting most likely failed because the organisation enforces 2FA and
 * the user has none: Cloudflare says so, or the organisation enforces it and the
 * accept was refused (rather than lost to the network or a server error).
 */
export function isTwoFactorFailure(
  invite: Invite,
  error: ErrorInfo,
  response: InviteResponse = 'accepted',
): boolean {
  if (response !== 'accepted') return false;
  if (mentionsTwoFactor(error)) return true;
  return invite.organization_is_enforcing_twofactor === true && REFUSAL_KINDS.has(error.kind);
}

export function twoFactorAdvice(invite: Invite, translator: Translator = ENGLISH): string {
  return translator.t('notify.twoFactorAdvice', { org: orgLabel(invite, translator) });
}

/** The confirmation after answering from a notification: "You joined Acme Corp". */
export function respondedNotification(
  invite: Invite,
  response: InviteResponse,
  profileId?: string,
  translator: Translator = ENGLISH,
  /** The membership the accept made, when Invitray could read it: its name, roles and permissions. */
  membership?: Membership | null,
): NotificationSpec {
  const { t } = translator;
  const org = membership ? membership.account.name : orgLabel(invite, translator);
  const roles = (membership?.roles ?? invite.roles)?.filter((role) => role.trim() !== '') ?? [];
  const accepted = response === 'accepted';
  const rolesLine = roles.length > 0 ? t('notify.yourRoles', { roles: roles.join(', ') }) : '';
  const permissions = membership
    ? permissionSummary(membership.permissions, (key, params) => t(key, params))
    : '';
  return {
    kind: 'responded',
    tag: `responded:${invite.id}`,
    title: accepted ? t('notify.joined', { org }) : t('notify.declined', { org }),
    body: accepted
      ? rolesLine || permissions
        ? oneLine([rolesLine, permissions].filter((part) => part !== '').join(' '), 240)
        : t('notify.inDashboard')
      : t('notify.noLongerPending'),
    ...(profileId === undefined ? {} : { profileId }),
    inviteId: invite.id,
    clickAction: { kind: 'open', ...(profileId === undefined ? {} : { profileId }), inviteId: invite.id },
  };
}

/** Why answering failed; a click opens the window on the invitation, where the user can retry. */
export function respondFailedNotification(
  invite: Invite,
  error: ErrorInfo,
  response: InviteResponse = 'accepted',
  profileId?: string,
  tr: Translator = ENGLISH,
): NotificationSpec {
  const org = orgLabel(invite, tr);
  const title =
    response === 'accepted' ? tr.t('notify.couldNotJoin', { org }) : tr.t('notify.couldNotDecline', { org });
  const advice = errorAdvice(error, tr);
  let body = advice;
  if (isTwoFactorFailure(invite, error, response)) {
    // Without Cloudflare naming 2FA the refusal might have another cause: keep its message too.
    body = mentionsTwoFactor(error)
      ? twoFactorAdvice(invite, tr)
      : `${twoFactorAdvice(invite, tr)} (${advice})`;
  }
  const target = { ...(profileId === undefined ? {} : { profileId }), inviteId: invite.id };
  return {
    kind: 'respond-failed',
    tag: `respond-failed:${invite.id}`,
    title,
    body,
    ...target,
    clickAction: { kind: 'open', ...target },
  };
}
