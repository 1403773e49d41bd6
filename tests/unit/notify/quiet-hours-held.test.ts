import { describe, expect, it } from 'vitest';
import { QuietHoursGate, type HeldInviteStore } from '../../../electron/main/core/notify/quiet-hours';
import type { NotificationSpec } from '../../../electron/main/core/notify/notify-policy';
import { error, invite, MINUTE, NOW, profile, snapshot } from '../tray/snapshot-fixtures';

// What quiet hours hold back outlives the process (they span the night, when computers are
// shut down), and is released once no account is still loading its first list: an account
// with an error (revoked token, unreadable keychain) does not hold the others back.

const newInvite = (id: string): NotificationSpec => ({
  kind: 'new-invite',
  tag: `invite:${id}`,
  title: id,
  body: '',
  clickAction: { kind: 'open' },
});

function memoryStore(initial: string[] = []): HeldInviteStore & { saved: string[][] } {
  let ids = initial;
  const saved: string[][] = [];
  return {
    saved,
    load: () => ids,
    save(next) {
      ids = [...next];
      saved.push(ids);
    },
  };
}

describe('quiet hours: held invitations are kept', () => {
  it('saves each new hold, and the emptied list after the summary', () => {
    const store = memoryStore();
    const gate = new QuietHoursGate(store);
    gate.admit([newInvite('a')], ['a'], true);
    gate.admit([newInvite('a')], ['a'], true); // nothing new: no write
    gate.admit([newInvite('b')], ['b'], true);
    expect(store.saved).toEqual([['a'], ['a', 'b']]);
    const summary = gate.release(snapshot(profile('p1', { invites: [invite('a'), invite('b')] })), false);
    expect(summary?.tag).toBe('summary:quiet-hours');
    expect(store.saved.at(-1)).toEqual([]);
  });

  it('a new gate starts from what the last run held', () => {
    const gate = new QuietHoursGate(memoryStore(['a']));
    expect(gate.held).toEqual(['a']);
    const summary = gate.release(
      snapshot(profile('p1', { invites: [invite('a', { organization_name: 'Acme' })] })),
      false,
    );
    expect(summary?.body).toContain('Acme');
  });

  it('waits while an account is still loading its first list, so its held invitations are not dropped', () => {
    const gate = new QuietHoursGate(memoryStore(['a', 'b']));
    const loading = snapshot(
      profile('p1', { invites: [invite('a', { organization_name: 'Acme' })] }),
      profile('p2', { invites: [], lastSuccessAt: null, syncing: true }),
    );
    expect(gate.release(loading, false)).toBeNull();
    expect(gate.held).toEqual(['a', 'b']);
    const loaded = snapshot(
      profile('p1', { invites: [invite('a', { organization_name: 'Acme' })] }),
      profile('p2', { invites: [invite('b', { organization_name: 'Wayne' })] }),
    );
    const summary = gate.release(loaded, false);
    expect(summary?.body).toMatch(/Acme.*Wayne|Wayne.*Acme/s);
    expect(gate.held).toEqual([]);
  });

  it('does not wait for an account with an error: the others are summarised, its ids stay held', () => {
    const store = memoryStore(['a', 'b']);
    const gate = new QuietHoursGate(store);
    const failing = snapshot(
      profile('p1', { invites: [invite('a', { organization_name: 'Acme' })] }),
      profile('p2', {
        invites: [],
        lastSuccessAt: null,
        error: error('bad-credentials', 'Invalid API Token'),
      }),
    );
    expect(gate.release(failing, false)?.body).toBe('Acme.\nClick to open Invitray');
    // b is in no list: it may be the failing account's, so it is neither shown nor dropped.
    expect(gate.held).toEqual(['b']);
    expect(store.saved.at(-1)).toEqual(['b']);
    expect(gate.release(failing, false)).toBeNull();
    expect(store.saved).toHaveLength(1);
  });

  it('an invitation that lapsed in the night is left out, though the last list still says pending', () => {
    const gate = new QuietHoursGate(memoryStore(['a']));
    const lapsed = invite('a', { expires_on: new Date(NOW - MINUTE).toISOString() });
    expect(gate.release(snapshot(profile('p1', { invites: [lapsed] })), false, undefined, NOW)).toBeNull();
    expect(gate.held).toEqual([]);
  });
});
