import type { Translator } from '../../../shared/i18n/translate';
import type { AppSnapshot, Preferences } from '../../../shared/types';
import type { SettingsRepository } from '../accounts/settings-repository';
import { decideNotifications, REMINDER_WINDOW_MS, type NotificationSpec } from '../notify/notify-policy';
import type { EventsMeta, InviteEvent } from '../sync';
import { isPendingAt } from '../cloudflare/pending-now';
import { LAST_CHANCE_MS, lapsesWithin } from '../tray/urgency';
import { QuietHoursGate, isQuietTime, localMinutes, type HeldInviteStore } from '../notify/quiet-hours';
import { lapsingBeforeSummary, letLastChanceThrough, minutesUntilQuietEnds } from '../notify/quiet-expiry';
import { nextQuietEnd } from './next-wake';

export interface NotifierDeps {
  settings: Pick<
    SettingsRepository,
    'hasNotified' | 'addNotified' | 'hasReminded' | 'addReminded' | 'hasHadLastChance' | 'addLastChance'
  >;
  snapshot(): AppSnapshot;
  preferences(): Preferences;
  now(): number;
  emit(spec: NotificationSpec): void;
  /** Minutes after local midnight at a time; default the machine's time zone. */
  localMinutes?(at: number): number;
  /** The language of the notifications; default English. */
  translator?(): Translator;
  /** Where quiet hours keep what they hold back; default memory only. */
  held?: HeldInviteStore;
}

export interface Notifier {
  /** The next first list of this profile is news the user is already looking at: mark it, show nothing. */
  quietFirstList(profileId: string): void;
  forget(profileId: string): void;
  onEvents(events: readonly InviteEvent[], meta: EventsMeta): void;
  /** Time passes without any event: invitations drift into the expiring-soon window. */
  remind(): void;
  /**
   * Settings or an account changed (notifications, quiet hours; an account failed): what is
   * held goes by the same rules as when the hours end (released now if no longer quiet and no
   * account is still loading), or is dropped when notifications are off.
   */
  settle(): void;
  /** Quiet hours hold notifications back for their summary. */
  holding(): boolean;
  /** Forgets what it learnt about invitations no longer listed (see invite-memory.ts). */
  keepOnly(listed: ReadonlySet<string>): void;
}

/** Invitations that could be announced now: pending ones in this batch of events. */
function announceable(events: readonly InviteEvent[], now: number): string[] {
  return events.flatMap((event) =>
    event.type !== 'gone' && isPendingAt(event.invite, now) ? [event.invite.id] : [],
  );
}

/** Invitations that could be reminded about now: pending and lapsing within the window. */
function remindable(snapshot: AppSnapshot, now: number, window = REMINDER_WINDOW_MS): string[] {
  return snapshot.profiles.flatMap((profile) =>
    profile.invites.filter((invite) => lapsesWithin(invite, now, window)).map((invite) => invite.id),
  );
}

/**
 * A per-run memo of the persisted histories. Each lookup in the settings file re-reads and
 * re-validates the whole file (conf does that per get), and this core is their only writer,
 * so answers stay true once known.
 */
function createHistory(has: (id: string) => boolean, add: (...ids: string[]) => void) {
  const known = new Map<string, boolean>();
  return {
    has(id: string): boolean {
      const cached = known.get(id);
      if (cached !== undefined) return cached;
      const answer = has(id);
      known.set(id, answer);
      return answer;
    },
    mark(ids: readonly string[]): void {
      if (ids.length === 0) return;
      add(...ids);
      for (const id of ids) known.set(id, true);
    },
    keepOnly(listed: ReadonlySet<string>): void {
      for (const id of known.keys()) if (!listed.has(id)) known.delete(id);
    },
  };
}

