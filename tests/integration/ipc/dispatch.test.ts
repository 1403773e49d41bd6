import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSessionKeychain, type InvitrayCore } from '../../../electron/main/core/app';
import { DEMO_TOKEN } from '../../../electron/main/core/demo';
import { createIpcDispatcher, type IpcDispatcher } from '../../../electron/main/core/ipc';
import { allCalls, contract, type IpcResult } from '../../../electron/shared/ipc-contract';
import { lazySchema } from '../../../electron/shared/lazy-schema';
import { CHANNELS } from '../../../electron/shared/channels';
import type { AppSnapshot, Invite, ProfileSummary } from '../../../electron/shared/types';
import { createCoreFixture, type CoreFixture, type Recorded } from '../app/support/core-fixture';

// The keychain here is the in-memory one demo mode uses: these tests are about the IPC
// layer, and the real keychain is covered by tests/integration/app.
const TOKEN = { kind: 'token', token: DEMO_TOKEN } as const;

function value<T>(result: IpcResult<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.kind}: ${result.error.message}`);
  return result.value as T;
}

describe('IPC dispatch against the real core and demo API', () => {
  let fixture: CoreFixture;
  let core: InvitrayCore;
  let recorded: Recorded;
  let ipc: IpcDispatcher;
  let errors: string[];

  beforeEach(async () => {
    fixture = await createCoreFixture({ keychain: createSessionKeychain() });
    ({ core, recorded } = fixture.boot());
    errors = [];
    ipc = createIpcDispatcher(core, { log: { error: (line) => void errors.push(line) } });
    core.start();
  });

  afterEach(async () => {
    await fixture.close();
  });

  it('a request schema that cannot be built is a bug, logged and answered as one, not a bad payload', async () => {
    const info = contract.app.info as { request: unknown };
    const original = info.request;
    info.request = lazySchema(() => {
      throw new Error('schema bug');
    });
    try {
      const broken = createIpcDispatcher(core, { log: { error: (line) => void errors.push(line) } });
      const result = await broken.dispatch(CHANNELS.app.info, undefined);
      expect(result).toMatchObject({ ok: false, error: { kind: 'server-error' } });
      expect(errors).toEqual([`IPC ${CHANNELS.app.info} failed unexpectedly (Error)`]);
    } finally {
      info.request = original;
    }
  });

  it('registers every channel of the contract', () => {
    expect([...ipc.channels].sort()).toEqual(
      allCalls()
        .map((call) => call.channel)
        .sort(),
    );
  });

  it('signs in, lists, answers and shows details through the contract', async () => {
    const added = value<ProfileSummary>(
      await ipc.dispatch(CHANNELS.accounts.add, { label: 'Work', credential: { ...TOKEN } }),
    );
    expect(Object.keys(added).sort()).toEqual(['authKind', 'id', 'label']);
    expect(value<ProfileSummary[]>(await ipc.dispatch(CHANNELS.accounts.list, undefined))).toEqual([added]);
    await core.whenIdle();

    const snapshot = value<AppSnapshot>(await ipc.dispatch(CHANNELS.invites.list, undefined));
    const pending = snapshot.profiles[0]!.invites.find((invite) => invite.effective_status === 'pending')!;
    const details = value<Invite>(
      await ipc.dispatch(CHANNELS.invites.details, { profileId: added.id, inviteId: pending.id }),
    );
    expect(details.organization_name).toBe(pending.organization_name);

    fixture.demo.clearRequestLog();
    const answered = value<Invite>(
      await ipc.dispatch(CHANNELS.invites.respond, {
        profileId: added.id,
        inviteId: pending.id,
        response: 'rejected',
      }),
    );
    expect(answered.status).toBe('rejected');
    expect(fixture.demo.requestLog().filter((entry) => entry.method === 'PATCH')).toHaveLength(1);
    expect(value(await ipc.dispatch(CHANNELS.invites.refresh, {}))).toBeUndefined();
    expect(value(await ipc.dispatch(CHANNELS.accounts.remove, { profileId: added.id }))).toBeUndefined();
    expect(value(await ipc.dispatch(CHANNELS.accounts.list, undefined))).toEqual([]);
  });

  it('never sends a secret back to the renderer', async () => {
    const results = [
      await ipc.dispatch(CHANNELS.accounts.add, { label: 'Work', credential: { ...TOKEN } }),
      await ipc.dispatch(CHANNELS.accounts.tryDemo, undefined),
      await ipc.dispatch(CHANNELS.accounts.list, undefined),
      await ipc.dispatch(CHANNELS.invites.list, undefined),
      await ipc.dispatch(CHANNELS.settings.get, undefined),
      await ipc.dispatch(CHANNELS.app.info, undefined),
    ];
    expect(results.every((result) => result.ok)).toBe(true);
    expect(JSON.stringify(results)).not.toContain(DEMO_TOKEN);
  });

  it('updates settings and applies them', async () => {
    const updated = value(
      await ipc.dispatch(CHANNELS.settings.update, { showCountInTray: false, theme: 'dark' }),
    );
    expect(updated).toMatchObject({ showCountInTray: false, theme: 'dark' });
    expect(value(await ipc.dispatch(CHANNELS.settings.get, undefined))).toEqual(updated);
  });

  it('answers app calls through the injected shell hooks', async () => {
    expect(value(await ipc.dispatch(CHANNELS.app.info, undefined))).toEqual({
      version: '0.0.0-test',
      platform: 'linux',
      demo: false,
      // No OS languages and no shortcut adapter given: English, and no global shortcut held.
      language: 'en',
      shortcut: { accelerator: '', state: 'off' },
      // Dates and numbers: main's locale, the language itself when no OS language is a variant of it.
      locale: 'en',
    });
    await ipc.dispatch(CHANNELS.app.openExternal, { url: 'HTTPS://DASH.CLOUDFLARE.COM/profile/api-tokens' });
    await ipc.dispatch(CHANNELS.app.openLogs, undefined);
    await ipc.dispatch(CHANNELS.app.hideWindow, undefined);
    await ipc.dispatch(CHANNELS.app.quit, undefined);
    expect(recorded.opened).toEqual(['https://dash.cloudflare.com/profile/api-tokens']);
    expect(recorded.calls).toEqual(['openLogs', 'hideWindow', 'quit']);
  });

  it('refuses an unknown channel with a typed error', async () => {
    for (const channel of [
      'nope',
      '__proto__',
      'constructor',
      'invites:list ',
      '',
      42 as unknown as string,
    ]) {
      const result = await ipc.dispatch(channel, undefined);
      expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-request' } });
    }
  });

  it('refuses a bad payload before any request, naming the field but not the value', async () => {
    fixture.demo.clearRequestLog();
    const secretish = `${DEMO_TOKEN} with spaces`;
    const result = await ipc.dispatch(CHANNELS.accounts.add, {
      label: 'Work',
      credential: { kind: 'token', token: secretish },
    });
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-request', cloudflareErrors: [] } });
    if (!result.ok) {
      expect(result.error.message).toContain('credential');
      expect(result.error.message).not.toContain(DEMO_TOKEN);
    }
    expect(fixture.demo.requestLog()).toEqual([]);
    expect(core.listAccounts()).toEqual([]);
  });

  it('passes Cloudflare failures through as ErrorInfo', async () => {
    const added = value<ProfileSummary>(
      await ipc.dispatch(CHANNELS.accounts.add, { label: 'Work', credential: { ...TOKEN } }),
    );
    const missing = await ipc.dispatch(CHANNELS.invites.details, {
      profileId: added.id,
      inviteId: 'f'.repeat(32),
    });
    expect(missing).toMatchObject({ ok: false, error: { kind: 'not-found', status: 404 } });
    fixture.demo.failNext(1, 401);
    const bad = await ipc.dispatch(CHANNELS.accounts.add, { label: 'Other', credential: { ...TOKEN } });
    expect(bad).toMatchObject({ ok: false, error: { kind: 'bad-credentials' } });
    const unknownProfile = await ipc.dispatch(CHANNELS.invites.respond, {
      profileId: 'no-such-profile',
      inviteId: 'f'.repeat(32),
      response: 'accepted',
    });
    expect(unknownProfile).toMatchObject({ ok: false, error: { kind: 'invalid-request' } });
  });

  it('turns an unexpected failure into a fixed message without details or stack', async () => {
    const leaky = fixture.boot({
      openLogs: () => {
        throw new Error('EACCES: /home/alice/.config/Invitray/logs secret=abc');
      },
    });
    const leakyIpc = createIpcDispatcher(leaky.core, { log: { error: (line) => void errors.push(line) } });
    const result = await leakyIpc.dispatch(CHANNELS.app.openLogs, undefined);
    expect(result).toMatchObject({ ok: false, error: { kind: 'server-error', cloudflareErrors: [] } });
    const text = JSON.stringify(result);
    expect(text).not.toMatch(/EACCES|alice|secret|\bat\s/);
    expect(errors).toEqual(['IPC app:open-logs failed unexpectedly (Error)']);
  });
});
