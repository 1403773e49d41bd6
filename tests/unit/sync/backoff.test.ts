import { describe, expect, it } from 'vitest';
import {
  BACKOFF_BASE_MS,
  BACKOFF_CAP_MS,
  backoffDelayMs,
  planRetry,
} from '../../../electron/main/core/sync/backoff';
import type { ErrorInfo } from '../../../electron/shared/types';

const noJitter = () => 0;
const error = (kind: ErrorInfo['kind'], extra: Partial<ErrorInfo> = {}): ErrorInfo => ({
  kind,
  message: kind,
  cloudflareErrors: [],
  ...extra,
});

describe('backoffDelayMs', () => {
  it('doubles from 30 s and caps at 30 min', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 8, 20, 500].map((n) => backoffDelayMs(n, noJitter));
    expect(delays).toEqual([
      30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_800_000, 1_800_000, 1_800_000, 1_800_000,
    ]);
  });

  it('jitter only shortens, by at most 10 %', () => {
    expect(backoffDelayMs(1, () => 0.999999)).toBe(27_000);
    expect(backoffDelayMs(1, () => 0.5)).toBe(28_500);
    expect(backoffDelayMs(100, () => 1)).toBe(BACKOFF_CAP_MS * 0.9);
    for (const r of [0, 0.3, 0.99]) expect(backoffDelayMs(100, () => r)).toBeLessThanOrEqual(BACKOFF_CAP_MS);
  });

  it('tolerates odd inputs', () => {
    expect(backoffDelayMs(0, noJitter)).toBe(BACKOFF_BASE_MS);
    expect(backoffDelayMs(1, () => -5)).toBe(BACKOFF_BASE_MS);
    expect(backoffDelayMs(1, () => 7)).toBe(BACKOFF_BASE_MS * 0.9);
    expect(backoffDelayMs(Number.MAX_SAFE_INTEGER, noJitter)).toBe(BACKOFF_CAP_MS);
  });
});

describe('planRetry', () => {
  const now = 1_000_000;

  it('backs off for transient failures', () => {
    for (const kind of ['server-error', 'offline', 'invalid-response', 'missing-permission'] as const) {
      expect(planRetry(error(kind), 3, now, noJitter)).toEqual({ kind: 'retry', at: now + 120_000 });
    }
  });

  it('pauses on bad credentials and sign-out', () => {
    expect(planRetry(error('bad-credentials'), 1, now)).toEqual({ kind: 'paused' });
    expect(planRetry(error('signed-out'), 9, now)).toEqual({ kind: 'paused' });
  });

  it('waits exactly until retryAt on a rate limit and blocks every request until then', () => {
    const retryAt = now + 300_000;
    expect(planRetry(error('rate-limited', { retryAt }), 1, now, noJitter)).toEqual({
      kind: 'retry',
      at: retryAt,
      blockedUntil: retryAt,
    });
  });

  it('falls back to backoff for a rate limit without a time, and never plans in the past', () => {
    expect(planRetry(error('rate-limited'), 2, now, noJitter)).toEqual({
      kind: 'retry',
      at: now + 60_000,
      blockedUntil: now + 60_000,
    });
    expect(planRetry(error('rate-limited', { retryAt: now - 5 }), 1, now)).toEqual({
      kind: 'retry',
      at: now,
      blockedUntil: now,
    });
  });
});
