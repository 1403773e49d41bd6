import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, TOKEN_PROFILE, type Harness } from './support/harness';

// A refresh that joins a run reading GET /user makes that run list once more (profile-sync.ts).
// That second list belongs to the run: whatever ends the run's purpose meanwhile must end it too.

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const lists = (harness: Harness) => harness.requests().filter((line) => line === 'GET /user/invites').length;

describe('a refresh joined while GET /user is on its way', () => {
  it('stopped meanwhile (quit, sign-out of the engine): the run lists no more', async () => {
    h = await createHarness();
    const hold = h.holdNextUserRead();
    h.engine.start();
    await hold.arrived;
    const refreshed = h.engine.refresh();
    h.engine.stop();
    hold.release();
    await refreshed.catch(() => undefined);
    await h.engine.whenIdle();
    expect(lists(h)).toBe(1);
    expect(h.state().syncing).toBe(false);
  });

  it('stopped and started again meanwhile: the run lists once more and polling goes on', async () => {
    h = await createHarness();
    const hold = h.holdNextUserRead();
    h.engine.start();
    await hold.arrived;
    h.engine.stop();
    h.engine.start();
    hold.release();
    await h.engine.whenIdle();
    expect(lists(h)).toBe(2);
    expect(h.state().nextRetryAt).not.toBeNull();
  });

  it('many refreshes meanwhile: at most one more list, and nothing left "syncing"', async () => {
    h = await createHarness();
    const hold = h.holdNextUserRead();
    h.engine.start();
    await hold.arrived;
    const refreshes = Array.from({ length: 20 }, () => h.engine.refresh());
    hold.release();
    await Promise.all(refreshes);
    await h.engine.whenIdle();
    expect(lists(h)).toBe(2);
    expect(h.state().syncing).toBe(false);
  });

  it('the account removed meanwhile: nothing more is asked for it', async () => {
    h = await createHarness();
    const hold = h.holdNextUserRead();
    h.engine.start();
    await hold.arrived;
    const refreshed = h.engine.refresh();
    h.engine.removeProfile(TOKEN_PROFILE.id);
    hold.release();
    await refreshed.catch(() => undefined);
    await h.engine.whenIdle();
    expect(lists(h)).toBe(1);
  });
});
