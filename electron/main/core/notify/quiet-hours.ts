import { ENGLISH } from '../../../shared/i18n/catalogues';
import type { Translator } from '../../../shared/i18n/translate';
import type { AppSnapshot, Invite, QuietHours } from '../../../shared/types';
import { listNames, type InviteTarget } from './invite-notifications';
import type { NotificationSpec } from './notification-spec';

// Quiet hours: new-invitation notifications wait, and when the quiet hours end the user
// gets one summary of what is still pending. Everything else still shows, silently.
// The tray count is not touched here: it follows the snapshot, quiet or not.

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

/** The one notification for invitations that arrived during quiet hours. */
export function quietHoursSummary(
  targets: readonly InviteTarget[],
  tr: Translator = ENGLISH,
): NotificationSpec {
  return {
    kind: 'summary',
    tag: 'summary:quiet-hours',
    title: tr.t('notify.quietSummaryTitle', { count: targets.length }),
    body: `${tr.t('notify.namesSentence', { names: listNames(targets, tr) })}\n${tr.t('notify.clickOpenApp')}`,
    clickAction: { kind: 'open' },
  };
}

function stillPending(snapshot: AppSnapshot, ids: ReadonlySet<string>): InviteTarget[] {
  const seen = new Set<string>();
  const targets: InviteTarget[] = [];
  for (const profile of snapshot.profiles) {
    for (const invite of profile.invites as Invite[]) {
      if (!ids.has(invite.id) || seen.has(invite.id) || invite.effective_status !== 'pending') continue;
      seen.add(invite.id);
      targets.push({ profileId: profile.profile.id, invite });
    }
  }
  return targets;
}

/** Where the held ids live between runs; without one (tests, the CLI) they live in memory. */
export interface HeldInviteStore {
  load(): readonly string[];
  save(inviteIds: readonly string[]): void;
}

/**
 * Holds what quiet hours keep back. Plain data in, plain data out: the notifier feeds it each
 * decision and asks it, at every event and every minute, whether the quiet hours are over.
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
   * the decision marked as announced) and the rest come out without sound.
   */
  admit(notifications: readonly NotificationSpec[], announcedIds: readonly string[], quiet: boolean) {
    if (!quiet) return [...notifications];
    if (notifications.some(announcesNewInvitation)) {
      const before = this.#held.size;
      for (const id of announcedIds) this.#held.add(id);
      if (this.#held.size !== before) this.#store?.save([...this.#held]);
    }
    return notifications
      .filter((spec) => !announcesNewInvitation(spec))
      .map((spec) => withSound(spec, false));
  }

  /**
   * After quiet hours: one summary of the held invitations still pending (answered, expired
   * or withdrawn ones are dropped), then the gate is empty. Null while quiet or nothing is held,
   * and while an account has no list yet (just started, offline): what it holds is unknown.
   */
  release(snapshot: AppSnapshot, quiet: boolean, translator?: Translator): NotificationSpec | null {
    if (quiet || this.#held.size === 0) return null;
    if (snapshot.profiles.some((profile) => profile.lastSuccessAt === null)) return null;
    const targets = stillPending(snapshot, this.#held);
    this.#held.clear();
    this.#store?.save([]);
    return targets.length > 0 ? quietHoursSummary(targets, translator) : null;
  }
}
