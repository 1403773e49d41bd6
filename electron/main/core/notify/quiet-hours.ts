import { ENGLISH } from '../../../shared/i18n/english';
import type { Translator } from '../../../shared/i18n/translate';
import type { AppSnapshot, Invite, ProfileState, QuietHours } from '../../../shared/types';
import { relativeTime } from '../tray/relative-time';
import { expiryTime } from '../tray/invite-labels';
import { listNames, type InviteTarget } from './invite-notifications';
import { isPendingAt } from '../cloudflare/pending-now';
import { soonestExpiring } from './quiet-expiry';
import type { NotificationKind, NotificationSpec } from './notification-spec';

// Quiet hours: new-invitation notifications wait, and when the quiet hours end the user
// gets one summary of what is still pending. What the user did not start shows without a
// sound; what the user started (answering from a notification) shows as usual.
// The tray count is not touched here: it follows the snapshot, quiet or not.

/**
 * What quiet hours do to each kind of notification (the README has the same table).
 * held: kept back for the summary; silenced: shown at once, without sound; shown: as usual.
 */
export const DURING_QUIET_HOURS: Readonly<Record<NotificationKind, 'held' | 'silenced' | 'shown'>> = {
  'new-invite': 'held',
  // The several-at-once summary of new invitations; the quiet-hours summary itself only
  // ever comes out after them.
  summary: 'held',
  // Time-critical: an invitation lapsing at 06:00 cannot wait for 07:00.
  expiring: 'silenced',
  // Likewise, and not urgent then; it comes through (sound, urgent) when its invitation lapses
  // before the quiet hours end and the user lets it (throughQuietHours, quiet-expiry.ts).
  'last-chance': 'silenced',
  // The tray menu offers the restart too; nothing is lost by not ringing at 03:00.
  'update-ready': 'silenced',
  // The user just answered (a notification, the tray menu): awake and waiting for the result.
  responded: 'shown',
  'respond-failed': 'shown',
};

/** "HH:MM" -> minutes after midnight. */
export function minutesOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** Minutes after local midnight at `at`, in the machine's time zone (what the user's clock shows). */
export function localMinutes(at: number): number {
  const date = new Date(at);
  return date.getHours() * 60 + date.getMinutes();
}

/** True inside [from, to): a window whose start is after its end runs past midnight. */
export function isQuietTime(quiet: QuietHours, minutes: number): boolean {
  if (!quiet.enabled) return false;
  const from = minutesOfDay(quiet.from);
  const to = minutesOfDay(quiet.to);
  if (from === to) return false;
  return from < to ? minutes >= from && minutes < to : minutes >= from || minutes < to;
}

/** New-invitation notifications: one invitation, or the several-at-once summary. */
export function announcesNewInvitation(spec: NotificationSpec): boolean {
  return spec.kind === 'new-invite' || spec.tag === 'summary:new';
}

/** Sound off, or quiet hours: the notification still shows, without a sound. */
export function withSound(spec: NotificationSpec, sound: boolean): NotificationSpec {
  return sound ? spec : { ...spec, silent: true };
}

/** What quiet hours do to this notification: its kind's rule, unless it comes through. */
export function quietRule(spec: NotificationSpec): 'held' | 'silenced' | 'shown' {
  return spec.throughQuietHours ? 'shown' : DURING_QUIET_HOURS[spec.kind];
}

/**
 * Quiet now, per the table: null when the kind is held, without sound when it is silenced
 * (and not urgent: on Linux a critical notification breaks through Do Not Disturb).
 */
export function duringQuietHours(spec: NotificationSpec): NotificationSpec | null {
  const rule = quietRule(spec);
  if (rule === 'held') return null;
  if (rule === 'shown') return spec;
  const { urgent: _urgent, ...rest } = spec;
  return withSound(rest, false);
}

