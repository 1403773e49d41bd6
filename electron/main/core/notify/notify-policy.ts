import type { Translator } from '../../../shared/i18n/translate';
import type { AppSnapshot, Invite, Preferences } from '../../../shared/types';
import {
  expiringNotification,
  expiringSummaryNotification,
  lastChanceSummaryNotification,
  newInviteNotification,
  summaryNotification,
  type InviteTarget,
} from './invite-notifications';
import type { NotificationSpec } from './notification-spec';
import type { InviteEvent } from '../sync/events';
import { isPendingAt } from '../cloudflare/pending-now';
import { expiryTime } from '../tray/invite-labels';
import { LAST_CHANCE_MS, lapsesWithin } from '../tray/urgency';

export type {
  NotificationActionSpec,
  NotificationClick,
  NotificationKind,
  NotificationSpec,
} from './notification-spec';
export { escapeBodyMarkup, RESPOND_ACTIONS_IDS, updateReadyNotification } from './notification-spec';
export {
  isTwoFactorFailure,
  respondFailedNotification,
  respondedNotification,
} from './response-notifications';

/** More new invitations than this at once become one summary. */
export const SUMMARY_THRESHOLD = 3;
/** An invitation expiring this soon gets its one reminder. */
export const REMINDER_WINDOW_MS = 24 * 60 * 60_000;

export type NotifyPreferences = Pick<
  Preferences,
  'notificationsEnabled' | 'expiringReminder' | 'notificationClick'
> &
  Partial<Pick<Preferences, 'lastChanceReminder'>>;

export interface NotifyInput {
  events: readonly InviteEvent[];
  snapshot: AppSnapshot;
  preferences: NotifyPreferences;
  /** Invitation ids already announced (persisted by the caller, so restarts do not repeat them). */
  notifiedIds: Iterable<string>;
  /** Invitation ids already reminded about. */
  remindedIds: Iterable<string>;
  /** Invitation ids that already had their last-chance reminder (issue 22); default none. */
  lastChanceIds?: Iterable<string>;
  now: number;
  /** The language of the notifications; default English. */
  translator?: Translator;
}

export interface NotifyDecision {
  notifications: NotificationSpec[];
  /** Add these to the persisted notified ids, whether or not anything was shown. */
  markNotified: string[];
  markReminded: string[];
  /** Add these to the persisted last-chance ids. */
  markLastChance: string[];
}

function targetFor(snapshot: AppSnapshot, profileId: string, invite: Invite): InviteTarget {
  const state = snapshot.profiles.find((profile) => profile.profile.id === profileId);
  const label = state?.profile.label;
  const twoFactorEnabled = state?.twoFactorEnabled ?? null;
  return snapshot.profiles.length > 1 && label
    ? { profileId, invite, profileLabel: label, twoFactorEnabled }
    : { profileId, invite, twoFactorEnabled };
}

/** Newly pending invitations from this batch of events, once per id, skipping announced ones. */
function newlyPending(input: NotifyInput, notified: ReadonlySet<string>): InviteTarget[] {
  const seen = new Set<string>();
  const targets: InviteTarget[] = [];
  for (const event of input.events) {
    if (event.type === 'gone') continue;
    // `previous` as it was listed: only a status change makes an invitation newly pending.
    const becamePending = event.type === 'added' || event.previous.effective_status !== 'pending';
    const { invite } = event;
    if (!becamePending || !isPendingAt(invite, input.now) || notified.has(invite.id) || seen.has(invite.id))
      continue;
    seen.add(invite.id);
    targets.push(targetFor(input.snapshot, event.profileId, invite));
  }
  return targets;
}

