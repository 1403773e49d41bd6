import type { Invite } from '../../../shared/types';
import { withEffectiveStatus } from './effective-status';
import { inviteSchema, isAnswerable } from './schemas';

// Cloudflare adds status values and reshapes fields over time. One invitation this
// version cannot read must not hide the others: each is read on its own, and the
// ones that fail are set aside and described by where they failed, never by value.

/** Where one listed invitation failed the schema: a field path and a problem, no value. */
export interface UnreadableInvite {
  /** Position in Cloudflare's `result` array. */
  index: number;
  /** e.g. `result.3.roles`; the value there is never echoed (it could be anything). */
  path: string;
  problem: string;
}

export interface InviteListing {
  invites: Invite[];
  unreadable: UnreadableInvite[];
  /**
   * The response text it was read from, to recognise the same answer next time without parsing
   * it, and until when the statuses read from it hold (the next lapse).
   */
  source?: { text: string; until: number };
}

/** Reads each entry of an already unwrapped `result` array on its own. */
export function readInvites(entries: readonly unknown[], nowMs: number): InviteListing {
  const invites: Invite[] = [];
  const unreadable: UnreadableInvite[] = [];
  entries.forEach((entry, index) => {
    const parsed = inviteSchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const at = issue?.path.map(String) ?? [];
      unreadable.push({
        index,
        path: ['result', String(index), ...at].join('.'),
        problem: issue ? describeIssue(issue.code, entry, at) : 'unexpected shape',
      });
      return;
    }
    // Without a usable id an invitation can be neither fetched nor answered.
    if (!isAnswerable(parsed.data)) {
      unreadable.push({ index, path: `result.${index}.id`, problem: 'missing or not an invitation ID' });
      return;
    }
    invites.push(withEffectiveStatus(parsed.data, nowMs));
  });
  return { invites, unreadable };
}

/** The kind of problem only: whether the field is missing, or has the wrong type; never its value. */
function describeIssue(code: string, entry: unknown, path: readonly string[]): string {
  if (path.length === 0) return entry === null ? 'null instead of an invitation' : 'not an object';
  let value: unknown = entry;
  for (const key of path) value = (value as Record<string, unknown> | null)?.[key];
  if (value === undefined) return 'missing';
  return code.replaceAll('_', ' ');
}
