import type { NotificationKind, NotificationSpec } from './notification-spec';
import { RESPOND_ACTIONS } from './notification-spec';

// A notification's stable `id`, and the way back from it. Windows keeps toasts in the Action
// Center after they time out and across restarts; a click there reaches the app only through
// Notification.handleActivation, with no NotificationSpec in memory (cold start, a toast from
// the previous run, a garbage-collected object). So the id itself says what it was about.
//
// Constraints: Windows uses the id as the toast's Tag, which may be at most 64 characters, so
// the profile id (a UUID) is reduced to an 8-hex-digit key; only [A-Za-z0-9._-] is used, so
// the id survives URL-encoding and XML attributes unchanged wherever Windows echoes it back.

const PREFIX = 'ivt';

/** One letter per notification family, from the spec's tag (summaries have no invitation). */
const CODES = {
  invite: 'n',
  expiring: 'e',
  'last-chance': 'l',
  'summary:new': 's',
  'summary:expiring': 'x',
  // Its own letter: sharing 's' with summary:new made two different notifications one id (one
  // replaced the other on Windows and macOS; on Linux the delivery gate swallowed the second click).
  'summary:quiet-hours': 'h',
  'summary:last-chance': 'k',
  responded: 'r',
  'respond-failed': 'f',
  'update-ready': 'u',
} as const;
type Code = (typeof CODES)[keyof typeof CODES];

const KINDS: Record<Code, NotificationKind> = {
  n: 'new-invite',
  e: 'expiring',
  s: 'summary',
  x: 'expiring',
  l: 'last-chance',
  k: 'last-chance',
  h: 'summary',
  r: 'responded',
  f: 'respond-failed',
  u: 'update-ready',
};

const ID_PATTERN = /ivt\.([nelsxhkrfu])(?:\.([0-9a-f]{8})\.([A-Za-z0-9_-]{1,32}))?(?![A-Za-z0-9_-])/;

/** FNV-1a, 32 bits: a short, stable key for a profile id (not a secret, not security-relevant). */
export function profileKey(profileId: string): string {
  let hash = 0x811c9dc5;
  for (const char of profileId) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function codeFor(spec: NotificationSpec): Code {
  const family = spec.tag.startsWith('summary:') ? spec.tag : spec.tag.split(':', 1)[0]!;
  return CODES[family as keyof typeof CODES] ?? 's';
}

/** At most 4 + 2 + 9 + 33 = 48 characters. */
export function notificationId(spec: NotificationSpec): string {
  const code = codeFor(spec);
  if (spec.profileId === undefined || spec.inviteId === undefined) return `${PREFIX}.${code}`;
  return `${PREFIX}.${code}.${profileKey(spec.profileId)}.${spec.inviteId}`;
}

export interface ParsedNotificationId {
  kind: NotificationKind;
  code: Code;
  profileKey?: string;
  inviteId?: string;
}

/**
 * Finds an id made by notificationId in whatever Windows hands back (the raw activation
 * arguments: the id may be embedded or URL-encoded); null when there is none.
 */
export function parseNotificationId(raw: string): ParsedNotificationId | null {
  const match = ID_PATTERN.exec(safeDecode(raw));
  if (!match) return null;
  const code = match[1] as Code;
  const parsed: ParsedNotificationId = { kind: KINDS[code], code };
  if (match[2] && match[3]) {
    parsed.profileKey = match[2];
    parsed.inviteId = match[3];
  }
  return parsed;
}

function safeDecode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch (error) {
    // Not URL-encoded (a lone '%'): search the text as it is.
    if (error instanceof URIError) return raw;
    throw error;
  }
}

/**
 * The spec an activation stands for, rebuilt from its id and the profiles known now: enough
 * for the core's activation logic (which re-checks everything against the current state).
 * Text is empty: it is never shown again.
 */
export function specFromId(parsed: ParsedNotificationId, profileIds: readonly string[]): NotificationSpec {
  const base = { kind: parsed.kind, tag: `${PREFIX}.${parsed.code}`, title: '', body: '' };
  if (parsed.kind === 'update-ready') return { ...base, clickAction: { kind: 'restart-to-update' } };
  const profileId = profileIds.find((id) => profileKey(id) === parsed.profileKey);
  if (!profileId || !parsed.inviteId) return { ...base, clickAction: { kind: 'open' } };
  const target = { profileId, inviteId: parsed.inviteId };
  const answerable = parsed.code === 'n' || parsed.code === 'e' || parsed.code === 'l';
  return {
    ...base,
    ...target,
    clickAction: { kind: 'open', ...target },
    ...(answerable ? { actions: RESPOND_ACTIONS } : {}),
  };
}
