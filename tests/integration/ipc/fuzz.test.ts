import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSessionKeychain, type InvitrayCore } from '../../../electron/main/core/app';
import { DEMO_TOKEN } from '../../../electron/main/core/demo';
import { createIpcDispatcher, type IpcDispatcher } from '../../../electron/main/core/ipc';
import { allCalls } from '../../../electron/shared/ipc-contract';
import { createCoreFixture, type CoreFixture, type Recorded } from '../app/support/core-fixture';
import { CHANNEL_SHAPES } from './support/channel-shapes';
import { hostilePayload, type Ids } from './support/hostile-payloads';
import { makeHuge } from './support/hostile-values';
import { createRng } from './support/rng';

// Thousands of hostile payloads per channel against the real dispatcher, core and demo API.
// Deterministic (seeded PRNG). A core with a signed-in account sits behind the dispatcher,
// so any payload that slipped through validation would reach the demo server's request log.

const SEED = 0x1d_c0ffee;
const PER_CHANNEL = 2000;
const huge = makeHuge();

function prototypeState(): string {
  const describe = (target: object) =>
    Object.getOwnPropertyNames(target)
      .sort()
      .map((name) => `${name}:${typeof (Object.getOwnPropertyDescriptor(target, name)?.value as unknown)}`)
      .join(',');
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].map(describe).join('|');
}

describe('IPC fuzz: hostile payloads on every channel', () => {
  let fixture: CoreFixture;
  let core: InvitrayCore;
  let recorded: Recorded;
  let ipc: IpcDispatcher;
  let ids: Ids;
  let settingsBefore: string;
  const logged: string[] = [];
  const prototypesBefore = prototypeState();

  beforeAll(async () => {
    // The in-memory keychain of demo mode: the keychain plays no part in validation.
    fixture = await createCoreFixture({ keychain: createSessionKeychain() });
    ({ core, recorded } = fixture.boot());
    // Not started: no polling, so the request log can only grow through the dispatcher.
    const profile = await core.addAccount('Work', { kind: 'token', token: DEMO_TOKEN });
    const inviteId = fixture.demo.invites().find((invite) => invite.status === 'pending')?.id;
    ids = { profileId: profile.id, inviteId: inviteId ?? 'f'.repeat(32) };
    ipc = createIpcDispatcher(core, { log: { error: (line) => void logged.push(line) } });
    settingsBefore = JSON.stringify({ preferences: core.preferences(), accounts: core.listAccounts() });
    fixture.demo.clearRequestLog();
    recorded.calls.length = 0;
  });

  afterAll(async () => {
    await fixture?.close();
  });

  it('has a shape for every channel, and every valid base passes the contract', () => {
    expect(Object.keys(CHANNEL_SHAPES).sort()).toEqual(
      allCalls()
        .map((call) => call.channel)
        .sort(),
    );
    for (const call of allCalls()) {
      const shape = CHANNEL_SHAPES[call.channel]!;
      const base = shape.base?.(ids);
      expect(call.request.safeParse(base).success, call.channel).toBe(true);
    }
  });

  it('generates the same payloads from the same seed', () => {
    const shape = CHANNEL_SHAPES['invites:respond']!;
    const run = () => {
      const rng = createRng(SEED);
      return Array.from({ length: 50 }, () =>
        JSON.stringify(hostilePayload(rng, huge, shape, ids))?.slice(0, 200),
      );
    };
    expect(run()).toEqual(run());
  });

  for (const call of allCalls()) {
    it(`refuses ${PER_CHANNEL} hostile payloads on ${call.channel} with invalid-request`, async () => {
      const rng = createRng(
        SEED ^ [...call.channel].reduce((hash, ch) => (hash * 31 + ch.charCodeAt(0)) | 0, 7),
      );
      const shape = CHANNEL_SHAPES[call.channel]!;
      const escaped: unknown[] = [];
      const accepted: string[] = [];
      for (let i = 0; i < PER_CHANNEL; i++) {
        const payload = hostilePayload(rng, huge, shape, ids);
        try {
          const result = await ipc.dispatch(call.channel, payload);
          const message = result.ok ? '' : result.error.message;
          if (
            result.ok ||
            result.error.kind !== 'invalid-request' ||
            message.length > 300 ||
            /\n\s+at\s/.test(message)
          ) {
            accepted.push(
              `${i}: ${JSON.stringify(result).slice(0, 200)} for ${JSON.stringify(payload)?.slice(0, 200)}`,
            );
          }
        } catch (error) {
          escaped.push(error);
        }
      }
      expect(escaped).toEqual([]);
      expect(accepted.slice(0, 5)).toEqual([]);
      expect(fixture.demo.requestLog()).toEqual([]);
    });
  }

  it('refuses hostile channel names', async () => {
    const rng = createRng(SEED);
    const names = [
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'invites:list\u0000',
      'INVITES:LIST',
    ];
    for (let i = 0; i < 500; i++)
      names.push(`${rng.pick(allCalls()).channel}${rng.pick(['/', ' ', '../x', ':', '\u200b'])}`);
    for (const name of names) {
      expect(await ipc.dispatch(name, undefined)).toMatchObject({
        ok: false,
        error: { kind: 'invalid-request' },
      });
    }
  });

  it('left no trace: no request, no side effect, no settings change, no pollution', () => {
    expect(fixture.demo.requestLog()).toEqual([]);
    expect(recorded.calls).toEqual([]);
    expect(recorded.opened).toEqual([]);
    expect(recorded.loginItem).toEqual([]);
    expect(logged).toEqual([]);
    expect(JSON.stringify({ preferences: core.preferences(), accounts: core.listAccounts() })).toBe(
      settingsBefore,
    );
    expect(prototypeState()).toBe(prototypesBefore);
    const probe: Record<string, unknown> = {};
    expect(probe.polluted).toBeUndefined();
    expect(probe.isAdmin).toBeUndefined();
  });
});
