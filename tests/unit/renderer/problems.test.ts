import { describe, expect, it } from 'vitest';
import { ERROR_KINDS } from '../../../electron/shared/types';
import type { ErrorInfo, ErrorKind, ProfileState } from '../../../electron/shared/types';
import { ENGLISH } from '../../../electron/shared/i18n/catalogues';
import { cloudflareDetails, describeProblem, isRateLimited, retryTime } from '../../../src/lib/problems';

const NOW = Date.UTC(2026, 2, 4, 12, 0, 0);

const error = (kind: ErrorKind, extra: Partial<ErrorInfo> = {}): ErrorInfo => ({
  kind,
  message: `${kind} happened`,
  cloudflareErrors: [],
  ...extra,
});

function state(err: ErrorInfo | null, nextRetryAt: number | null = null): ProfileState {
  return {
    profile: { id: 'p1', label: 'Work', authKind: 'token' },
    invites: [],
    unreadableCount: 0,
    pendingCount: 0,
    lastSuccessAt: null,
    error: err,
    nextRetryAt,
    syncing: false,
    responding: {},
    respondErrors: {},
  };
}

describe('describeProblem', () => {
  it('sends credential problems to re-entering the credential', () => {
    for (const kind of ['signed-out', 'bad-credentials', 'missing-permission'] as const) {
      expect(describeProblem(error(kind), ENGLISH)).toMatchObject({ action: 'reauth', tone: 'error' });
    }
    expect(describeProblem(error('bad-credentials'), ENGLISH).title).toBe('Credentials no longer work');
    expect(describeProblem(error('missing-permission'), ENGLISH).title).toBe('Missing permission');
  });

  it('offers a retry for passing trouble, as a warning', () => {
    for (const kind of ['offline', 'server-error', 'invalid-response', 'not-found'] as const) {
      expect(describeProblem(error(kind), ENGLISH)).toMatchObject({ action: 'retry', tone: 'warning' });
    }
    expect(describeProblem(error('offline'), ENGLISH).title).toBe('Offline');
    expect(describeProblem(error('server-error'), ENGLISH).title).toBe('Cloudflare is having trouble');
  });

  it('names each network failure; the ones only the user can fix are errors', () => {
    expect(describeProblem(error('certificate-untrusted'), ENGLISH)).toEqual({
      title: 'Certificate not trusted',
      action: 'retry',
      tone: 'error',
    });
    expect(describeProblem(error('proxy-auth-required'), ENGLISH)).toMatchObject({
      title: 'Proxy needs a login',
      tone: 'error',
    });
    expect(describeProblem(error('proxy-unreachable'), ENGLISH)).toMatchObject({
      title: 'Proxy unreachable',
      tone: 'warning',
    });
    expect(describeProblem(error('dns-failure'), ENGLISH)).toMatchObject({
      action: 'retry',
      tone: 'warning',
    });
  });

  it('offers nothing to press while rate limited: a retry would only extend the block', () => {
    expect(describeProblem(error('rate-limited'), ENGLISH)).toEqual({
      title: 'Rate limited by Cloudflare',
      action: 'none',
      tone: 'warning',
    });
  });

  it('has a titled banner for every kind of error the core reports', () => {
    for (const kind of ERROR_KINDS) {
      const problem = describeProblem(error(kind), ENGLISH);
      expect(problem.title.length, kind).toBeGreaterThan(3);
      expect(['reauth', 'retry', 'none']).toContain(problem.action);
    }
  });
});

describe('isRateLimited', () => {
  it('holds until the retry time Cloudflare gave, then lets go', () => {
    const limited = state(error('rate-limited', { retryAt: NOW + 60_000 }), NOW + 120_000);
    expect(isRateLimited(limited, NOW)).toBe(true);
    expect(isRateLimited(limited, NOW + 60_000)).toBe(false);
  });

  it('falls back to the next scheduled attempt when no retry time came with the 429', () => {
    const limited = state(error('rate-limited'), NOW + 30_000);
    expect(isRateLimited(limited, NOW)).toBe(true);
    expect(isRateLimited(limited, NOW + 30_001)).toBe(false);
    expect(isRateLimited(state(error('rate-limited'), null), NOW)).toBe(false);
  });

  it('is false for every other state', () => {
    expect(isRateLimited(state(null, NOW + 60_000), NOW)).toBe(false);
    expect(isRateLimited(state(error('offline', { retryAt: NOW + 60_000 }), NOW + 60_000), NOW)).toBe(false);
  });
});

describe('retryTime', () => {
  it('is when the app tries again by itself', () => {
    expect(retryTime(state(error('offline'), NOW + 5_000))).toBe(NOW + 5_000);
    expect(retryTime(state(error('server-error'), NOW + 9_000))).toBe(NOW + 9_000);
  });

  it('is the rate limit’s end, preferring Cloudflare’s own retry time', () => {
    expect(retryTime(state(error('rate-limited', { retryAt: NOW + 1_000 }), NOW + 2_000))).toBe(NOW + 1_000);
    expect(retryTime(state(error('rate-limited'), NOW + 2_000))).toBe(NOW + 2_000);
  });

  it('is null with no error, and for errors only the user can fix', () => {
    expect(retryTime(state(null, NOW + 60_000))).toBeNull();
    expect(retryTime(state(error('bad-credentials'), NOW + 60_000))).toBeNull();
    expect(retryTime(state(error('missing-permission'), NOW + 60_000))).toBeNull();
  });
});

describe('cloudflareDetails', () => {
  it('keeps Cloudflare’s codes and messages, one line each', () => {
    const info = error('bad-credentials', {
      cloudflareErrors: [
        { code: 10000, message: 'Authentication error' },
        { code: 0, message: 'No code given' },
      ],
    });
    expect(cloudflareDetails(info)).toEqual(['10000: Authentication error', 'No code given']);
    expect(cloudflareDetails(error('offline'))).toEqual([]);
  });
});