/** Pending invitations in the snapshot that lapse within `window` and were not reminded yet. */
function expiringSoon(
  input: NotifyInput,
  reminded: ReadonlySet<string>,
  window = REMINDER_WINDOW_MS,
): InviteTarget[] {
  const seen = new Set<string>();
  const targets: InviteTarget[] = [];
  for (const profile of input.snapshot.profiles) {
    for (const invite of profile.invites) {
      if (!lapsesWithin(invite, input.now, window) || reminded.has(invite.id) || seen.has(invite.id))
        continue;
      seen.add(invite.id);
      targets.push(targetFor(input.snapshot, profile.profile.id, invite));
    }
  }
  return targets.sort((a, b) => expiryTime(a.invite) - expiryTime(b.invite));
}

/**
 * Which notifications one sync result raises. Rules:
 * - a newly pending invitation: one notification, never twice for the same id;
 * - more than SUMMARY_THRESHOLD at once: one summary that opens the window, all marked;
 * - expiring within 24 h with reminders on: one reminder per invitation (one announced on
 *   its own just now says when it expires instead, and counts as reminded); more than the
 *   threshold: one summary;
 * - notifications off: nothing shown, but every would-be notification is marked as done,
 *   so turning them back on does not flood the user with stale news.
 * - reminders off (notifications on): nothing reminded and nothing marked, so turning
 *   reminders on still warns about invitations that are about to lapse.
 * - within the last two hours, with the last-chance reminder on (issue 22): one urgent
 *   reminder per invitation, which stands in for the day-before one when both are due (one
 *   announced just now is made urgent instead); the same summary rule; the same marking rules
 *   under its own setting.
 */
export function decideNotifications(input: NotifyInput): NotifyDecision {
  const { preferences, now, translator } = input;
  const notified = new Set(input.notifiedIds);
  const reminded = new Set(input.remindedIds);
  const fresh = newlyPending(input, notified);
  const expiring = expiringSoon(input, reminded);
  const lastChance = expiringSoon(input, new Set(input.lastChanceIds ?? []), LAST_CHANCE_MS);
  const markNotified = fresh.map((target) => target.invite.id);
  const ids = (targets: readonly InviteTarget[]) => targets.map((target) => target.invite.id);

  if (!preferences.notificationsEnabled) {
    return {
      notifications: [],
      markNotified,
      markReminded: ids(expiring),
      markLastChance: ids(lastChance),
    };
  }

  const notifications: NotificationSpec[] = [];
  const expiringIds = new Set(expiring.map((target) => target.invite.id));
  const lastChanceOn = preferences.lastChanceReminder !== false;
  const lastChanceIds = new Set(lastChanceOn ? ids(lastChance) : []);
  const click = preferences.notificationClick;
  // Invitations announced one by one; their notification already says when they expire.
  const announced = new Set<string>();
  if (fresh.length > SUMMARY_THRESHOLD) notifications.push(summaryNotification(fresh, translator));
  else {
    for (const target of fresh) {
      announced.add(target.invite.id);
      const spec = newInviteNotification(target, click, now, expiringIds.has(target.invite.id), translator);
      // Arriving in its last two hours: its announcement is its last chance.
      notifications.push(lastChanceIds.has(target.invite.id) ? { ...spec, urgent: true } : spec);
    }
  }

  const lastCalls = lastChance.filter(
    (target) => lastChanceIds.has(target.invite.id) && !announced.has(target.invite.id),
  );
  if (lastCalls.length > SUMMARY_THRESHOLD)
    notifications.push(lastChanceSummaryNotification(lastCalls, translator));
  else
    notifications.push(
      ...lastCalls.map((target) => expiringNotification(target, click, now, translator, true)),
    );
  const markLastChance = [...lastChanceIds];

  if (!preferences.expiringReminder) return { notifications, markNotified, markReminded: [], markLastChance };
  const toRemind = expiring.filter(
    (target) => !announced.has(target.invite.id) && !lastChanceIds.has(target.invite.id),
  );
  if (toRemind.length > SUMMARY_THRESHOLD)
    notifications.push(expiringSummaryNotification(toRemind, translator));
  else notifications.push(...toRemind.map((target) => expiringNotification(target, click, now, translator)));
  return { notifications, markNotified, markReminded: ids(expiring), markLastChance };
}
