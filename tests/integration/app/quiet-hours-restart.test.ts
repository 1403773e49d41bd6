import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSessionKeychain, type InvitrayCore } from '../../../electron/main/core/app';
import type { Keychain } from '../../../electron/main/core/accounts/keychain';
import { DEMO_CREDENTIALS } from '../../../electron/main/core/demo/credentials';
import { createCoreFixture, type CoreFixture } from './support/core-fixture';
import { hhmm, utcMinutes } from '../../support/utc-time-of-day';

// Quiet hours usually span the night, and a computer is often shut down overnight. An
// invitation held back then must still be summarised after a restart: it was already
// recorded as announced, so nothing else would ever tell the user about it.

let fixture: CoreFixture;
beforeEach(async () => {
  fixture = await createCoreFixture({ keychain: createSessionKeychain() });
});
afterEach(async () => {
  await fixture.close();
});

type Credential = Parameters<InvitrayCore['addAccount']>[1];

/** A core at night: signed in as Work (and any others), quiet from half an hour ago for two hours. */
async function nightCore(others: Record<string, Credential> = {}) {
  const night = fixture.boot({ localMinutes: utcMinutes });
  night.core.start();
  const accounts = [await night.core.addAccount('Work', DEMO_CREDENTIALS.token)];
  for (const [label, credential] of Object.entries(others))
    accounts.push(await night.core.addAccount(label, credential));
  await night.core.whenIdle();
  const now = utcMinutes(fixture.clock.now());
  await night.core.updatePreferences({
    quietHours: { enabled: true, from: hhmm(now - 30), to: hhmm(now + 90) },
  });
  return { ...night, accounts };
}

describe('quiet hours across a restart', () => {
  it('an invitation held at night is summarised once after a restart, when the quiet hours end', async () => {
    const night = await nightCore();
    fixture.demo.addInvite({ organization_name: 'Night Owl Ltd' });
    await night.core.refresh();
    await night.core.whenIdle();
    expect(night.recorded.notifications).toEqual([]);
    await night.core.stop();

    // Morning: the machine boots after the quiet hours.
    fixture.clock.advance(120 * 60_000);
    const morning = fixture.boot({ localMinutes: utcMinutes });
    morning.core.start();
    await morning.core.whenIdle();
    const summaries = morning.recorded.notifications.filter((spec) => spec.tag === 'summary:quiet-hours');
    expect(summaries).toHaveLength(1);
    expect(summaries[0]?.body).toContain('Night Owl Ltd');

    // And only once: a third start has nothing left to summarise.
    await morning.core.stop();
    const later = fixture.boot({ localMinutes: utcMinutes });
    later.core.start();
    await later.core.whenIdle();
    expect(later.recorded.notifications).toEqual([]);
  });

  it('an invitation answered or withdrawn before the restart is dropped from the summary', async () => {
    const night = await nightCore();
    const gone = fixture.demo.addInvite({ organization_name: 'Withdrawn Inc' });
    await night.core.refresh();
    await night.core.whenIdle();
    await night.core.stop();
    expect(fixture.demo.removeInvite(gone.id ?? '')).toBe(true);

    fixture.clock.advance(120 * 60_000);
    const morning = fixture.boot({ localMinutes: utcMinutes });
    morning.core.start();
    await morning.core.whenIdle();
    expect(morning.recorded.notifications.filter((spec) => spec.tag === 'summary:quiet-hours')).toEqual([]);
  });

  it.each(['revoked token', 'unreadable keychain'] as const)(
    "a second account with a %s in the morning does not hold back the first one's summary",
    async (failure) => {
      const night = await nightCore({ Client: DEMO_CREDENTIALS.globalKey });
      const client = night.accounts[1]!;
      fixture.demo.addInvite({ organization_name: 'Night Owl Ltd' });
      await night.core.refresh();
      await night.core.whenIdle();
      expect(night.recorded.notifications).toEqual([]);
      await night.core.stop();

      const keychain: Keychain =
        failure === 'revoked token'
          ? fixture.keychain
          : {
              ...fixture.keychain,
              async get(profileId) {
                if (profileId === client.id) throw new Error('The keychain could not be read');
                return fixture.keychain.get(profileId);
              },
            };
      if (failure === 'revoked token') await fixture.keychain.set(client.id, DEMO_CREDENTIALS.revokedToken);
      fixture.clock.advance(120 * 60_000);
      const morning = fixture.boot({ localMinutes: utcMinutes, keychain });
      morning.core.start();
      await morning.core.whenIdle();
      const failing = morning.core.snapshot().profiles.find((entry) => entry.profile.id === client.id);
      expect(failing).toMatchObject({ lastSuccessAt: null, error: expect.anything() });
      const summaries = morning.recorded.notifications.filter((spec) => spec.tag === 'summary:quiet-hours');
      expect(summaries.map((spec) => spec.body.split('\n')[0])).toEqual(['Night Owl Ltd.']);
    },
  );
});
