import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PREFERENCES } from '../../../electron/main/core/accounts/settings-schema';
import { redactOutbound } from '../../../electron/main/core/ipc';
import { createFirstScreenSource, firstScreenState } from '../../../electron/main/shell/first-screen';
import type { FirstScreenState, RenderFirstScreen } from '../../../electron/shared/first-screen';
import type { AppInfo } from '../../../electron/shared/ipc-contract';
import type { AppSnapshot, Invite, ProfileState } from '../../../electron/shared/types';
import { ALL_ACCOUNTS, groupInvites } from '../../../src/lib/invites';
import { error, HOUR, invite, NOW, profile, snapshot } from '../../unit/tray/snapshot-fixtures';

// Main sends the server renderer only the invitations the first screen draws (first-screen-pick.ts).
// The page it serves must be the one the whole snapshot draws, byte for byte: here the BUILT
// server renderer (out/main/first-screen.js) draws both, from the same states. "Whole" is the
// state as main made it before the pick: the whole snapshot redacted, and the groups' sizes as
// the window itself counts them from it.

const MAIN_DIR = resolve(import.meta.dirname, '../../../out/main');
const iso = (ms: number) => new Date(ms).toISOString();
/** API-token shaped (40 characters): redaction replaces it wherever it appears. */
const TOKEN = 'Zq7xKp2mWv9rT4yB8nC3hL6dF1gJ5sA0eU-oI_Qk';
const INFO: AppInfo = { version: '1.0.0', platform: 'linux', demo: false, language: 'en', locale: 'en-US' };

let renderFirstScreen: RenderFirstScreen;
beforeAll(async () => {
  const file = join(MAIN_DIR, 'first-screen.js');
  if (!existsSync(file))
    throw new Error('out/main/first-screen.js is missing: run `npx electron-vite build` first.');
  ({ renderFirstScreen } = (await import(pathToFileURL(file).href)) as {
    renderFirstScreen: RenderFirstScreen;
  });
});

/** Expiring `hoursLeft` after NOW (null: never). */
function expiring(id: string, hoursLeft: number | null, fields: Partial<Invite> = {}): Invite {
  const made = invite(id, { invited_on: iso(NOW - 72 * HOUR), ...fields });
  if (hoursLeft === null) delete made.expires_on;
  else made.expires_on = iso(NOW + hoursLeft * HOUR);
  return made;
}

/** `count` invitations, most pending, some expired by now, answered or never expiring; ties in expiry. */
function many(prefix: string, count: number): Invite[] {
  return Array.from({ length: count }, (_, n) => {
    const id = `${prefix}${String(n).padStart(5, '0')}`;
    if (n % 7 === 3) return expiring(id, -2 - n);
    if (n % 11 === 5) return expiring(id, 10, { status: 'accepted', effective_status: 'accepted' });
    if (n % 13 === 6) return expiring(id, null);
    // Every third one shares its expiry with another: the name and then the key decide.
    return expiring(id, 30 + Math.floor(n / 3), { organization_name: `Organisation ${(n * 7919) % 97}` });
  });
}

const account = (id: string, invites: Invite[], extra: Partial<ProfileState> = {}) =>
  profile(id, { invites, ...extra });
const core = (whole: AppSnapshot) => ({
  snapshot: () => whole,
  preferences: () => DEFAULT_PREFERENCES,
  appInfo: () => INFO,
});

/** The state main rendered before the pick: the whole snapshot, redacted. */
function wholeState(whole: AppSnapshot): FirstScreenState {
  const redacted = redactOutbound(whole);
  const groups = groupInvites(redacted, ALL_ACCOUNTS, NOW);
  return {
    snapshot: redacted,
    counts: { pending: groups.pending.length, earlier: groups.earlier.length },
    preferences: DEFAULT_PREFERENCES,
    info: INFO,
    now: NOW,
  };
}

const kept = (state: FirstScreenState) => state.snapshot.profiles.flatMap((p) => p.invites.map((i) => i.id));