/** The one notification for invitations that arrived during quiet hours. */
export function quietHoursSummary(
  targets: readonly InviteTarget[],
  tr: Translator,
  now: number,
): NotificationSpec {
  const lines = [tr.t('notify.namesSentence', { names: listNames(targets, tr) })];
  const soonest = soonestExpiring(targets, now);
  if (soonest) {
    const when = relativeTime(expiryTime(soonest.invite), now, 'long', tr);
    lines.push(tr.t('notify.quietSummaryExpires', { org: listNames([soonest], tr), when }));
  }
  lines.push(tr.t('notify.clickOpenApp'));
  return {
    kind: 'summary',
    tag: 'summary:quiet-hours',
    title: tr.t('notify.quietSummaryTitle', { count: targets.length }),
    body: lines.join('\n'),
    clickAction: { kind: 'open' },
  };
}

function stillPending(snapshot: AppSnapshot, ids: ReadonlySet<string>, now: number): InviteTarget[] {
  const seen = new Set<string>();
  const targets: InviteTarget[] = [];
  for (const profile of snapshot.profiles) {
    for (const invite of profile.invites as Invite[]) {
      // By the clock, not only by the last list: one that lapsed in the night is not news.
      if (!ids.has(invite.id) || seen.has(invite.id) || !isPendingAt(invite, now)) continue;
      seen.add(invite.id);
      targets.push({ profileId: profile.profile.id, invite });
    }
  }
  return targets;
}

/** Still loading its first list: what it holds is not known yet. An account with an error is not waited for. */
function loadingFirstList(profile: ProfileState): boolean {
  return profile.lastSuccessAt === null && profile.error === null;
}

/** Where the held ids live between runs; without one (tests, the CLI) they live in memory. */
export interface HeldInviteStore {
  load(): readonly string[];
  save(inviteIds: readonly string[]): void;
}

/**
 * Holds what quiet hours keep back. Plain data in, plain data out: the notifier feeds it each
 * decision and asks it, at every event and when the hours end, whether the quiet hours are over.
 * The held ids are saved as they change: they are already recorded as announced, so a held
 * invitation lost in a restart (quiet hours span the night) would never be shown at all.
 */
export class QuietHoursGate {
  readonly #held: Set<string>;
  readonly #store: HeldInviteStore | undefined;

  constructor(store?: HeldInviteStore) {
    this.#store = store;
    this.#held = new Set(store?.load() ?? []);
  }

  /** Invitation ids held so far. */
  get held(): readonly string[] {
    return [...this.#held];
  }

  /**
   * What to show now. During quiet hours new-invitation notifications are held (by the ids
   * the decision marked as announced) and the rest follow DURING_QUIET_HOURS.
   */
  admit(notifications: readonly NotificationSpec[], announcedIds: readonly string[], quiet: boolean) {
    if (!quiet) return [...notifications];
    if (notifications.some(announcesNewInvitation)) {
      const before = this.#held.size;
      for (const id of announcedIds) this.#held.add(id);
      if (this.#held.size !== before) this.#store?.save([...this.#held]);
    }
    return notifications.flatMap((spec) => duringQuietHours(spec) ?? []);
  }

  /** Notifications turned off: what is held is dropped, and nothing comes when the hours end. */
  drop(): void {
    if (this.#held.size === 0) return;
    this.#held.clear();
    this.#store?.save([]);
  }

  /**
   * After quiet hours: one summary of the held invitations still pending (answered, expired
   * or withdrawn ones are dropped). Null while quiet or nothing is held, and while an account
   * is still loading its first list (just started): what it holds is not known yet. An account
   * with an error and no list does not hold the others back; ids found in no list stay held
   * for it, until every account has a list.
   */
  release(
    snapshot: AppSnapshot,
    quiet: boolean,
    translator: Translator = ENGLISH,
    now = snapshot.at,
  ): NotificationSpec | null {
    if (quiet || this.#held.size === 0) return null;
    if (snapshot.profiles.some(loadingFirstList)) return null;
    const targets = stillPending(snapshot, this.#held, now);
    const listless = snapshot.profiles.some((profile) => profile.lastSuccessAt === null);
    const listed = new Set(
      snapshot.profiles.flatMap((profile) => profile.invites.map((invite) => invite.id)),
    );
    const before = this.#held.size;
    for (const id of [...this.#held]) if (!listless || listed.has(id)) this.#held.delete(id);
    if (this.#held.size !== before) this.#store?.save([...this.#held]);
    return targets.length > 0 ? quietHoursSummary(targets, translator, now) : null;
  }
}
