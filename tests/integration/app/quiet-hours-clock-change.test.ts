import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSessionKeychain } from '../../../electron/main/core/app';
import { DEMO_CREDENTIALS } from '../../../electron/main/core/demo/credentials';
import { createCoreFixture, type CoreFixture, type Recorded } from './support/core-fixture';

// Quiet hours in the machine's own time zone on the nights the clocks change, through the
// whole core: no localMinutes override, so the core's own reading of the wall clock decides,
// and the tray count comes from the core while the notifier holds the invitations. Node
// re-reads process.env.TZ when it is assigned.

const zone = process.env.TZ;
const utc = (month: number, day: number, hh: number, mm = 0) => Date.UTC(2025, month - 1, day, hh, mm);

let fixture: CoreFixture | undefined;
beforeEach(() => {
  process.env.TZ = 'Europe/Berlin';
});
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

async function night(start: number) {
  const current = await createCoreFixture({ keychain: createSessionKeychain(), start });
  fixture = current;
  current.demo.setInvites([]);
  const { core, recorded } = current.boot({ systemLanguages: ['de'] });
  core.start();
  await core.addAccount('Arbeit', DEMO_CREDENTIALS.token);
  await core.whenIdle();
  await core.updatePreferences({
    expiringReminder: false,
    quietHours: { enabled: true, from: '22:00', to: '07:00' },
  });
  return {
    core,
    recorded,
    header: () => core.trayView().menu[0]?.label,
    async at(time: number) {
      current.clock.advanceTo(time);
      await core.whenIdle();
    },
    async arrive(organization_name: string) {
      current.demo.addInvite({ organization_name });
      await core.refresh();
      await core.whenIdle();
    },
  };
}

const titles = (recorded: Recorded) => recorded.notifications.map((spec) => spec.title);

describe('quiet hours across a clock change (Europe/Berlin), through the core', () => {
  it('spring forward: held until 07:00 CEST (05:00 UTC), not an hour late; the tray count moves meanwhile', async () => {
    const n = await night(utc(3, 29, 20, 0)); // 21:00 CET
    await n.at(utc(3, 29, 21, 30)); // 22:30 CET: quiet
    await n.arrive('Acme Corp');
    expect(n.header()).toBe('1 offene Einladung');
    await n.at(utc(3, 30, 3, 0)); // 05:00 CEST
    await n.arrive('Wayne Enterprises');
    expect(n.header()).toBe('2 offene Einladungen');
    await n.at(utc(3, 30, 4, 59)); // 06:59 CEST: still quiet
    expect(n.recorded.notifications).toEqual([]);

    await n.at(utc(3, 30, 5, 1)); // 07:01 CEST: the wake timer fired at 07:00
    expect(n.recorded.notifications.map((spec) => [spec.tag, spec.title, spec.body])).toEqual([
      [
        'summary:quiet-hours',
        '2 neue Cloudflare-Einladungen während der Ruhezeit',
        'Acme Corp und Wayne Enterprises.\nZum Öffnen von Invitray klicken',
      ],
    ]);
    await n.at(utc(3, 30, 6, 0));
    expect(n.recorded.notifications).toHaveLength(1);
  });

  it('fall back: the repeated hour stays quiet; released at 07:00 CET (06:00 UTC)', async () => {
    const n = await night(utc(10, 25, 19, 0)); // 21:00 CEST
    await n.at(utc(10, 25, 20, 15)); // 22:15 CEST: quiet
    await n.arrive('Acme Corp');
    for (const time of [utc(10, 26, 0, 30), utc(10, 26, 1, 30), utc(10, 26, 5, 59)]) {
      await n.at(time); // 02:30 CEST, 02:30 CET, 06:59 CET
    }
    expect(n.recorded.notifications).toEqual([]);
    expect(n.header()).toBe('1 offene Einladung');
    await n.at(utc(10, 26, 6, 1)); // 07:01 CET
    expect(titles(n.recorded)).toEqual(['1 neue Cloudflare-Einladung während der Ruhezeit']);
  });
});
