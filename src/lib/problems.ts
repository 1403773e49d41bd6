import { errorAdvice, errorTitle } from '../../electron/shared/i18n/error-text';
import type { Translator } from '../../electron/shared/i18n/translate';
import type { ErrorInfo, ErrorKind, ProfileState } from '../../electron/shared/types';

// How each kind of failure is presented: a short title and the action that fixes it.
// The advice beneath it (what happened, what to do next) is main's: catalogue sentences
// it put on the error, in the window's language.

export type ProblemAction = 'reauth' | 'retry' | 'none';

export interface Problem {
  title: string;
  /** Where to go from here; the banner renders a button for it. */
  action: ProblemAction;
  tone: 'error' | 'warning';
}

export const TOKENS_URL = 'https://dash.cloudflare.com/profile/api-tokens';
export const PERMISSIONS_HINT = 'Memberships Read and Memberships Write';

type Presentation = Omit<Problem, 'title'>;

// The titles are the catalogue's `problem.<kind>` (electron/shared/i18n).
const PROBLEMS: Record<ErrorKind, Presentation> = {
  'signed-out': { action: 'reauth', tone: 'error' },
  'bad-credentials': { action: 'reauth', tone: 'error' },
  'missing-permission': { action: 'reauth', tone: 'error' },
  'not-found': { action: 'retry', tone: 'warning' },
  'already-answered': { action: 'retry', tone: 'warning' },
  'rate-limited': { action: 'none', tone: 'warning' },
  offline: { action: 'retry', tone: 'warning' },
  'server-error': { action: 'retry', tone: 'warning' },
  'invalid-response': { action: 'retry', tone: 'warning' },
  'keychain-unavailable': { action: 'retry', tone: 'error' },
  'invalid-request': { action: 'none', tone: 'error' },
  // The network in between: the core's advice says what to do (install the root certificate…).
  'certificate-untrusted': { action: 'retry', tone: 'error' },
  'proxy-auth-required': { action: 'retry', tone: 'error' },
  'proxy-unreachable': { action: 'retry', tone: 'warning' },
  'dns-failure': { action: 'retry', tone: 'warning' },
};

export function describeProblem(error: ErrorInfo, translator: Pick<Translator, 't'>): Problem {
  return { title: errorTitle(error.kind, translator), ...PROBLEMS[error.kind] };
}

/**
 * What happened and what to do, in the window's language: the catalogue sentences main put on
 * the error. The window words nothing itself; an error main did not make (it could not be
 * reached) has only its message.
 */
export function adviceText(error: ErrorInfo, translator: Translator | null): string {
  return translator ? errorAdvice(error, translator) : error.message;
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
