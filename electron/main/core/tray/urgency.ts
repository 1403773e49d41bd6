import type { AppSnapshot, Invite } from '../../../shared/types';
import { isPendingAt } from '../cloudflare/pending-now';
import { expiryTime } from './invite-labels';

// Issue 22: an invitation cannot be extended once it lapses, so its last day is marked in
// the tray and the window, and its last two hours bring one more reminder.

const HOUR = 60 * 60_000;
/** A pending invitation lapsing this soon is urgent: the tray's clock mark and countdown. */
export const URGENT_WINDOW_MS = 24 * HOUR;
/** The last-chance reminder comes this long before the invitation lapses. */
export const LAST_CHANCE_MS = 2 * HOUR;

/** Pending at `now` and lapsing within `window` (a known expiry only). */
export function lapsesWithin(invite: Invite, now: number, window: number): boolean {
  const expiry = expiryTime(invite);
  return isPendingAt(invite, now) && expiry > now && expiry - now <= window;
}

export function isUrgentAt(invite: Invite, now: number): boolean {
  return lapsesWithin(invite, now, URGENT_WINDOW_MS);
}

export function anyUrgent(snapshot: AppSnapshot, now: number): boolean {
  return snapshot.profiles.some((profile) => profile.invites.some((invite) => isUrgentAt(invite, now)));
}

/**
 * When the next pending invitation enters its last `window` (the 24 h mark, the 2 h mark):
 * the moment something changes by the clock alone. +Infinity when none will.
 */
export function nextWindowEntry(snapshot: AppSnapshot, now: number, window: number): number {
  let next = Number.POSITIVE_INFINITY;
  for (const profile of snapshot.profiles) {
    for (const invite of profile.invites) {
      const due = expiryTime(invite) - window;
      if (invite.effective_status === 'pending' && due > now && due < next) next = due;
    }
  }
  return next;
}
