import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RATE_LIMIT_WAIT_MS,
  mapHttpFailure,
  mapTransportFailure,
  parseRetryAfter,
} from '../../../electron/main/core/cloudflare/error-map';
import type { FailureContext } from '../../../electron/main/core/cloudflare/error-map';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const list: FailureContext = { operation: 'list-invites', credentialKind: 'token', nowMs: NOW };
const respond: FailureContext = { ...list, operation: 'respond' };

const body = (...errors: object[]) => ({ success: false, errors, messages: [], result: null });

describe('parseRetryAfter', () => {
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('120', NOW)).toBe(NOW + 120_000);
    expect(parseRetryAfter(' 1.5 ', NOW)).toBe(NOW + 1_500);
    expect(parseRetryAfter('0', NOW)).toBe(NOW);
  });

  it('reads an HTTP date', () => {
    expect(parseRetryAfter('Sun, 01 Mar 2026 12:10:00 GMT', NOW)).toBe(NOW + 600_000);
  });

  it('never goes back in time for a past date', () => {
    expect(parseRetryAfter('Sun, 01 Mar 2026 11:00:00 GMT', NOW)).toBe(NOW);
  });

  it('waits Cloudflare’s 5 minutes when the header is missing or garbage', () => {
    expect(parseRetryAfter(null, NOW)).toBe(NOW + DEFAULT_RATE_LIMIT_WAIT_MS);
    expect(parseRetryAfter('', NOW)).toBe(NOW + 5 * 60_000);
    expect(parseRetryAfter('soon', NOW)).toBe(NOW + 5 * 60_000);
    expect(parseRetryAfter('-5', NOW)).toBe(NOW + 5 * 60_000);
  });
});

describe('mapHttpFailure', () => {
  it('401 is bad credentials, whatever the code, and keeps Cloudflare’s errors', () => {
    const error = mapHttpFailure(401, body({ code: 10000, message: 'Authentication error' }), null, list);
    expect(error.info).toMatchObject({
      kind: 'bad-credentials',
      status: 401,
      cloudflareErrors: [{ code: 10000, message: 'Authentication error' }],
    });
    expect(error.message).toMatch(/Memberships Read/);
  });

  it.each([6003, 6103, 6111, 9103, 9106, 10000, 10001])(
    '400/403 with auth code %i is bad credentials',
    (code) => {
      expect(mapHttpFailure(400, body({ code, message: 'x' }), null, list).kind).toBe('bad-credentials');
      expect(mapHttpFailure(403, body({ code, message: 'x' }), null, list).kind).toBe('bad-credentials');
    },
  );

  it('finds the auth code inside error_chain', () => {
    const error = mapHttpFailure(
      400,
      body({
        code: 1234,
        message: 'Bad',
        error_chain: [{ code: 6111, message: 'Invalid format for Authorization header' }],
      }),
      null,
      list,
    );
    expect(error.kind).toBe('bad-credentials');
    expect(error.info.cloudflareErrors.map((e) => e.code)).toEqual([1234, 6111]);
  });

  it('9109 "Invalid access token" is bad credentials', () => {
    expect(mapHttpFailure(403, body({ code: 9109, message: 'Invalid access token' }), null, list).kind).toBe(
      'bad-credentials',
    );
  });

  it('9109 "Unauthorized to access requested resource" is a missing permission', () => {
    const read = mapHttpFailure(
      403,
      body({ code: 9109, message: 'Unauthorized to access requested resource' }),
      null,
      list,
    );
    expect(read.kind).toBe('missing-permission');
    expect(read.message).toMatch(/Memberships Read/);
    const write = mapHttpFailure(
      403,
      body({ code: 9109, message: 'Unauthorized to access requested resource' }),
      null,
      respond,
    );
    expect(write.message).toMatch(/Memberships Write/);
  });

  it('any other 403 is a missing permission, even without a body', () => {
    expect(mapHttpFailure(403, undefined, null, list).kind).toBe('missing-permission');
    expect(mapHttpFailure(403, body({ code: 1234, message: 'Nope' }), null, respond).kind).toBe(
      'missing-permission',
    );
  });

  it('speaks of the key, not a token, for Global API key logins', () => {
    const error = mapHttpFailure(
      403,
      body({ code: 9103, message: 'Unknown X-Auth-Key or X-Auth-Email' }),
      null,
      {
        ...list,
        credentialKind: 'global-key',
      },
    );
    expect(error.kind).toBe('bad-credentials');
    expect(error.message).toMatch(/Global API key/);
  });

  it('404 is not found, worded for the operation', () => {
    expect(
      mapHttpFailure(404, body({ code: 1003, message: 'Invitation not found' }), null, respond).info,
    ).toMatchObject({
      kind: 'not-found',
      status: 404,
    });
    expect(mapHttpFailure(404, undefined, null, respond).message).toMatch(/no longer exists/);
    expect(mapHttpFailure(404, undefined, null, list).message).toMatch(/base URL/);
  });

  it('429 is rate limited until Retry-After', () => {
    const error = mapHttpFailure(429, body({ code: 971, message: 'Please wait' }), '90', list);
    expect(error.info).toMatchObject({ kind: 'rate-limited', retryAt: NOW + 90_000, status: 429 });
    expect(error.message).toMatch(/2 minutes/);
  });

  it('429 without Retry-After waits 5 minutes', () => {
    expect(mapHttpFailure(429, undefined, null, list).info.retryAt).toBe(NOW + 300_000);
  });

  it.each([500, 502, 503, 504])('%i is a server error', (status) => {
    const error = mapHttpFailure(status, 'Bad gateway', null, list);
    expect(error.info).toMatchObject({ kind: 'server-error', status, cloudflareErrors: [] });
  });

  it('recognises an answer to an invite that is no longer pending', () => {
    for (const message of [
      'Invitation is no longer pending: it was already accepted',
      'Invite has already been rejected',
      'Invitation has expired and can no longer be answered',
    ]) {
      expect(mapHttpFailure(400, body({ code: 1005, message }), null, respond).kind).toBe('already-answered');
    }
  });

  it('does not call a listing failure already-answered', () => {
    expect(mapHttpFailure(400, body({ code: 1005, message: 'already accepted' }), null, list).kind).toBe(
      'invalid-request',
    );
  });

  it('other 4xx are refused requests', () => {
    expect(
      mapHttpFailure(400, body({ code: 6007, message: 'Malformed JSON in request body' }), null, respond)
        .kind,
    ).toBe('invalid-request');
    expect(mapHttpFailure(405, undefined, null, list).kind).toBe('invalid-request');
  });

  it('keeps only well-formed Cloudflare errors from odd bodies', () => {
    const error = mapHttpFailure(
      500,
      { errors: [{ code: 'x' }, null, { code: 10002, message: 'Oops', extra: 1 }] },
      null,
      list,
    );
    expect(error.info.cloudflareErrors).toEqual([{ code: 10002, message: 'Oops' }]);
  });
});

describe('mapTransportFailure', () => {
  it('is offline in every case, and says so when it timed out', () => {
    const timeout = mapTransportFailure('timeout', 15_000, new Error('aborted'));
    expect(timeout.kind).toBe('offline');
    expect(timeout.message).toMatch(/within 15 seconds \(timed out\)/);
    expect(mapTransportFailure('network', 15_000, new Error('ECONNREFUSED')).message).toMatch(
      /Could not reach/,
    );
    expect(mapTransportFailure('cancelled', 15_000, undefined).message).toMatch(/cancelled/);
  });
});
