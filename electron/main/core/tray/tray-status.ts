import type { AppSnapshot, ErrorInfo, ErrorKind, ProfileState } from '../../../shared/types';
import { ENGLISH } from '../../../shared/i18n/english';
import { errorAdvice } from '../../../shared/i18n/error-text';
import type { Translator } from '../../../shared/i18n/translate';
import { isPendingAt } from '../cloudflare/pending-now';
import { relativeTime } from './relative-time';
import { countState, type TrayIconState } from './tray-icons';
import { anyUrgent } from './urgency';

/**
 * Failures only the user can fix (sign in again, grant a permission, unlock the keychain,
 * trust the network's root certificate, give the proxy a login).
 */
const ACTION_NEEDED: ReadonlySet<ErrorKind> = new Set([
  'signed-out',
  'bad-credentials',
  'missing-permission',
  'keychain-unavailable',
  'certificate-untrusted',
  'proxy-auth-required',
]);

export function needsUserAction(error: ErrorInfo | null): boolean {
  return error !== null && ACTION_NEEDED.has(error.kind);
}

/** The profile error to show: one needing the user first, then any other, in profile order. */
export function currentProblem(snapshot: AppSnapshot): ProfileState | undefined {
  return (
    snapshot.profiles.find((profile) => needsUserAction(profile.error)) ??
    snapshot.profiles.find((profile) => profile.error !== null)
  );
}

/**
 * How many invitations are pending at `now`. Not snapshot.pendingCount: a snapshot may be
 * older than the minute the tray is drawn in, and an invitation lapses at its expires_on.
 */
export function pendingNow(snapshot: AppSnapshot, now: number): number {
  let count = 0;
  for (const profile of snapshot.profiles)
    for (const invite of profile.invites) if (isPendingAt(invite, now)) count++;
  return count;
}

const hasData = (snapshot: AppSnapshot): boolean =>
  snapshot.profiles.some((profile) => profile.lastSuccessAt !== null);

/**
 * Icon state: no profile -> signed out; a profile needing the user -> error; a failure
 * (offline, rate limited, server) before any data -> offline; otherwise the count.
 * Stale data beats "offline": the count last seen is still the best thing to show. An
 * invitation lapsing within a day adds the clock mark to the count (issue 22).
 */
export function trayIconState(snapshot: AppSnapshot, showCount: boolean, now: number): TrayIconState {
  if (snapshot.profiles.length === 0) return 'signed-out';
  if (snapshot.profiles.some((profile) => needsUserAction(profile.error))) return 'error';
  if (!hasData(snapshot) && snapshot.profiles.some((profile) => profile.error !== null)) return 'offline';
  return countState(pendingNow(snapshot, now), showCount, anyUrgent(snapshot, now));
}

export function pendingText(count: number, { t }: Translator = ENGLISH): string {
  if (count === 0) return t('tray.noPending');
  return t('tray.pending', { count });
}

/** "Work: The token was rejected." — the label only matters when there are several profiles. */
export function problemText(
  snapshot: AppSnapshot,
  profile: ProfileState,
  translator: Translator = ENGLISH,
): string {
  const message = profile.error ? errorAdvice(profile.error, translator) : '';
  return snapshot.profiles.length > 1 ? `${profile.profile.label}: ${message}` : message;
}

/** When the failing profile tries again, if it will: the backoff or the rate limit, whichever is later. */
export function retryText(
  profile: ProfileState,
  now: number,
  translator: Translator = ENGLISH,
): string | undefined {
  const times = [profile.nextRetryAt, profile.error?.retryAt].filter(
    (time): time is number => typeof time === 'number' && time > now,
  );
  if (times.length === 0) return undefined;
  return translator.t('tray.retrying', { when: relativeTime(Math.max(...times), now, 'short', translator) });
}

/**
 * Longer than the longest poll interval (60 min) with room for a slow answer: data older than
 * this are not explained by the schedule, and the tooltip says how old they are.
 */
export const STALE_AFTER_MS = 65 * 60_000;

/**
 * The stalest successful sync ("synced 2 hr ago" must hold for every profile), only once it is
 * stale. While polls succeed on schedule the age says nothing, and a tooltip that carried it
 * would change with every poll that found nothing new (issue 21).
 */
export function syncedText(
  snapshot: AppSnapshot,
  now: number,
  translator: Translator = ENGLISH,
): string | undefined {
  const times = snapshot.profiles
    .map((profile) => profile.lastSuccessAt)
    .filter((time): time is number => time !== null);
  if (times.length === 0) return undefined;
  const stalest = Math.min(...times);
  if (now - stalest < STALE_AFTER_MS) return undefined;
  return translator.t('tray.synced', { when: relativeTime(stalest, now, 'short', translator) });
}

/** The stalest successful sync when the tooltip would speak of it (data, no problem shown instead). */
export function stalestSync(snapshot: AppSnapshot): number | undefined {
  if (currentProblem(snapshot)) return undefined;
  const times = snapshot.profiles.flatMap((profile) =>
    profile.lastSuccessAt === null ? [] : [profile.lastSuccessAt],
  );
  return times.length === 0 ? undefined : Math.min(...times);
}

/** Windows truncates tooltips at 127 characters (NOTIFYICONDATA.szTip). */
const TOOLTIP_MAX = 127;

export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

export function trayTooltip(snapshot: AppSnapshot, now: number, translator: Translator = ENGLISH): string {
  const parts: string[] = [];
  if (snapshot.profiles.length === 0) {
    parts.push(translator.t('tray.tooltipNotSignedIn'));
  } else {
    const problem = currentProblem(snapshot);
    if (hasData(snapshot)) parts.push(pendingText(pendingNow(snapshot, now), translator));
    if (problem) {
      parts.push(problemText(snapshot, problem, translator));
      const retry = retryText(problem, now, translator);
      if (retry) parts.push(retry);
    } else if (hasData(snapshot)) {
      const synced = syncedText(snapshot, now, translator);
      if (synced) parts.push(synced);
    } else {
      parts.push(translator.t('tray.tooltipChecking'));
    }
  }
  return truncate(`Invitray — ${parts.join(' · ')}`, TOOLTIP_MAX);
}
