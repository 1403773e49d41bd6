import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS } from '../../../electron/main/core/demo';
import type { DemoFault } from '../../../electron/main/core/demo';
import { TWO_FACTOR_CHECK_EVERY_MS } from '../../../electron/main/core/sync/two-factor-cache';
import type { ProfileSummary } from '../../../electron/shared/types';
import { MINUTE, TOKEN_PROFILE, createHarness, type Harness } from './support/harness';

// The user's own 2FA state (issue 22): read from GET /user while a pending invitation enforces
// 2FA, at most once an hour per account, and never a problem of the invitation list.

const INITECH = '51d4b581d21c20a16147b17c3adc7867'; // the seed's pending invitation that enforces 2FA
const LIMITED: ProfileSummary = { id: 'limited', label: 'Limited', authKind: 'token' };

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const userReads = (harness: Harness) =>
  harness.server.requestLog().filter((entry) => entry.method === 'GET' && entry.path.endsWith('/v4/user'))
    .length;

/** Polls (every 5 minutes) until the clock has moved `ms` on. */
async function pollFor(harness: Harness, ms: number): Promise<void> {
  const until = harness.clock.now() + ms;
  while (harness.clock.now() < until) await harness.tick();
}

describe('the user’s 2FA state', () => {
  it('is read once an hour per account, only while a pending invitation enforces 2FA', async () => {
    h = await createHarness();
    h.engine.start();
    await h.engine.whenIdle();
    expect(h.state().twoFactorEnabled).toBe(true);
    expect(userReads(h)).toBe(1);

    await pollFor(h, TWO_FACTOR_CHECK_EVERY_MS - 10 * MINUTE);
    expect(h.requests().filter((line) => line === 'GET /user/invites').length).toBeGreaterThan(5);
    expect(userReads(h)).toBe(1);

    h.server.setTwoFactorEnabled(false);
    await pollFor(h, 15 * MINUTE);
    expect(userReads(h)).toBe(2);
    expect(h.state().twoFactorEnabled).toBe(false);

    // Answered: no pending invitation enforces 2FA any more, so an hour on nothing is read.
    h.server.updateInvite(INITECH, { status: 'accepted' });
    await pollFor(h, 2 * TWO_FACTOR_CHECK_EVERY_MS);
    expect(userReads(h)).toBe(2);
  });

  it('makes no call when no pending invitation enforces 2FA', async () => {
    h = await createHarness();
    h.server.updateInvite(INITECH, { organization_is_enforcing_twofactor: false });
    h.engine.start();
    await h.engine.whenIdle();
    await pollFor(h, 30 * MINUTE);
    expect(userReads(h)).toBe(0);
    expect(h.state().twoFactorEnabled).toBeNull();
  });

  it('two accounts, one whose token may not read /user: that one is unknown, not an error', async () => {
    h = await createHarness({ profiles: [TOKEN_PROFILE, LIMITED] });
    h.credentials.set(LIMITED.id, DEMO_CREDENTIALS.invitesOnlyToken);
    h.engine.start();
    await h.engine.whenIdle();
    const work = h.state(TOKEN_PROFILE.id);
    const limited = h.state(LIMITED.id);
    expect(work.twoFactorEnabled).toBe(true);
    expect(limited.twoFactorEnabled).toBeNull();
    expect(limited.error).toBeNull();
    expect(limited.pendingCount).toBe(work.pendingCount);
    expect(
      h.server
        .requestLog()
        .filter((entry) => entry.path.endsWith('/user'))
        .map((e) => e.status),
    ).toEqual(expect.arrayContaining([200, 403]));
    expect(userReads(h)).toBe(2);
    // The 403 is not asked again within the hour either.
    await pollFor(h, 30 * MINUTE);
    expect(userReads(h)).toBe(2);
  });

  it.each([401, 403, 429, 500, 503, 'timeout', 'malformed-json', 'reset'] satisfies DemoFault[])(
    'GET /user failing with %s leaves it unknown; the list, its timer and its error stay as they were',
    async (fault) => {
      h = await createHarness();
      const hold = h.holdNextList();
      h.engine.start();
      await hold.arrived;
      // Queued once the list was answered, so only the 2FA read meets it.
      h.server.failNext(1, fault, { path: '/user' });
      hold.release();
      await h.engine.whenIdle();
      const state = h.state();
      expect(state.twoFactorEnabled).toBeNull();
      expect(state.error).toBeNull();
      expect(state.pendingCount).toBe(4);
      expect(state.nextRetryAt).toBe(state.lastSuccessAt! + 5 * MINUTE);
      await h.tick();
      expect(h.state().error).toBeNull();
      expect(userReads(h)).toBe(1);
    },
  );

  it('a new credential forgets what the old one read, and asks again with the new one', async () => {
    h = await createHarness();
    h.engine.start();
    await h.engine.whenIdle();
    expect(h.state().twoFactorEnabled).toBe(true);

    h.credentials.set(TOKEN_PROFILE.id, DEMO_CREDENTIALS.invitesOnlyToken);
    h.engine.credentialsChanged(TOKEN_PROFILE.id);
    expect(h.state().twoFactorEnabled).toBeNull();
    await h.engine.whenIdle();
    expect(userReads(h)).toBe(2);
    expect(h.state().twoFactorEnabled).toBeNull();
  });

  it('a new credential while GET /user is on its way: the list and the 2FA state are read again with it', async () => {
    h = await createHarness();
    const hold = h.holdNextUserRead();
    h.engine.start();
    await hold.arrived;
    // The list was answered and shown; only the old credential's GET /user is still out.
    h.credentials.set(TOKEN_PROFILE.id, DEMO_CREDENTIALS.globalKey);
    h.engine.credentialsChanged(TOKEN_PROFILE.id);
    hold.release();
    await h.engine.whenIdle();
    expect(h.requests().filter((line) => line === 'GET /user/invites')).toHaveLength(2);
    expect(userReads(h)).toBe(2);
    expect(h.state().twoFactorEnabled).toBe(true);
  });

  it('an answer confirmed while GET /user is on its way still gets its list again', async () => {
    h = await createHarness();
    const hold = h.holdNextUserRead();
    h.engine.start();
    await hold.arrived;
    await h.engine.respond(TOKEN_PROFILE.id, INITECH, 'accepted');
    hold.release();
    await h.engine.whenIdle();
    expect(h.requests().filter((line) => line === 'GET /user/invites')).toHaveLength(2);
  });

  it('a refresh asked for while GET /user is on its way lists again: an invitation sent meanwhile shows', async () => {
    h = await createHarness();
    const hold = h.holdNextUserRead();
    h.engine.start();
    await hold.arrived;
    // The list was answered and shown; a new invitation arrives and the user asks for a refresh.
    const added = h.server.addInvite({ organization_name: 'Sent Meanwhile Ltd' });
    const refreshed = h.engine.refresh();
    hold.release();
    await refreshed;
    expect(h.requests().filter((line) => line === 'GET /user/invites')).toHaveLength(2);
    expect(h.state().invites.map((invite) => invite.id)).toContain(added.id);
  });

  it('a refresh that joins a run which then cannot list again (rate limited meanwhile) does not stay "syncing"', async () => {
    h = await createHarness();
    const hold = h.holdNextUserRead();
    h.engine.start();
    await hold.arrived;
    const refreshed = h.engine.refresh();
    expect(h.state().syncing).toBe(true);
    // An answer meets Cloudflare's rate limit meanwhile: no list may be asked for until it ends.
    h.server.failNext(1, 429, { retryAfter: 120, method: 'PATCH' });
    const answered = h.engine.respond(TOKEN_PROFILE.id, INITECH, 'accepted');
    await expect(answered).rejects.toMatchObject({ kind: 'rate-limited' });
    hold.release();
    await refreshed;
    await h.engine.whenIdle();
    expect(h.requests().filter((line) => line === 'GET /user/invites')).toHaveLength(1);
    expect(h.state().syncing).toBe(false);
  });

  it('a refresh asked for while the list is on its way lists once more: a change made after that request shows', async () => {
    h = await createHarness();
    const hold = h.holdNextList();
    h.engine.start();
    await hold.arrived;
    // The list request has been answered by the server but not yet read: what the user changes
    // elsewhere now, then asks to see, is not in it.
    const added = h.server.addInvite({ organization_name: 'Just Now Ltd' });
    const refreshed = Promise.all([h.engine.refresh(), h.engine.refresh()]);
    hold.release();
    await refreshed;
    await h.engine.whenIdle();
    expect(h.requests().filter((line) => line === 'GET /user/invites')).toHaveLength(2);
    expect(h.state().invites.map((invite) => invite.id)).toContain(added.id);
  });

  it('a removed and added again account reads again', async () => {
    h = await createHarness();
    h.engine.start();
    await h.engine.whenIdle();
    h.engine.removeProfile(TOKEN_PROFILE.id);
    h.engine.addProfile(TOKEN_PROFILE);
    await h.engine.whenIdle();
    expect(userReads(h)).toBe(2);
    expect(h.state().twoFactorEnabled).toBe(true);
  });

  it('a new invitation is announced with the 2FA state already read', async () => {
    h = await createHarness();
    h.server.setTwoFactorEnabled(false);
    const seen: (boolean | null | undefined)[] = [];
    h.engine.onEvents(() => seen.push(h.engine.snapshot().profiles[0]?.twoFactorEnabled));
    h.engine.start();
    await h.engine.whenIdle();
    expect(seen).toEqual([false]);
  });
});
