import { describe, expect, it } from 'vitest';
import { redactOutbound } from '../../../electron/main/core/ipc';
import { pickFirstScreen } from '../../../electron/main/shell/first-screen-pick';
import { FIRST_CARDS } from '../../../electron/shared/first-screen';
import type { AppSnapshot, Invite, InviteResponse } from '../../../electron/shared/types';
import { ALL_ACCOUNTS, groupInvites, type InviteEntry } from '../../../src/lib/invites';
import { HOUR, invite, NOW, profile, snapshot } from '../tray/snapshot-fixtures';

// Main's pick of the first screen's invitations against the window's own grouping of the whole
// redacted snapshot, over many generated snapshots full of ties: the same first cards, in the
// same order, and the same group sizes. (The markup itself: first-screen-pick.test.ts under
// tests/integration, with the built server renderer.)

const TOKEN = 'Zq7xKp2mWv9rT4yB8nC3hL6dF1gJ5sA0eU-oI_Qk';
const NAMES = ['Acme', 'Acme', 'Acme B', 'Beta', `Acme ${TOKEN}`, '', 'Ärger', 'acme', undefined];
const STATUSES = ['pending', 'pending', 'pending', 'accepted', 'rejected', 'expired', 'unknown'] as const;

/** A small deterministic generator (mulberry32): the same cases on every run. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    below: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
  };
}

function generated(seed: number): AppSnapshot {
  const r = random(seed);
  const profiles = Array.from({ length: 1 + r.below(3) }, (_, p) => {
    const responding: Record<string, InviteResponse> = {};
    const invites: Invite[] = Array.from({ length: r.below(40) }, (_, n) => {
      const id = r.below(10) === 0 ? `${TOKEN.slice(0, 38)}${p}${n % 10}` : `i${p}-${n}`;
      const hours = r.pick([-3, 0, 1, 1, 2, 5, 5, null]);
      const made = invite(id, {
        organization_name: r.pick(NAMES),
        effective_status: r.pick(STATUSES),
        expires_on: hours === null ? undefined : new Date(NOW + hours * HOUR).toISOString(),
      });
      if (hours === null) delete made.expires_on;
      if (made.organization_name === undefined) delete made.organization_name;
      if (r.below(6) === 0) responding[id] = r.pick(['accepted', 'rejected'] as const);
      return made;
    });
    return profile(`p${p}`, { invites, responding });
  });
  return snapshot(...profiles);
}

/** Which invitation each card is: keys repeat where ids redact alike; organisation ids do not. */
const card = (entry: InviteEntry) => `${entry.key} ${entry.invite.organization_id}`;
const keys = (whole: AppSnapshot) => groupInvites(redactOutbound(whole), ALL_ACCOUNTS, NOW);

describe('pickFirstScreen', () => {
  it('keeps the first cards the whole snapshot would show, in order, and counts both groups', () => {
    let withTies = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const whole = generated(seed);
      const expected = keys(whole);
      const { snapshot: picked, counts } = pickFirstScreen(whole, NOW, redactOutbound<string>);
      const shown = keys(picked);
      expect({ seed, cards: shown.pending.map(card) }).toEqual({
        seed,
        cards: expected.pending.slice(0, FIRST_CARDS).map(card),
      });
      expect({ seed, counts }).toEqual({
        seed,
        counts: { pending: expected.pending.length, earlier: expected.earlier.length },
      });
      expect(shown.earlier).toEqual([]);
      const fifth = expected.pending[FIRST_CARDS - 1];
      const sixth = expected.pending[FIRST_CARDS];
      if (fifth && sixth && fifth.expiresAt === sixth.expiresAt) withTies++;
    }
    // The cases do test the order beyond the expiry: ties at the fifth card are common.
    expect(withTies).toBeGreaterThan(50);
  });

  it('keeps the first listed of two the window cannot tell apart (its sort is stable)', () => {
    const soon = new Date(NOW + HOUR).toISOString();
    const later = new Date(NOW + 2 * HOUR).toISOString();
    // Two 40-character ids: both redact to "[redacted]", so the two keys are equal too.
    const twins = [`${TOKEN.slice(0, 39)}1`, `${TOKEN.slice(0, 39)}2`].map((id, n) =>
      invite(id, { organization_id: `org-twin-${n + 1}`, organization_name: 'Twin', expires_on: later }),
    );
    const early = ['a', 'b', 'c', 'd'].map((id) => invite(id, { expires_on: soon }));
    const whole = snapshot(profile('p0', { invites: [...early, ...twins] }));
    const { snapshot: picked } = pickFirstScreen(whole, NOW, redactOutbound<string>);
    expect(keys(picked).pending.map(card)).toEqual(keys(whole).pending.slice(0, FIRST_CARDS).map(card));
    expect(picked.profiles[0]!.invites.at(-1)!.organization_id).toBe('org-twin-1');
  });

  it('keeps every other field of the snapshot, and leaves the snapshot it was given alone', () => {
    const whole = generated(7);
    const before = JSON.stringify(whole);
    const { snapshot: picked } = pickFirstScreen(whole, NOW, redactOutbound<string>);
    expect(JSON.stringify(whole)).toBe(before);
    expect(picked.profiles.map(({ invites: _, ...rest }) => rest)).toEqual(
      whole.profiles.map(({ invites: _, ...rest }) => rest),
    );
    expect({ ...picked, profiles: [] }).toEqual({ ...whole, profiles: [] });
  });
});
