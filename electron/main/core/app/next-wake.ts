import type { AppSnapshot, Preferences, QuietHours } from '../../../shared/types';
import { nextLapseAt } from '../cloudflare/pending-now';
import { REMINDER_WINDOW_MS } from '../notify/notify-policy';
import { minutesUntilQuietEnds } from '../notify/quiet-expiry';
import { isQuietTime, minutesOfDay } from '../notify/quiet-hours';
import { expiryTime } from '../tray/invite-labels';
import { nextRelativeChange } from '../tray/relative-time';
import { MENU_INVITE_LIMIT, pendingInvites } from '../tray/tray-menu';
import { STALE_AFTER_MS, stalestSync } from '../tray/tray-status';
import { LAST_CHANCE_MS, URGENT_WINDOW_MS, nextWindowEntry } from '../tray/urgency';

// Nothing moves with the clock alone except what is computed here: main sleeps until the next
// moment something the user sees would change, instead of waking every minute to look.

const MINUTE = 60_000;
const NEVER = Number.POSITIVE_INFINITY;

/** When the next pending invitation lapses: the tray count and menu drop it. */
export function nextLapse(snapshot: AppSnapshot, now: number): number {
  let next = NEVER;
  for (const profile of snapshot.profiles) next = Math.min(next, nextLapseAt(profile.invites, now));
  return next;
}

type ReminderPreferences = Pick<
  Preferences,
  'notificationsEnabled' | 'expiringReminder' | 'lastChanceReminder'
>;

/**
 * When the next pending invitation enters the reminder window, or its last two hours (the
 * last-chance reminder, issue 22). Its reminder shows then, or, with notifications off, is
 * marked as done then (so turning them on brings no stale news); with that reminder off
 * nothing happens at all.
 */
export function nextReminderDue(
  snapshot: AppSnapshot,
  now: number,
  preferences: ReminderPreferences,
): number {
  const off = !preferences.notificationsEnabled;
  return Math.min(
    off || preferences.expiringReminder ? nextWindowEntry(snapshot, now, REMINDER_WINDOW_MS) : NEVER,
    off || preferences.lastChanceReminder ? nextWindowEntry(snapshot, now, LAST_CHANCE_MS) : NEVER,
  );
}

/** Signed minutes from b to a on a 24-hour dial, in [-720, 720). */
function dialMinutes(a: number, b: number): number {
  return ((((a - b + 720) % 1440) + 1440) % 1440) - 720;
}

/**
 * When quiet hours in force now end, by the wall clock `minutesAt` reads (the machine's time
 * zone). The plain sum of minutes is off by the hour on a night the clocks change, so it is
 * corrected against the wall clock; never earlier than a minute from now.
 */
export function nextQuietEnd(quiet: QuietHours, now: number, minutesAt: (at: number) => number): number {
  const minutes = minutesAt(now);
  if (!isQuietTime(quiet, minutes)) return NEVER;
  const end = minutesOfDay(quiet.to);
  let at = now - (now % MINUTE) + minutesUntilQuietEnds(quiet, minutes) * MINUTE;
  for (let step = 0; step < 3; step++) {
    const off = dialMinutes(minutesAt(at), end);
    if (off === 0) break;
    at -= off * MINUTE;
  }
  return Math.max(at, now - (now % MINUTE) + MINUTE);
}

/**
 * When a relative time in the tray next reads differently: "Expires in 5 hours" of each
 * invitation the menu lists, and a failing account's "retrying in 4 min" (menu and tooltip),
 * which goes once that time has come, and the tooltip's "synced 2 hr ago", shown only once the
 * data are stale (STALE_AFTER_MS).
 */
export function nextTrayLabelChange(snapshot: AppSnapshot, now: number): number {
  let next = NEVER;
  const synced = stalestSync(snapshot);
  if (synced !== undefined) {
    next = now >= synced + STALE_AFTER_MS ? nextRelativeChange(synced, now) : staleUnlessPolled(snapshot);
  }
  for (const { invite } of pendingInvites(snapshot, now).slice(0, MENU_INVITE_LIMIT)) {
    const expiry = expiryTime(invite);
    if (Number.isFinite(expiry)) next = Math.min(next, nextRelativeChange(expiry, now));
  }
  for (const profile of snapshot.profiles) {
    if (profile.error === null) continue;
    const retryAt = Math.max(
      ...[profile.nextRetryAt, profile.error.retryAt].filter(
        (time): time is number => typeof time === 'number' && time > now,
      ),
    );
    if (Number.isFinite(retryAt)) next = Math.min(next, nextRelativeChange(retryAt, now), retryAt);
  }
  return next;
}

/**
 * When an account's data turn stale with no poll due before to refresh them. A poll that finds
 * nothing new publishes no snapshot (nothing re-arms after it), so a wake armed for data its
 * own schedule refreshes in time would come every hour for nothing.
 */
function staleUnlessPolled(snapshot: AppSnapshot): number {
  let first = NEVER;
  for (const { lastSuccessAt, nextRetryAt } of snapshot.profiles) {
    if (lastSuccessAt === null) continue;
    const staleAt = lastSuccessAt + STALE_AFTER_MS;
    if (nextRetryAt === null || nextRetryAt >= staleAt) first = Math.min(first, staleAt);
  }
  return first;
}

export interface WakeInput {
  snapshot: AppSnapshot;
  now: number;
  preferences: ReminderPreferences & Pick<Preferences, 'quietHours'>;
  /** Quiet hours hold notifications back: their summary is due when the hours end. */
  holding: boolean;
  localMinutes(at: number): number;
}

/** The next moment something the user sees changes by time alone; +Infinity when nothing will. */
export function nextWake(input: WakeInput): number {
  const { snapshot, now, preferences } = input;
  return Math.min(
    nextLapse(snapshot, now),
    nextReminderDue(snapshot, now, preferences),
    input.holding ? nextQuietEnd(preferences.quietHours, now, input.localMinutes) : NEVER,
    nextTrayLabelChange(snapshot, now),
    // The tray's clock mark and the menu's countdown appear when the 24 h mark is crossed.
    nextWindowEntry(snapshot, now, URGENT_WINDOW_MS),
  );
}
