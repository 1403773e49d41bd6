import type { Invite } from '../../../shared/types';
import type { InviteEvent } from './events';

function hasChanged(previous: Invite, next: Invite): boolean {
  return (
    previous.status !== next.status ||
    previous.effective_status !== next.effective_status ||
    previous.expires_on !== next.expires_on
  );
}

/**
 * Events between two consecutive invite lists of one profile. `previous` null means
 * this is the first list since start: every invite counts as added. Added and changed
 * follow the order of `next`, gone the order of `previous`.
 */
export function diffInvites(
  profileId: string,
  previous: readonly Invite[] | null,
  next: readonly Invite[],
): InviteEvent[] {
  const before = new Map((previous ?? []).map((invite) => [invite.id, invite]));
  const events: InviteEvent[] = [];
  const seen = new Set<string>();
  for (const invite of next) {
    seen.add(invite.id);
    const old = before.get(invite.id);
    if (old === undefined) events.push({ type: 'added', profileId, invite });
    else if (hasChanged(old, invite)) events.push({ type: 'changed', profileId, invite, previous: old });
  }
  for (const old of before.values()) {
    if (!seen.has(old.id)) events.push({ type: 'gone', profileId, previous: old });
  }
  return events;
}
