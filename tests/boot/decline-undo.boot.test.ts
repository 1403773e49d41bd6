// Issue 22: a decline from the tray menu is held with an Undo. The production main bundle under
// the Electron double, on each platform branch: clicking Decline in the real (double) Menu puts
// "Undo declining …" in the rebuilt menu, clicking it takes the decline back, and no PATCH is sent.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clickMenuItem, poll, waitForPending, type DemoGlobal } from '../journeys/driver';
import { PLATFORMS, bootDemo, launchFor, type BootedApp } from './boot-runner';

describe.each(PLATFORMS)('%s', (platform) => {
  let booted: BootedApp;
  beforeAll(async () => {
    booted = await bootDemo(platform, launchFor('repository'));
  }, 60_000);
  afterAll(() => booted?.app.close());

  test('Decline in the tray menu offers Undo there; Undo sends nothing', async () => {
    const snap = await waitForPending(booted.driver.main);
    const profile = snap.profiles[0]!;
    const invite = profile.invites.find((candidate) => candidate.effective_status === 'pending')!;
    const base = `invite:${profile.profile.id}:${invite.id}`;
    expect(await clickMenuItem(booted.driver.main, `${base}:decline`)).toBe(true);
    const undoId = `undo:${profile.profile.id}:${invite.id}`;
    const label = await poll(
      () =>
        booted.driver.main.evaluate((_electron, id) => {
          const menu = (globalThis as DemoGlobal).__invitrayDemo!.tray.menu() as Electron.Menu;
          return menu.getMenuItemById(id)?.label ?? null;
        }, undoId),
      (value) => value !== null,
      'the rebuilt tray menu has the Undo item',
    );
    expect(label).toMatch(/^Undo declining /);
    expect(await clickMenuItem(booted.driver.main, undoId)).toBe(true);
    const after = await poll(
      () =>
        booted.driver.main.evaluate(() => {
          const handle = (globalThis as DemoGlobal).__invitrayDemo!;
          return {
            held: handle.core.snapshot().heldDeclines?.length ?? 0,
            patches: handle
              .demoServer()!
              .requestLog()
              .filter((entry) => entry.method === 'PATCH').length,
          };
        }, null),
      (value) => value.held === 0,
      'the held decline is taken back',
    );
    expect(after).toEqual({ held: 0, patches: 0 });
  }, 60_000);
});
