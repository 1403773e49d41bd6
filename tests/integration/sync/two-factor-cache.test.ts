import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCloudflareApi } from '../../../electron/main/core/cloudflare';
import { DEMO_CREDENTIALS, startDemoServer } from '../../../electron/main/core/demo';
import type { DemoServer } from '../../../electron/main/core/demo';
import { TWO_FACTOR_CHECK_EVERY_MS, TwoFactorCache } from '../../../electron/main/core/sync/two-factor-cache';
import type { Invite } from '../../../electron/shared/types';
import { ManualClock } from '../../support/manual-clock';

// The cache's own edges, with the real client against the demo API: a read that a new
// credential overtakes, a read that is stopped, and what makes a read due.

let server: DemoServer;
let clock: ManualClock;
let cache: TwoFactorCache;
const warnings: string[] = [];
const api =
  (timeoutMs = 5_000) =>
  async () =>
    createCloudflareApi({ credential: DEMO_CREDENTIALS.token, baseUrl: server.baseUrl, timeoutMs });

const enforcing = (overrides: Partial<Invite> = {}): Invite => ({
  id: 'strict01',
  organization_id: 'org',
  invited_member_id: null,
  organization_is_enforcing_twofactor: true,
  expires_on: new Date(clock.now() + 24 * 3_600_000).toISOString(),
  status: 'pending',
  effective_status: 'pending',
  ...overrides,
});

beforeAll(async () => {
  server = await startDemoServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  clock = new ManualClock(Date.now());
  warnings.length = 0;
  cache = new TwoFactorCache(() => clock.now(), { warn: (line) => void warnings.push(line) });
});

describe('TwoFactorCache', () => {
  it('is due only for a pending invitation that enforces 2FA, then not again for an hour', async () => {
    expect(cache.due('a', [enforcing({ organization_is_enforcing_twofactor: false })])).toBe(false);
    expect(cache.due('a', [enforcing({ status: 'accepted', effective_status: 'accepted' })])).toBe(false);
    expect(cache.due('a', [enforcing({ expires_on: new Date(clock.now() - 1).toISOString() })])).toBe(false);
    expect(cache.due('a', [enforcing()])).toBe(true);

    expect(await cache.read('a', api(), new AbortController().signal)).toBe(true);
    expect(cache.known('a')).toBe(true);
    expect(cache.due('b', [enforcing()])).toBe(true);
    clock.advance(TWO_FACTOR_CHECK_EVERY_MS - 1);
    expect(cache.due('a', [enforcing()])).toBe(false);
    clock.advance(1);
    expect(cache.due('a', [enforcing()])).toBe(true);
  });

  it('a clock set back does not hold the last answer until it catches up again', async () => {
    let wall = clock.now();
    const wallCache = new TwoFactorCache(() => wall);
    expect(await wallCache.read('a', api(), new AbortController().signal)).toBe(true);
    wall += 10 * 60_000;
    expect(wallCache.due('a', [enforcing()])).toBe(false);
    // Set back a day (by hand, or corrected): without this the next read would wait 25 hours.
    wall -= 24 * 3_600_000;
    expect(wallCache.due('a', [enforcing({ expires_on: new Date(wall + 3_600_000).toISOString() })])).toBe(
      true,
    );
  });

  it('a failure is unknown, logged by kind only, and waits its hour too', async () => {
    server.failNext(1, 500, { path: '/user', exactPath: true });
    expect(await cache.read('a', api(), new AbortController().signal)).toBeNull();
    expect(warnings).toEqual(['The 2FA state of account a is unknown (server-error)']);
    expect(cache.due('a', [enforcing()])).toBe(false);
  });

  it('an answer that arrives after the credential changed is dropped', async () => {
    server.failNext(1, 'timeout', { path: '/user', exactPath: true });
    const reading = cache.read('a', api(300), new AbortController().signal);
    cache.forget('a');
    expect(await reading).toBeNull();
    expect(cache.known('a')).toBeNull();
    // Nothing was recorded for the new credential: it is asked at once.
    expect(cache.due('a', [enforcing()])).toBe(true);
  });

  it('a stopped read keeps what was known and leaves the next read due', async () => {
    expect(await cache.read('a', api(), new AbortController().signal)).toBe(true);
    clock.advance(TWO_FACTOR_CHECK_EVERY_MS);
    server.failNext(1, 'timeout', { path: '/user', exactPath: true });
    const stop = new AbortController();
    const reading = cache.read('a', api(), stop.signal);
    stop.abort();
    expect(await reading).toBe(true);
    expect(cache.due('a', [enforcing()])).toBe(true);
    expect(warnings).toEqual([]);
  });
});
