import type { AppSnapshot } from '../../../shared/types';
import type { EventsMeta, InviteEvent } from '../sync';

/**
 * Issue 21: nothing is remembered per invitation once Cloudflare stops listing it, so a tray
 * app that runs for months keeps memories (and a settings file) the size of the list, not of
 * its history. Run after a list brought news (an invitation gone, or a first list, which may
 * show that some left while the app was not running); a poll that changed nothing skips it.
 * Only once every profile has listed: an id missing from a profile not yet listed is unknown,
 * not gone. The quiet-hours held set is emptied when quiet hours end (quiet-hours.ts).
 */
export function pruneInviteMemories(
  events: readonly InviteEvent[],
  meta: EventsMeta,
  snapshot: AppSnapshot,
  memories: readonly { keepOnly(listed: ReadonlySet<string>): void }[],
): void {
  if (!meta.initial && !events.some((event) => event.type === 'gone')) return;
  if (snapshot.profiles.some((profile) => profile.lastSuccessAt === null)) return;
  const listed = new Set(snapshot.profiles.flatMap((profile) => profile.invites.map((invite) => invite.id)));
  for (const memory of memories) memory.keepOnly(listed);
}
