import type { ErrorInfo, ErrorKind, ProfileState } from '../../electron/shared/types';

// How each kind of failure is presented: a short title and the action that fixes it.
// The core's message beneath it already says what happened and what to do next.

export type ProblemAction = 'reauth' | 'retry' | 'none';

export interface Problem {
  title: string;
  /** Where to go from here; the banner renders a button for it. */
  action: ProblemAction;
  tone: 'error' | 'warning';
}

export const TOKENS_URL = 'https://dash.cloudflare.com/profile/api-tokens';
export const PERMISSIONS_HINT = 'Memberships Read and Memberships Write';

const PROBLEMS: Record<ErrorKind, Problem> = {
  'signed-out': { title: 'Signed out', action: 'reauth', tone: 'error' },
  'bad-credentials': { title: 'Credentials no longer work', action: 'reauth', tone: 'error' },
  'missing-permission': { title: 'Missing permission', action: 'reauth', tone: 'error' },
  'not-found': { title: 'Invitation not found', action: 'retry', tone: 'warning' },
  'already-answered': { title: 'Already answered', action: 'retry', tone: 'warning' },
  'rate-limited': { title: 'Rate limited by Cloudflare', action: 'none', tone: 'warning' },
  offline: { title: 'Offline', action: 'retry', tone: 'warning' },
  'server-error': { title: 'Cloudflare is having trouble', action: 'retry', tone: 'warning' },
  'invalid-response': { title: 'Unexpected response from Cloudflare', action: 'retry', tone: 'warning' },
  'keychain-unavailable': { title: 'Keychain unavailable', action: 'retry', tone: 'error' },
  'invalid-request': { title: 'Request refused', action: 'none', tone: 'error' },
  // The network in between: the core's message carries the advice (install the root certificate…).
  'certificate-untrusted': { title: 'Certificate not trusted', action: 'retry', tone: 'error' },
  'proxy-auth-required': { title: 'Proxy needs a login', action: 'retry', tone: 'error' },
  'proxy-unreachable': { title: 'Proxy unreachable', action: 'retry', tone: 'warning' },
  'dns-failure': { title: "Can't look up Cloudflare", action: 'retry', tone: 'warning' },
};

export function describeProblem(error: ErrorInfo): Problem {
  return PROBLEMS[error.kind];
}

/** True while Cloudflare has asked for no requests: refreshing then would only extend the block. */
export function isRateLimited(state: ProfileState, now: number): boolean {
  const until = state.error?.kind === 'rate-limited' ? (state.error.retryAt ?? state.nextRetryAt) : null;
  return until !== null && until > now;
}

/** When the next automatic attempt happens, if the app will make one by itself. */
export function retryTime(state: ProfileState): number | null {
  if (!state.error) return null;
  if (state.error.kind === 'rate-limited') return state.error.retryAt ?? state.nextRetryAt;
  if (PROBLEMS[state.error.kind].action === 'reauth') return null;
  return state.nextRetryAt;
}

/** Cloudflare's own codes, kept for people who need to look them up. */
export function cloudflareDetails(error: ErrorInfo): string[] {
  return error.cloudflareErrors.map((e) => (e.code ? `${e.code}: ${e.message}` : e.message));
}
