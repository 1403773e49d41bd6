import type { Invite } from '../../../shared/types';

/**
 * What a listed invite means *now*. `effective_status` was decided when its list was parsed;
 * a pending one lapses at its expires_on whether or not a new list has come since (during a
 * rate-limit block that can be most of an hour). Every view that decides "pending" — snapshot
 * counts, tray, notifications, the answerability check, the CLI — asks this, with its clock.
 */
export function statusAt(
  invite: Pick<Invite, 'effective_status' | 'expires_on'>,
  nowMs: number,
): Invite['effective_status'] {
  if (invite.effective_status !== 'pending' || invite.expires_on === undefined)
    return invite.effective_status;
  const expiresAt = Date.parse(invite.expires_on);
  return Number.isFinite(expiresAt) && expiresAt <= nowMs ? 'expired' : 'pending';
}

export function isPendingAt(invite: Pick<Invite, 'effective_status' | 'expires_on'>, nowMs: number): boolean {
  return statusAt(invite, nowMs) === 'pending';
}

/** The invite as it stands at `nowMs`: the same object when nothing changed. */
export function inviteAt<T extends Invite>(invite: T, nowMs: number): T {
  const status = statusAt(invite, nowMs);
  return status === invite.effective_status ? invite : { ...invite, effective_status: status };
}

/** When the next of these pending invites lapses (after `nowMs`); +Infinity if none will. */
export function nextLapseAt(invites: readonly Invite[], nowMs: number): number {
  let next = Number.POSITIVE_INFINITY;
  for (const invite of invites) {
    if (invite.effective_status !== 'pending' || invite.expires_on === undefined) continue;
    const expiresAt = Date.parse(invite.expires_on);
    if (Number.isFinite(expiresAt) && expiresAt > nowMs && expiresAt < next) next = expiresAt;
  }
  return next;
}
