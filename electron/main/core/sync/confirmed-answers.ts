import type { Invite, InviteStatus } from '../../../shared/types';

export type Answer = Exclude<InviteStatus, 'pending'>;

/** More answers than anyone gives between two lists; a bound against any path that never lists. */
export const MAX_CONFIRMED_ANSWERS = 500;

/**
 * Answers Cloudflare confirmed, kept until a list agrees: the one memory of them, which both
 * the list (overlay) and a new answer (answerOf) consult. A list whose request began before an
 * answer landed (a slow network, a poll racing a click) still shows that invitation pending;
 * Cloudflare never moves an answered invitation back to pending, so such a list is stale about
 * it and the confirmed answer is laid over it instead of being undone (issue 15: the tray
 * showed it pending again and a second PATCH went out). Once a list shows the answer, or no
 * longer lists the invitation, the entry goes (issue 21: no per-invitation memory outlives the
 * list); from then on the list itself says the invitation is not pending, and an old
 * notification about one no longer listed opens the window instead of answering (user-actions).
 */
export class ConfirmedAnswers {
  private readonly answers = new Map<string, { invite: Invite; answer: Answer }>();

  /** `answer`: what stands, when Cloudflare's reply has no status this version takes as one. */
  add(invite: Invite, answer: Answer): void {
    this.answers.delete(invite.id);
    this.answers.set(invite.id, { invite, answer });
    for (const id of this.answers.keys()) {
      if (this.answers.size <= MAX_CONFIRMED_ANSWERS) break;
      this.answers.delete(id);
    }
  }

  /** The confirmed answer to this invitation that no list has shown yet. */
  answerOf(inviteId: string): Answer | undefined {
    return this.answers.get(inviteId)?.answer;
  }

  get size(): number {
    return this.answers.size;
  }

  /** The list with confirmed answers laid over stale entries; forgets answers the list settles. */
  overlay(invites: readonly Invite[]): readonly Invite[] {
    if (this.answers.size === 0) return invites;
    const listed = new Set<string>();
    const result = invites.map((invite) => {
      listed.add(invite.id);
      const answer = this.answers.get(invite.id)?.invite;
      if (answer === undefined) return invite;
      if (invite.status !== undefined && invite.status !== 'pending') {
        // The list knows the answer now (or a newer truth): it needs no help any more.
        this.answers.delete(invite.id);
        return invite;
      }
      return answer;
    });
    // Gone from the list (withdrawn, or dropped by Cloudflare): nothing left to correct.
    for (const id of [...this.answers.keys()]) if (!listed.has(id)) this.answers.delete(id);
    return result;
  }

  clear(): void {
    this.answers.clear();
  }
}