/** Applies the notification policy to sync results and persists what was announced. */
export function createNotifier(deps: NotifierDeps): Notifier {
  const quiet = new Set<string>();
  const quietHours = new QuietHoursGate(deps.held);
  const minutesAt = deps.localMinutes ?? localMinutes;
  const notified = createHistory(
    (id) => deps.settings.hasNotified(id),
    (...ids) => deps.settings.addNotified(...ids),
  );
  const reminded = createHistory(
    (id) => deps.settings.hasReminded(id),
    (...ids) => deps.settings.addReminded(...ids),
  );
  const lastChanced = createHistory(
    (id) => deps.settings.hasHadLastChance(id),
    (...ids) => deps.settings.addLastChance(...ids),
  );

  /** Held invitations after a decision or a settings change: dropped, kept or summarised. */
  function settleHeld(preferences: Preferences, now: number): void {
    // Notifications off: no summary either, now or when the hours end.
    if (!preferences.notificationsEnabled) return quietHours.drop();
    const quietNow = isQuietTime(preferences.quietHours, minutesAt(now));
    // The whole snapshot: a first list decided alone must not drop what other accounts hold.
    const summary = quietHours.release(deps.snapshot(), quietNow, deps.translator?.(), now);
    if (summary) deps.emit(summary);
  }

  function decide(events: readonly InviteEvent[], snapshot: AppSnapshot, silent: boolean): void {
    const now = deps.now();
    const preferences = deps.preferences();
    // A silent pass marks everything it finds, so which ids were known does not matter there.
    const decision = decideNotifications({
      events,
      snapshot,
      preferences: silent ? { ...preferences, notificationsEnabled: false } : preferences,
      notifiedIds: silent ? [] : announceable(events, now).filter((id) => notified.has(id)),
      remindedIds: silent ? [] : remindable(snapshot, now).filter((id) => reminded.has(id)),
      lastChanceIds: silent
        ? []
        : remindable(snapshot, now, LAST_CHANCE_MS).filter((id) => lastChanced.has(id)),
      now,
      ...(deps.translator === undefined ? {} : { translator: deps.translator() }),
    });
    const minutes = minutesAt(now);
    const quietNow = isQuietTime(preferences.quietHours, minutes);
    const untilEnd = minutesUntilQuietEnds(preferences.quietHours, minutes) * 60_000;
    const lapsing = quietNow
      ? lapsingBeforeSummary(decision.notifications, snapshot, untilEnd, now)
      : new Set();
    // Persisted before anything is shown: a crash mid-way must not repeat them after restart.
    notified.mark(decision.markNotified);
    reminded.mark(decision.markReminded.filter((id) => !lapsing.has(id)));
    lastChanced.mark(decision.markLastChance.filter((id) => !lapsing.has(id)));
    const notifications =
      quietNow && preferences.lastChanceThroughQuietHours
        ? letLastChanceThrough(
            decision.notifications,
            snapshot,
            now,
            nextQuietEnd(preferences.quietHours, now, minutesAt),
          )
        : decision.notifications;
    for (const spec of quietHours.admit(notifications, decision.markNotified, quietNow)) {
      deps.emit(spec);
    }
    // Their announcement is held: their reminder comes now (a second pass finds them unreminded).
    if (lapsing.size > 0) return decide([], deps.snapshot(), false);
    settleHeld(preferences, now);
  }

  return {
    quietFirstList: (profileId) => void quiet.add(profileId),
    forget: (profileId) => void quiet.delete(profileId),
    onEvents(events, meta) {
      const snapshot = deps.snapshot();
      if (meta.initial && quiet.delete(meta.profileId)) {
        const own = snapshot.profiles.filter((profile) => profile.profile.id === meta.profileId);
        return decide(events, { ...snapshot, profiles: own }, true);
      }
      decide(events, snapshot, false);
    },
    remind() {
      decide([], deps.snapshot(), false);
    },
    settle: () => settleHeld(deps.preferences(), deps.now()),
    holding: () => quietHours.held.length > 0,
    keepOnly(listed) {
      notified.keepOnly(listed);
      reminded.keepOnly(listed);
      lastChanced.keepOnly(listed);
    },
  };
}
