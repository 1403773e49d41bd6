import type { Invite } from '../../../shared/types';

/**
 * Answers Cloudflare confirmed, kept until a list agrees. A list whose request began
 * before an answer landed (a slow network, a poll racing a click) still shows that
 * invitation pending; Cloudflare never moves an answered invitation back to pending, so
 * such a list is stale about it and the confirmed answer is laid over it instead of being
 * undone (issue 15: the tray showed it pending again and a second PATCH went out).
 */
export class ConfirmedAnswers {
  private readonly answers = new Map<string, Invite>();

  add(invite: Invite): void {
    this.answers.set(invite.id, invite);
  }

  /** The list with confirmed answers laid over stale entries; forgets answers the list settles. */
  overlay(invites: readonly Invite[]): readonly Invite[] {
    if (this.answers.size === 0) return invites;
    const listed = new Set<string>();
    const result = invites.map((invite) => {
      listed.add(invite.id);
      const answer = this.answers.get(invite.id);
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
