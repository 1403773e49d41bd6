import { describe, expect, it } from 'vitest';
import { diffInvites } from '../../../electron/main/core/sync/diff';
import { makeInvite } from './support/invites';

describe('diffInvites', () => {
  const a = makeInvite('a');
  const b = makeInvite('b');
  const c = makeInvite('c');

  it('treats the first list as all added', () => {
    expect(diffInvites('p', null, [a, b])).toEqual([
      { type: 'added', profileId: 'p', invite: a },
      { type: 'added', profileId: 'p', invite: b },
    ]);
    expect(diffInvites('p', null, [])).toEqual([]);
  });

  it('reports nothing for an identical list, even with fresh objects', () => {
    expect(diffInvites('p', [a, b], [{ ...b }, { ...a }])).toEqual([]);
  });

  it('finds added, changed and gone', () => {
    const accepted = { ...a, status: 'accepted' as const, effective_status: 'accepted' as const };
    expect(diffInvites('p', [a, b], [accepted, c])).toEqual([
      { type: 'changed', profileId: 'p', invite: accepted, previous: a },
      { type: 'added', profileId: 'p', invite: c },
      { type: 'gone', profileId: 'p', previous: b },
    ]);
  });

  it('counts effective status and expiry changes, ignores cosmetic ones', () => {
    const expired = { ...a, effective_status: 'expired' as const };
    const extended = { ...b, expires_on: '2025-03-01T00:00:00Z' };
    const renamed = { ...c, organization_name: 'New name', roles: ['Viewer'] };
    const events = diffInvites('p', [a, b, c], [expired, extended, renamed]);
    expect(
      events.map((event) => [event.type, event.type === 'gone' ? event.previous.id : event.invite.id]),
    ).toEqual([
      ['changed', 'a'],
      ['changed', 'b'],
    ]);
  });

  it('reports everything gone when the list empties', () => {
    expect(diffInvites('p', [a, b], []).map((event) => event.type)).toEqual(['gone', 'gone']);
  });
});
