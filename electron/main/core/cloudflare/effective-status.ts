import { INVITE_STATUSES } from '../../../shared/types';
import type { CloudflareInvite, EffectiveStatus, Invite, InviteStatus } from '../../../shared/types';

/**
 * What an invite's status means at `nowMs`. Cloudflare leaves a lapsed invite
 * `pending` for a while after `expires_on`; it can no longer be accepted, so it
 * counts as expired. A missing status is read as pending (the list only holds
 * open or recently answered invites), and an unparseable date never expires one.
 * A status this version does not know is 'unknown': shown read-only, never pending.
 */
export function effectiveStatus(
  invite: Pick<CloudflareInvite, 'status' | 'expires_on'>,
  nowMs: number,
): EffectiveStatus {
  const status = invite.status ?? 'pending';
  if (!isKnownStatus(status)) return 'unknown';
  if (status !== 'pending' || invite.expires_on === undefined) return status;
  const expiresAt = Date.parse(invite.expires_on);
  return Number.isFinite(expiresAt) && expiresAt <= nowMs ? 'expired' : 'pending';
}

export function withEffectiveStatus(invite: CloudflareInvite, nowMs: number): Invite {
  return { ...invite, effective_status: effectiveStatus(invite, nowMs) };
}

function isKnownStatus(status: string): status is InviteStatus {
  return (INVITE_STATUSES as readonly string[]).includes(status);
}
