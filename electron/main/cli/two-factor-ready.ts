import type { Invite } from '../../shared/types';
import type { CloudflareApi } from '../core/cloudflare/api';
import { isPendingAt } from '../core/cloudflare/pending-now';

/** An invitation as `list --json` and `show --json` print it. */
export type InviteWithReadiness = Invite & { two_factor_ready: boolean | null };

/**
 * How long the CLI waits for GET /user once the invitations are in hand. The answer only adds
 * `two_factor_ready`; a server that answers at all answers well within this, and one that hangs
 * would otherwise hold the already-read list for the client's whole 15 s timeout.
 */
export const TWO_FACTOR_WAIT_MS = 3_000;

/**
 * Each invitation with `two_factor_ready`: true when nothing about 2FA stands in the way (the
 * organisation does not enforce it, or the user has it on), false when the organisation
 * enforces it and the user's is off, null when that is not known. GET /user is asked once,
 * and only when a pending invitation enforces 2FA; a credential that may not read it (a token
 * without "User Details Read") or any failure of that call leaves the answer null, never an
 * error: the invitations themselves were read. Nor does waiting longer than `waitMs` for it.
 */
export async function withTwoFactorReady(
  api: Pick<CloudflareApi, 'twoFactorEnabled'>,
  invites: readonly Invite[],
  now = Date.now(),
  waitMs = TWO_FACTOR_WAIT_MS,
): Promise<InviteWithReadiness[]> {
  const enforcing = (invite: Invite) => invite.organization_is_enforcing_twofactor === true;
  const needed = invites.some((invite) => enforcing(invite) && isPendingAt(invite, now));
  const userEnabled = needed
    ? await api.twoFactorEnabled(AbortSignal.timeout(waitMs)).catch(unknownState)
    : null;
  return invites.map((invite) => ({ ...invite, two_factor_ready: enforcing(invite) ? userEnabled : true }));
}

/** Any failure of GET /user: the state is unknown, and that is all `two_factor_ready: null` says. */
function unknownState(): null {
  return null;
}
