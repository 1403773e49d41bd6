import type { AppSnapshot, QuietHours } from '../../../shared/types';
import { isPendingAt } from '../cloudflare/pending-now';
import { expiryTime } from '../tray/invite-labels';
import type { InviteTarget } from './invite-notifications';
import type { NotificationSpec } from './notification-spec';
import { REMINDER_WINDOW_MS } from './notify-policy';
import { LAST_CHANCE_MS, lapsesWithin } from '../tray/urgency';

// Quiet hours and expiry. A new invitation's own notification says when it expires, so the
// policy counts it as the invitation's reminder; held by quiet hours, that warning must not be
// lost. Lapsing before the summary: the reminder still comes, silently, like any reminder in
// quiet hours. Lapsing later that day: the summary says when.

const DAY_MINUTES = 24 * 60;
/** A clock change in the night moves the end of the quiet hours by up to an hour. */
const CLOCK_CHANGE_MS = 60 * 60_000;

/** Minutes from `minutes` (after local midnight) until the quiet hours end, today or tomorrow. */
export function minutesUntilQuietEnds(quiet: QuietHours, minutes: number): number {
  const [hours, mins] = quiet.to.split(':').map(Number);
  const end = (hours ?? 0) * 60 + (mins ?? 0);
  return (end - minutes + DAY_MINUTES) % DAY_MINUTES || DAY_MINUTES;
}

/**
 * Invitations whose announcement is held now and which lapse before the summary can come:
 * they keep their expiry reminder (not marked reminded), so it comes at once.
 */
export function lapsingBeforeSummary(
  held: readonly NotificationSpec[],
  snapshot: AppSnapshot,
  untilEndMs: number,
  now: number,
): Set<string> {
  const ids = new Set(
    held.flatMap((spec) => (spec.kind === 'new-invite' && spec.inviteId ? [spec.inviteId] : [])),
  );
  const lapsing = new Set<string>();
  for (const profile of snapshot.profiles) {
    for (const invite of profile.invites) {
      if (
        ids.has(invite.id) &&
        isPendingAt(invite, now) &&
        expiryTime(invite) <= now + untilEndMs + CLOCK_CHANGE_MS
      )
        lapsing.add(invite.id);
    }
  }
  return lapsing;
}

/**
 * The held invitation lapsing soonest, when it lapses within the reminder window: its own
 * notification would have said when, and it counted as its reminder (the policy marks it).
 */
export function soonestExpiring(targets: readonly InviteTarget[], now: number): InviteTarget | undefined {
  return targets
    .filter(
      (target) => expiryTime(target.invite) > now && expiryTime(target.invite) - now <= REMINDER_WINDOW_MS,
    )
    .sort((a, b) => expiryTime(a.invite) - expiryTime(b.invite))[0];
}

/**
 * Issue 22: a last-chance reminder comes through quiet hours (with sound, urgent) when its
 * invitation lapses before they end at `quietEnd`; one lapsing later can wait quietly, as the
 * user can still answer in the morning. A summary of several comes through when one of them does.
 */
export function letLastChanceThrough(
  specs: readonly NotificationSpec[],
  snapshot: AppSnapshot,
  now: number,
  quietEnd: number,
): NotificationSpec[] {
  const lapsing = new Set<string>();
  for (const profile of snapshot.profiles)
    for (const invite of profile.invites)
      if (lapsesWithin(invite, now, LAST_CHANCE_MS) && expiryTime(invite) <= quietEnd) lapsing.add(invite.id);
  return specs.map((spec) => {
    if (spec.kind !== 'last-chance') return spec;
    const through = spec.inviteId === undefined ? lapsing.size > 0 : lapsing.has(spec.inviteId);
    return through ? { ...spec, throughQuietHours: true } : spec;
  });
}
