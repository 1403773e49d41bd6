import type { Invite } from '../../../shared/types';

/** Equal JSON-like values (what a parsed response holds): primitives, arrays, plain objects. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  // for…in over plain data (no inherited keys), counting instead of allocating key arrays:
  // this runs for every field of every invitation on every poll.
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let keys = 0;
  for (const key in x) {
    keys++;
    if (!sameData(x[key], y[key]) || (y[key] === undefined && !Object.hasOwn(y, key))) return false;
  }
  for (const _key in y) keys--;
  return keys === 0;
}

function sameRoles(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function keyCount(value: object): number {
  let count = 0;
  for (const _key in value) count++;
  return count;
}

/** Fields of the schema: read by name, which is several times faster than by key in a loop. */
const KNOWN_FIELDS = 12;

/**
 * The same invitation, field for field. This runs for every invitation of every poll, so the
 * fields the schema knows are compared by name; only an invitation with fields this version
 * does not know (passed through by the loose schema) is compared key by key.
 */
export function sameInvite(a: Invite, b: Invite): boolean {
  if (a === b) return true;
  if (
    a.id !== b.id ||
    a.status !== b.status ||
    a.effective_status !== b.effective_status ||
    a.expires_on !== b.expires_on ||
    a.organization_id !== b.organization_id ||
    a.organization_name !== b.organization_name ||
    a.invited_member_id !== b.invited_member_id ||
    a.invited_member_email !== b.invited_member_email ||
    a.invited_by !== b.invited_by ||
    a.invited_on !== b.invited_on ||
    a.organization_is_enforcing_twofactor !== b.organization_is_enforcing_twofactor ||
    !sameRoles(a.roles, b.roles)
  )
    return false;
  const keys = keyCount(a);
  if (keys !== keyCount(b)) return false;
  return keys <= KNOWN_FIELDS || sameData(a, b);
}

/**
 * The new list, with every invitation equal to one already held replaced by the held object,
 * and the held list itself when nothing changed at all. The usual poll finds nothing new:
 * keeping the very objects lets everything downstream see "same" by identity (no diff, no
 * new snapshot, nothing to freeze or send) instead of redoing that work for the whole list.
 */
export function keepUnchanged(previous: readonly Invite[], next: readonly Invite[]): readonly Invite[] {
  if (previous === next) return next;
  // The usual case first: the same invitations in the same order.
  let samePlaces = previous.length === next.length;
  for (let i = 0; samePlaces && i < next.length; i++) samePlaces = sameInvite(previous[i]!, next[i]!);
  if (samePlaces) return previous;
  const held = new Map(previous.map((invite) => [invite.id, invite]));
  return next.map((invite) => {
    const old = held.get(invite.id);
    return old !== undefined && sameInvite(old, invite) ? old : invite;
  });
}
