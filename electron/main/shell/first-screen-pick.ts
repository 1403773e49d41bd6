import { FIRST_CARDS, type FirstScreenCounts } from '../../shared/first-screen';
import {
  byExpiry,
  entryKey,
  expiryRank,
  inPendingGroup,
  parseTime,
  statusAt,
  type ExpiryOrder,
} from '../../shared/invite-order';
import type { AppSnapshot, Invite } from '../../shared/types';

// The first screen draws the heading with the count, the first FIRST_CARDS pending cards and
// the closed "Earlier (n)" group. Redacting, grouping and sorting all of a long list for each page
// load cost main 10 ms at 5,000 invitations (30 ms at the first load), for five cards. The pick
// reads each invitation's few fields once, keeps the first cards and counts the rest; main then
// redacts, and the server renderer groups, only what was kept (first-screen.ts).
// The served screen must stay the one the whole snapshot draws, to the byte: the groups and their
// order are the window's own (electron/shared/invite-order.ts), applied to the fields as redaction
// leaves them (`redact`), since the window groups and sorts the redacted snapshot. The counts are
// over every account: a new window has no account filter chosen yet (AppState.accountFilter).

/**
 * A pending invitation among the first ones so far. Its key and its redacted name are read only
 * when its expiry ties with another's: nearly all comparisons end at the expiry.
 */
class Candidate implements ExpiryOrder {
  #key: string | undefined;
  #invite: ExpiryOrder['invite'] | undefined;
  constructor(
    readonly source: Invite,
    readonly expiresAt: number | null,
    private readonly profileId: string,
    private readonly redact: (text: string) => string,
  ) {}

  get key(): string {
    return (this.#key ??= entryKey(this.profileId, this.redact(this.source.id)));
  }

  get invite(): ExpiryOrder['invite'] {
    const name = this.source.organization_name;
    return (this.#invite ??= { organization_name: name === undefined ? undefined : this.redact(name) });
  }
}

/**
 * The snapshot with only the invitations the first screen draws, and the sizes of both groups.
 * `redact`: the text redaction IPC applies (main applies all of it to the kept snapshot after).
 */
export function pickFirstScreen(
  snapshot: AppSnapshot,
  now: number,
  redact: (text: string) => string,
): { snapshot: AppSnapshot; counts: FirstScreenCounts } {
  const counts: FirstScreenCounts = { pending: 0, earlier: 0 };
  // The first FIRST_CARDS pending ones so far, in list order: a few, so insertion is cheap.
  const first: Candidate[] = [];
  for (const state of snapshot.profiles) {
    const profileId = redact(state.profile.id);
    for (const invite of state.invites) {
      const expiresAt = parseTime(invite.expires_on === undefined ? undefined : redact(invite.expires_on));
      // Redaction keeps a record's keys (it redacts values): the window looks the redacted id up in them.
      const responding = () => state.responding[redact(invite.id)];
      if (!inPendingGroup(statusAt(invite, expiresAt, now), responding)) {
        counts.earlier++;
        continue;
      }
      counts.pending++;
      const last = first.at(-1);
      // Later than the last kept one by its expiry alone: the name is not even looked at.
      if (first.length === FIRST_CARDS && expiryRank(expiresAt) > expiryRank(last!.expiresAt)) continue;
      const candidate = new Candidate(invite, expiresAt, profileId, redact);
      // After every kept one it does not strictly precede: equals keep the snapshot's order, as in
      // the window's stable sort.
      const at = first.findIndex((kept) => byExpiry(candidate, kept) < 0);
      if (at === -1 && first.length === FIRST_CARDS) continue;
      first.splice(at === -1 ? first.length : at, 0, candidate);
      if (first.length > FIRST_CARDS) first.pop();
    }
  }
  const kept = new Set(first.map((candidate) => candidate.source));
  const profiles = snapshot.profiles.map((state) => ({
    ...state,
    invites: state.invites.filter((invite) => kept.has(invite)),
  }));
  return { snapshot: { ...snapshot, profiles }, counts };
}