const CASES: [string, AppSnapshot][] = [
  ['no invitation', snapshot(account('a', []))],
  ['10 invitations', snapshot(account('a', many('a', 10)))],
  ['200 invitations', snapshot(account('a', many('a', 200)))],
  ['5,000 invitations', snapshot(account('a', many('a', 5000)))],
  [
    'three accounts',
    snapshot(account('a', many('a', 40)), account('b', many('b', 300)), account('c', many('c', 3))),
  ],
  [
    'three accounts, one failing with a token in its error',
    snapshot(
      account('a', many('a', 40)),
      account('b', many('b', 300), {
        error: error('bad-credentials', `Refused: Bearer ${TOKEN}`),
      }),
      account('c', many('c', 3)),
    ),
  ],
  [
    'markup, a token and ties in the fields the order reads',
    snapshot(
      account(
        'a',
        [
          expiring('html', 1, { organization_name: '<img src=x onerror=alert(1)> & "Co" </li>' }),
          expiring('alpha', 2, { organization_name: 'Alpha' }),
          // The fifth card is the first of these, by name as redaction leaves it: "Acme [redacted]"
          // sorts before "Acme B" (punctuation before letters), the token itself after it.
          expiring('zeta', 3, { organization_name: `Zeta ${TOKEN}` }),
          expiring('acmeb', 3, { organization_name: 'Acme B' }),
          expiring('acmet', 3, { organization_name: `Acme ${TOKEN}` }),
          expiring('twin1', 3, { organization_name: 'Twin' }),
          expiring('twin2', 3, { organization_name: 'Twin' }),
          expiring('answering', -5),
          expiring(TOKEN, 4, {
            organization_id: 'org-id-like-a-token',
            organization_name: 'Id like a token',
          }),
          ...many('a', 30),
        ],
        // Being answered: stays in the pending group though it expired.
        { responding: { answering: 'accepted' } },
      ),
      account('b', [expiring('b1', 2, { organization_name: 'Alpha', invited_by: `token=${TOKEN}` })]),
    ),
  ],
];

describe('the first screen drawn from the picked snapshot', () => {
  it.each(CASES)('is the page the whole snapshot draws: %s', (_, whole) => {
    const picked = firstScreenState(core(whole), NOW);
    expect(renderFirstScreen(picked)).toBe(renderFirstScreen(wholeState(whole)));
    expect(picked.counts).toEqual(wholeState(whole).counts);
  });

  it('holds only the invitations the first screen draws, however long the list', () => {
    const whole = snapshot(account('a', many('a', 5000)), account('b', many('b', 5000)));
    const picked = firstScreenState(core(whole), NOW);
    const drawn = groupInvites(wholeState(whole).snapshot, ALL_ACCOUNTS, NOW).pending.slice(0, 5);
    expect(kept(picked)).toEqual(
      whole.profiles
        .flatMap((p) => p.invites.map((i) => i.id))
        .filter((id) => drawn.some((e) => e.invite.id === id)),
    );
    expect(kept(picked)).toHaveLength(5);
    const markup = renderFirstScreen(picked)!;
    expect(markup.match(/<li /g)).toHaveLength(5);
    const number = (n: number) => n.toLocaleString('en-US');
    const { pending, earlier } = picked.counts!;
    expect(pending).toBeGreaterThan(5000);
    expect(markup).toContain(`Invitations (${number(pending)})`);
    expect(markup).toContain(`aria-setsize="${pending}"`);
    expect(markup).toContain(`Earlier (${number(earlier)})`);
  });

  it('puts no token into the page, from any field or error', () => {
    for (const [, whole] of CASES) {
      const picked = firstScreenState(core(whole), NOW);
      expect(JSON.stringify(picked)).not.toContain(TOKEN);
      expect(renderFirstScreen(picked) ?? '').not.toContain(TOKEN);
    }
    // The case with the tokens draws them where they were, redacted.
    const markup = renderFirstScreen(firstScreenState(core(CASES[6]![1]), NOW))!;
    expect(markup).toContain('Acme [redacted]');
    expect(markup).not.toContain('Acme B');
    expect(markup).toContain('&lt;img src=x onerror=alert(1)>');
  });
});

// Cloudflare's data is checked where it is read (core/cloudflare/schemas.ts), but a snapshot the
// window cannot group (a field of the wrong type, a record missing) made the old server render
// throw, and main then served the stuck-window notice without the screen: the window's own
// render throws the same way, so the app never starts and the notice is all that explains why.
// The pick reads the same fields before the renderer runs; it must not take the notice away.
describe('a snapshot the window cannot draw', () => {
  const tied = (name: unknown) => expiring('named', 5, { organization_name: name as string });
  const HOSTILE: [string, AppSnapshot][] = [
    [
      'a name that is a number, tied on expiry',
      snapshot(account('a', [expiring('plain', 5, { organization_name: 'Plain' }), tied(42)])),
    ],
    [
      'an answered invitation in an account without its record of answers in flight',
      snapshot(
        account('a', [expiring('gone', -3), expiring('open', 4)], {
          responding: null as unknown as ProfileState['responding'],
        }),
      ),
    ],
  ];

  it.each(HOSTILE)('still serves the stuck-window notice, without the screen: %s', async (_, whole) => {
    const warn = vi.fn();
    const source = createFirstScreenSource({
      mainDir: MAIN_DIR,
      state: () => firstScreenState(core(whole), NOW),
      log: { warn },
    });
    // The window's own grouping throws on it: the app would never start.
    expect(() => groupInvites(redactOutbound(whole), ALL_ACCOUNTS, NOW)).toThrow(TypeError);
    const served = await source();
    expect(served).toMatchObject({ markup: null, data: { language: 'en', locale: 'en-US' } });
    expect(served?.stuckNotice).toMatch(/\w/);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[1]).toBeInstanceOf(TypeError);
  });
});
