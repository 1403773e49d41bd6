import type { EffectiveStatus, Invite, InviteResponse } from './types';

// Which group of the invitations screen an invitation falls in, and the pending group's order:
// one definition for the window's list (src/lib/invites.ts) and for main, which picks the cards
// of the first screen it serves (electron/main/shell/first-screen-pick.ts). Both must agree to
// the byte, or the served screen and the app's own would differ.

/** Parses an API timestamp; absent or unreadable dates are null rather than NaN. */
export function parseTime(value: string | undefined): number | null {
  if (!value) return null;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : at;
}

/** Status as of `now`: a pending invite past its expiry is expired. */
export function statusAt(invite: Invite, expiresAt: number | null, now: number): EffectiveStatus {
  const expired = invite.effective_status === 'pending' && expiresAt !== null && expiresAt <= now;
  return expired ? 'expired' : invite.effective_status;
}

/**
 * An invite being answered stays where it is until the answer lands, so it does not jump under
 * the pointer. `responding` is asked only for an invite that is no longer pending: looking each
 * id up costs main more than the rest of its pick (first-screen-pick.ts).
 */
export function inPendingGroup(
  status: EffectiveStatus,
  responding: () => InviteResponse | null | undefined,
): boolean {
  return status === 'pending' || Boolean(responding());
}

/** What the pending group is sorted by (the window's InviteEntry has these fields). */
export interface ExpiryOrder {
  expiresAt: number | null;
  invite: { organization_name?: string };
  /** Unique across accounts: profile id / invite id. */
  key: string;
}

/** Where an expiry sorts: invites that never expire come last. */
export function expiryRank(expiresAt: number | null): number {
  return expiresAt ?? Number.POSITIVE_INFINITY;
}

/**
 * Soonest expiry first; invites that never expire last; then by name so the order is stable.
 * Name and key are read only when the expiries tie (first-screen-pick.ts reads them lazily).
 */
export function byExpiry(a: ExpiryOrder, b: ExpiryOrder): number {
  const ea = expiryRank(a.expiresAt);
  const eb = expiryRank(b.expiresAt);
  if (ea !== eb) return ea < eb ? -1 : 1;
  return (
    (a.invite.organization_name ?? '').localeCompare(b.invite.organization_name ?? '') ||
    a.key.localeCompare(b.key)
  );
}

export function entryKey(profileId: string, inviteId: string): string {
  return `${profileId}/${inviteId}`;
}
