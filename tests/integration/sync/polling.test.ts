import { afterEach, describe, expect, it } from 'vitest';
import { KEY_PROFILE, MINUTE, TOKEN_PROFILE, createHarness, type Harness } from './support/harness';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

describe('sync engine polling against the demo API', () => {
  it('lists the invitations on start, sorted, with counts, and reports them as the initial load', async () => {
    h = await createHarness();
    const t0 = h.clock.now();
    h.engine.start();
    expect(h.state().syncing).toBe(true);
    await h.engine.whenIdle();

    const state = h.state();
    expect(h.requests()).toEqual(['GET /user/invites']);
    expect(state.invites).toHaveLength(8);
    expect(state.pendingCount).toBe(4);
    expect(h.engine.snapshot().pendingCount).toBe(4);
    expect(state.invites.slice(0, 4).every((invite) => invite.effective_status === 'pending')).toBe(true);
    // Globex lapses within a day: soonest expiry first.
    expect(state.invites[0]?.organization_name).toBe('Globex Corporation');
    expect(state).toMatchObject({
      lastSuccessAt: t0,
      error: null,
      nextRetryAt: t0 + 5 * MINUTE,
      syncing: false,
    });

    expect(h.events).toHaveLength(1);
    expect(h.events[0]?.meta).toEqual({ profileId: 'work', initial: true });
    expect(h.events[0]?.events.map((event) => event.type)).toEqual(Array(8).fill('added'));
  });

  it('polls every interval and no sooner, and reports what changed as non-initial events', async () => {
    h = await createHarness();
    const t0 = h.clock.now();
    h.engine.start();
    await h.engine.whenIdle();

    h.clock.advance(5 * MINUTE - 1);
    await h.engine.whenIdle();
    expect(h.requests()).toHaveLength(1);

    const added = h.server.addInvite({ organization_name: 'Soylent' });
    expect(await h.tick()).toBe(t0 + 5 * MINUTE);
    expect(h.requests()).toHaveLength(2);
    expect(h.state().pendingCount).toBe(5);
    expect(h.events.at(-1)?.meta.initial).toBe(false);
    expect(h.events.at(-1)?.events).toEqual([
      expect.objectContaining({ type: 'added', invite: expect.objectContaining({ id: added.id }) }),
    ]);

    // A poll that finds nothing new publishes no events.
    expect(await h.tick()).toBe(t0 + 10 * MINUTE);
    expect(h.events).toHaveLength(2);
    expect(h.requestLog().map((entry) => entry.at)).toEqual([t0, t0 + 5 * MINUTE, t0 + 10 * MINUTE]);
  });

  it('applies a changed interval setting to the next poll', async () => {
    h = await createHarness();
    const t0 = h.clock.now();
    h.engine.start();
    await h.engine.whenIdle();
    h.interval.ms = 1 * MINUTE;
    h.engine.intervalChanged();
    expect(h.state().nextRetryAt).toBe(t0 + MINUTE);
    expect(await h.tick()).toBe(t0 + MINUTE);
    expect(h.clock.nextAt()).toBe(t0 + 2 * MINUTE);
    // Without intervalChanged() the setting is still read after every poll.
    h.interval.ms = 30 * MINUTE;
    await h.tick();
    expect(h.clock.nextAt()).toBe(t0 + 2 * MINUTE + 30 * MINUTE);
  });

  it('never has two lists in flight: on-demand refreshes join the running one', async () => {
    h = await createHarness();
    h.engine.start();
    const joined = [h.engine.refresh(), h.engine.refresh('work')];
    await Promise.all(joined);
    await h.engine.whenIdle();
    expect(h.requests()).toEqual(['GET /user/invites']);

    h.server.clearRequestLog();
    await Promise.all([h.engine.refresh(), h.engine.refresh(), h.engine.refresh('work')]);
    expect(h.requests()).toEqual(['GET /user/invites']);
    // The on-demand refresh re-arms the poll timer from now, instead of adding a second one.
    expect(h.clock.pending()).toHaveLength(1);
  });

  it('keeps several profiles apart, and stops polling a removed one', async () => {
    h = await createHarness({ profiles: [TOKEN_PROFILE, KEY_PROFILE] });
    h.engine.start();
    await h.engine.whenIdle();
    expect(h.engine.snapshot().profiles.map((state) => state.profile.id)).toEqual(['work', 'home']);
    expect(h.engine.snapshot().pendingCount).toBe(8);
    const principals = h
      .requestLog()
      .map((entry) => entry.principal)
      .sort();
    expect(principals).toEqual(['demo-global-key', 'demo-token']);

    h.engine.removeProfile('home');
    expect(h.engine.snapshot().profiles.map((state) => state.profile.id)).toEqual(['work']);
    expect(h.engine.snapshot().pendingCount).toBe(4);
    h.server.clearRequestLog();
    await h.tick();
    expect(h.clock.pending()).toHaveLength(1);
    expect(h.server.requestLog().map((entry) => entry.principal)).toEqual(['demo-token']);

    h.engine.setProfiles([{ ...TOKEN_PROFILE, label: 'Renamed' }, KEY_PROFILE]);
    await h.engine.whenIdle();
    expect(h.engine.snapshot().profiles.map((state) => state.profile.label)).toEqual(['Renamed', 'Home']);
    expect(h.state('home').lastSuccessAt).toBe(h.clock.now());
  });

  it('publishes only frozen snapshots and never changes one after publishing it', async () => {
    h = await createHarness();
    h.engine.start();
    await h.engine.whenIdle();
    const first = h.engine.snapshot();
    const copy = structuredClone(first);
    h.server.removeInvite(first.profiles[0]!.invites[0]!.id);
    await h.engine.refresh();
    expect(h.engine.snapshot()).not.toBe(first);
    expect(first).toEqual(copy);
    expect(h.snapshots.length).toBeGreaterThan(2);
    for (const snapshot of h.snapshots) {
      expect(Object.isFrozen(snapshot)).toBe(true);
      expect(Object.isFrozen(snapshot.profiles[0])).toBe(true);
      expect(Object.isFrozen(snapshot.profiles[0]?.invites)).toBe(true);
      expect(snapshot.profiles[0]?.invites.every((invite) => Object.isFrozen(invite))).toBe(true);
    }
  });

  it('stop() leaves no timer and no request behind', async () => {
    h = await createHarness();
    h.engine.start();
    h.engine.stop();
    await h.engine.whenIdle();
    expect(h.clock.pending()).toEqual([]);
    expect(h.state()).toMatchObject({ syncing: false, nextRetryAt: null, error: null });
    h.clock.advance(60 * MINUTE);
    await h.engine.whenIdle();
    // The list was abandoned before it reached the network.
    expect(h.requests()).toEqual([]);
  });
});
