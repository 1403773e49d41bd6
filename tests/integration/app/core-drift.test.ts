import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_TOKEN, DRIFT_IDS } from '../../../electron/main/core/demo';
import { keychainSuiteGate, probeSecretService } from '../../support/secret-service';
import { createCoreFixture, type CoreFixture } from './support/core-fixture';

// API drift through the whole core: one odd invitation among good ones leaves the good
// ones listed, counted in the tray and notified; the odd ones are counted and logged by
// field path only, and an unknown status is kept read-only.

const gate = keychainSuiteGate(await probeSecretService());
const TOKEN = { kind: 'token', token: DEMO_TOKEN } as const;

describe.skipIf(gate.skip)(`API drift through the core: ${gate.title}`, () => {
  let fixture: CoreFixture;

  beforeEach(async () => {
    fixture = await createCoreFixture();
  });

  afterEach(async () => {
    await fixture.close();
  });

  it('sets odd records aside, and lists, counts and notifies every good invitation', async () => {
    const { core, recorded } = fixture.boot();
    core.start();
    const profile = await core.addAccount('Work', TOKEN);
    await core.whenIdle();
    const before = core.snapshot().pendingCount;
    expect(before).toBeGreaterThan(0);

    fixture.demo.addDriftingInvites();
    const added = fixture.demo.addInvite({ organization_name: 'Fresh Org' });
    await core.refresh();
    await core.whenIdle();

    const state = core.snapshot().profiles[0]!;
    expect(state.error).toBeNull();
    // wrong-type, missing-required and null-entry cannot be read; unknown-status can.
    expect(state.unreadableCount).toBe(3);
    const unknown = state.invites.find((invite) => invite.id === DRIFT_IDS['unknown-status']);
    expect(unknown).toMatchObject({ status: 'on_hold', effective_status: 'unknown' });
    for (const id of [DRIFT_IDS['wrong-type'], DRIFT_IDS['missing-required']]) {
      expect(state.invites.some((invite) => invite.id === id)).toBe(false);
    }
    expect(state.invites.some((invite) => invite.id === added.id)).toBe(true);
    // The unknown status is never pending: only the new good invitation adds to the count.
    expect(core.snapshot().pendingCount).toBe(before + 1);
    expect(core.trayView().state).toBe(`urgent-${before + 1}`);
    expect(recorded.notifications.map((n) => [n.kind, n.inviteId])).toEqual([['new-invite', added.id]]);

    const setAside = recorded.logs.filter((line) => line.includes('Set aside'));
    expect(setAside).toEqual([
      expect.stringMatching(/^warn .*result\.\d+\.roles: invalid type$/),
      expect.stringMatching(/^warn .*result\.\d+\.organization_id: missing$/),
      expect.stringMatching(/^warn .*result\.\d+: null instead of an invitation$/),
    ]);
    // The path, never the value that was there.
    expect(setAside.join('\n')).not.toContain('Administrator');

    // An unknown status is read-only: refused here, without a request to Cloudflare.
    fixture.demo.clearRequestLog();
    await expect(core.respond(profile.id, DRIFT_IDS['unknown-status'], 'accepted')).rejects.toMatchObject({
      kind: 'invalid-request',
    });
    expect(fixture.demo.requestLog().filter((entry) => entry.method === 'PATCH')).toEqual([]);
  });

  it('clears the count once Cloudflare sends only readable invitations again', async () => {
    const { core } = fixture.boot();
    core.start();
    await core.addAccount('Work', TOKEN);
    fixture.demo.addDriftingInvites(['null-entry']);
    await core.refresh();
    await core.whenIdle();
    expect(core.snapshot().profiles[0]!.unreadableCount).toBe(1);
    fixture.demo.reset();
    await core.refresh();
    await core.whenIdle();
    expect(core.snapshot().profiles[0]!.unreadableCount).toBe(0);
  });
});
