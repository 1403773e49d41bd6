import type { ErrorInfo, ErrorKind } from '../../../shared/types';

export const BACKOFF_BASE_MS = 30_000;
export const BACKOFF_CAP_MS = 30 * 60_000;
/** Up to this fraction is taken off each delay, so many clients failing together spread out. */
export const BACKOFF_JITTER = 0.1;

/**
 * Failures that polling cannot fix: the user has to sign in again or change the
 * credential. Retrying them on a timer would only hammer the API with a bad key.
 */
export const PAUSING_ERROR_KINDS: readonly ErrorKind[] = ['bad-credentials', 'signed-out'];

/** Delay before retry number `failures` (1 = first failure): 30 s, 1, 2, 4 … min, capped at 30 min. */
export function backoffDelayMs(failures: number, random: () => number = Math.random): number {
  const exponent = Math.max(0, Math.floor(failures) - 1);
  const base = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(exponent, 30));
  const jitter = Math.min(1, Math.max(0, random()));
  // Jitter only shortens the delay, so the cap stays a real cap.
  return Math.round(base * (1 - BACKOFF_JITTER * jitter));
}

export type RetryPlan =
  | { kind: 'paused' }
  /** Retry at `at`; `blockedUntil` set means no request of any kind may be made before it. */
  | { kind: 'retry'; at: number; blockedUntil?: number };

/** What to do after a failed refresh, given how many failures in a row there have been. */
export function planRetry(
  error: ErrorInfo,
  failures: number,
  now: number,
  random: () => number = Math.random,
): RetryPlan {
  if (PAUSING_ERROR_KINDS.includes(error.kind)) return { kind: 'paused' };
  if (error.kind === 'rate-limited') {
    const until =
      error.retryAt !== undefined && Number.isFinite(error.retryAt)
        ? Math.max(now, error.retryAt)
        : now + backoffDelayMs(failures, random);
    return { kind: 'retry', at: until, blockedUntil: until };
  }
  return { kind: 'retry', at: now + backoffDelayMs(failures, random) };
}

/** A rate limit covers every call of the login: lists and answers alike wait for it. */
export class RateLimitBlock {
  private until = 0;
  private reason: ErrorInfo | null = null;

  get blockedUntil(): number {
    return this.until;
  }

  extend(reason: ErrorInfo, until: number): void {
    this.until = Math.max(this.until, until);
    this.reason = reason;
  }

  /** The rate-limit error while `now` is inside the block, else null. */
  active(now: number): ErrorInfo | null {
    return now < this.until ? this.reason : null;
  }
}
