import { afterEach, describe, expect, it } from 'vitest';
import { MINUTE, createHarness, type Harness } from './support/harness';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const ACME = '9ce88802f07591e5ce0457ef51ece021';

function changes(harness: Harness) {
  return harness.events.filter(({ meta }) => !meta.initial).flatMap(({ events }) => events);
}

describe('invite events between polls', () => {
  it('an invitation that lapses between polls is reported as changed', async () => {
    h = await createHarness();
    const soon = h.server.addInvite({ expires_on: new Date(h.clock.now() + 2 * MINUTE).toISOString() });
    h.engine.start();
    await h.engine.whenIdle();
    expect(h.state().pendingCount).toBe(5);

    await h.tick();
    expect(changes(h)).toEqual([
      {
        type: 'changed',
        profileId: 'work',
        invite: expect.objectContaining({ id: soon.id, status: 'pending', effective_status: 'expired' }),
        previous: expect.objectContaining({ id: soon.id, effective_status: 'pending' }),
      },
    ]);
    expect(h.state().pendingCount).toBe(4);
    // It moved behind the pending ones.
    expect(
      h
        .state()
        .invites.slice(0, 4)
        .map((invite) => invite.id),
    ).not.toContain(soon.id);
  });

  it('reports invitations expired, answered elsewhere, added and withdrawn', async () => {
    h = await createHarness();
    h.engine.start();
    await h.engine.whenIdle();
    h.server.expireInvite(ACME);
    h.server.updateInvite('fc46f8e70489b90fa373d93109479ca5', { status: 'rejected' });
    h.server.removeInvite('51d4b581d21c20a16147b17c3adc7867');
    const added = h.server.addInvite();
    await h.engine.refresh();
    expect(
      changes(h).map((event) => [event.type, event.type === 'gone' ? event.previous.id : event.invite.id]),
    ).toEqual([
      ['changed', ACME],
      ['changed', 'fc46f8e70489b90fa373d93109479ca5'],
      ['added', added.id],
      ['gone', '51d4b581d21c20a16147b17c3adc7867'],
    ]);
    expect(h.events.at(-1)?.meta).toEqual({ profileId: 'work', initial: false });
  });

  it('sends the initial flag once per profile even when there is nothing, and survives a throwing listener', async () => {
    h = await createHarness();
    h.server.setInvites([]);
    h.engine.onEvents(() => {
      throw new Error('listener bug');
    });
    const unsubscribe = h.engine.onSnapshot(() => {
      throw new Error('snapshot listener bug');
    });
    unsubscribe();
    h.engine.start();
    await h.engine.whenIdle();
    expect(h.events).toEqual([{ events: [], meta: { profileId: 'work', initial: true } }]);
    await h.tick();
    expect(h.events).toHaveLength(1);
    expect(h.state().error).toBeNull();
    expect(h.listenerErrors).toEqual([expect.objectContaining({ message: 'listener bug' })]);
  });
});
