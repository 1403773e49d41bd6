import type { Invite } from '../../../shared/types';
import type { CloudflareApi } from '../cloudflare/api';
import { isPendingAt } from '../cloudflare/pending-now';
import { toErrorInfo } from '../errors';

/** A user turns 2FA on in minutes, and GET /user costs a request from the shared rate limit. */
export const TWO_FACTOR_CHECK_EVERY_MS = 60 * 60_000;

interface Entry {
  /** null: unknown (the credential may not read /user, the read failed, the answer did not say). */
  readonly enabled: boolean | null;
  readonly checkedAt: number;
}

/**
 * The user's own two-factor state, per account (profile id), as GET /user last told it.
 * Read only while a pending invitation of that account enforces 2FA, and at most once an
 * hour, whatever came of it: a token without "User Details Read" does not gain it by being
 * asked again. Forgotten when the account's credential changes or the account is removed.
 */
export class TwoFactorCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly now: () => number,
    private readonly log?: { warn(message: string): void },
  ) {}

  /** What is known of the account now; null when nothing is. */
  known(accountId: string): boolean | null {
    return this.entries.get(accountId)?.enabled ?? null;
  }

  /** Whether to read now: a pending invitation among `invites` enforces 2FA, and the last read is an hour old. */
  due(accountId: string, invites: readonly Invite[]): boolean {
    const now = this.now();
    const enforced = invites.some(
      (invite) => invite.organization_is_enforcing_twofactor === true && isPendingAt(invite, now),
    );
    if (!enforced) return false;
    const entry = this.entries.get(accountId);
    // A clock set back (by hand, or corrected) would otherwise hold an old answer for as long as
    // it went back: a read "from the future" is as stale as one an hour old.
    return entry === undefined || now < entry.checkedAt || now - entry.checkedAt >= TWO_FACTOR_CHECK_EVERY_MS;
  }

  /**
   * Reads the state through the account's API and keeps it. Never rejects: a failure of any
   * kind leaves the state unknown (and is no problem of the account's invitation list).
   */
  async read(
    accountId: string,
    api: () => Promise<CloudflareApi>,
    signal: AbortSignal,
  ): Promise<boolean | null> {
    const previous = this.entries.get(accountId);
    // Taken before the call: a second read while this one runs is not due.
    const claim: Entry = { enabled: previous?.enabled ?? null, checkedAt: this.now() };
    this.entries.set(accountId, claim);
    let enabled: boolean | null = null;
    try {
      enabled = await (await api()).twoFactorEnabled(signal);
    } catch (error) {
      if (signal.aborted) {
        // Stopped, not answered: the next list may read again.
        if (this.entries.get(accountId) === claim) this.restore(accountId, previous);
        return this.known(accountId);
      }
      // The kind only: the error's text is about Memberships, and nothing here needs it.
      this.log?.warn(`The 2FA state of account ${accountId} is unknown (${toErrorInfo(error).kind})`);
    }
    // Forgotten meanwhile (a new credential): this answer was about the old one.
    if (this.entries.get(accountId) !== claim) return this.known(accountId);
    this.entries.set(accountId, { enabled, checkedAt: claim.checkedAt });
    return enabled;
  }

  forget(accountId: string): void {
    this.entries.delete(accountId);
  }

  private restore(accountId: string, previous: Entry | undefined): void {
    if (previous === undefined) this.entries.delete(accountId);
    else this.entries.set(accountId, previous);
  }
}
