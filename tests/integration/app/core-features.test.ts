import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSessionKeychain } from '../../../electron/main/core/app';
import { DEMO_CREDENTIALS } from '../../../electron/main/core/demo/credentials';
import { createCoreFixture, type CoreFixture } from './support/core-fixture';
import { hhmm, utcMinutes } from '../../support/utc-time-of-day';
import { openInDir, readSettingsFile } from '../../support/settings-helpers';
import { DEFAULT_GLOBAL_SHORTCUT } from '../../../electron/main/core/desktop/global-shortcut';

// Quiet hours, sound and the global shortcut through the whole core: real demo API, real
// settings file, one manual clock. The "local time" is UTC so the test does not depend on TZ.

let fixture: CoreFixture;
beforeEach(async () => {
  fixture = await createCoreFixture({ keychain: createSessionKeychain() });
});
afterEach(async () => {
  await fixture.close();
});

describe('core: quiet hours, sound, shortcut', () => {
  it('during quiet hours the tray count moves at once; the notification waits for the end', async () => {
    const { core, recorded } = fixture.boot({ localMinutes: utcMinutes });
    core.start();
    await core.addAccount('Work', DEMO_CREDENTIALS.token);
    await core.whenIdle();
    const now = utcMinutes(fixture.clock.now());
    await core.updatePreferences({ quietHours: { enabled: true, from: hhmm(now - 30), to: hhmm(now + 90) } });
    const before = core.snapshot().pendingCount;

    fixture.demo.addInvite({ organization_name: 'Night Owl Ltd' });
    await core.refresh();
    await core.whenIdle();
    expect(core.trayView().state).toBe(`urgent-${before + 1}`);
    expect(recorded.notifications).toEqual([]);

    // The wake timer fires at the end of the quiet hours.
    fixture.clock.advance(91 * 60_000);
    await core.whenIdle();
    expect(recorded.notifications).toHaveLength(1);
    expect(recorded.notifications[0]).toMatchObject({ kind: 'summary', tag: 'summary:quiet-hours' });
    expect(recorded.notifications[0]?.body).toContain('Night Owl Ltd');
  });

  it('with sound off every notification is silent; with it on none is', async () => {
    const { core, recorded } = fixture.boot();
    core.start();
    await core.addAccount('Work', DEMO_CREDENTIALS.token);
    await core.whenIdle();
    await core.updatePreferences({ notificationSound: false });
    fixture.demo.addInvite({ organization_name: 'Quiet Corp' });
    await core.refresh();
    await core.whenIdle();
    await core.updatePreferences({ notificationSound: true });
    fixture.demo.addInvite({ organization_name: 'Loud Corp' });
    await core.refresh();
    await core.whenIdle();
    expect(recorded.notifications.map((spec) => [spec.title, spec.silent === true])).toEqual([
      ['Invitation to join Quiet Corp', true],
      ['Invitation to join Loud Corp', false],
    ]);
  });

  it('registers the shortcut at start, follows the setting, and reports a refusal', async () => {
    const held = new Map<string, boolean>();
    let current = '';
    const taken = new Set(['Control+Alt+Shift+K']);
    const { core } = fixture.boot({
      applyGlobalShortcut: (accelerator) => {
        current = accelerator;
        const ok = accelerator !== '' && !taken.has(accelerator);
        held.set(accelerator, ok);
        return ok;
      },
    });
    expect(core.appInfo().shortcut).toEqual({ accelerator: '', state: 'off' });
    core.start();
    expect(current).toBe('CommandOrControl+Alt+Shift+Y');
    expect(core.appInfo().shortcut).toEqual({
      accelerator: 'CommandOrControl+Alt+Shift+Y',
      state: 'registered',
    });

    await core.updatePreferences({ globalShortcut: 'ctrl+alt+shift+k' });
    expect(core.appInfo().shortcut).toEqual({ accelerator: 'Control+Alt+Shift+K', state: 'refused' });
    await core.updatePreferences({ globalShortcutEnabled: false });
    expect(current).toBe('');
    expect(core.appInfo().shortcut?.state).toBe('off');
    taken.clear();
    await core.updatePreferences({ globalShortcutEnabled: true });
    expect(core.appInfo().shortcut).toEqual({ accelerator: 'Control+Alt+Shift+K', state: 'registered' });
  });

  it('a shortcut read from the settings file passes the check Settings makes; a refused one gives way to the default', async () => {
    const asked: string[] = [];
    const applyGlobalShortcut = (accelerator: string) => {
      asked.push(accelerator);
      return accelerator !== '';
    };
    // Edited by hand: Shift+A would take capital A from every app.
    openInDir(fixture.dir).store.set('globalShortcut', 'Shift+A');
    const first = fixture.boot({ applyGlobalShortcut });
    first.core.start();
    expect(asked).toEqual([DEFAULT_GLOBAL_SHORTCUT]);
    expect(first.core.appInfo().shortcut).toEqual({
      accelerator: DEFAULT_GLOBAL_SHORTCUT,
      state: 'registered',
      replaced: { accelerator: 'Shift+A', problem: 'needs-modifiers' },
    });
    expect(first.core.preferences().globalShortcut).toBe(DEFAULT_GLOBAL_SHORTCUT);
    expect(readSettingsFile(fixture.dir).globalShortcut).toBe(DEFAULT_GLOBAL_SHORTCUT);
    expect(first.recorded.logs.some((line) => line.startsWith('warn') && line.includes('Shift+A'))).toBe(
      true,
    );
    // Choosing a shortcut in Settings ends the note.
    await first.core.updatePreferences({ globalShortcut: 'Ctrl+Alt+K' });
    expect(first.core.appInfo().shortcut).toEqual({ accelerator: 'Control+Alt+K', state: 'registered' });

    // Unparseable: replaced with the reason, never reported as another app holding it.
    openInDir(fixture.dir).store.set('globalShortcut', 'Ctrl+Alt+Hyper');
    asked.length = 0;
    const second = fixture.boot({ applyGlobalShortcut });
    second.core.start();
    expect(asked).toEqual([DEFAULT_GLOBAL_SHORTCUT]);
    expect(second.core.appInfo().shortcut).toEqual({
      accelerator: DEFAULT_GLOBAL_SHORTCUT,
      state: 'registered',
      replaced: { accelerator: 'Ctrl+Alt+Hyper', problem: 'invalid' },
    });
  });

  it('a shortcut too long or empty in the settings file gives way to the default; the rest of the file stays', async () => {
    // Before: the schema's length limits made conf throw a schema violation, so the whole file
    // (accounts, announced ids) was set aside and Invitray started from defaults.
    const file = path.join(fixture.dir, 'config.json');
    for (const stored of ['Ctrl+Alt+Shift+'.padEnd(5_000, 'Y'), '']) {
      openInDir(fixture.dir).store.set('notifiedInviteIds', ['kept-invite']);
      const raw = readSettingsFile(fixture.dir);
      fs.writeFileSync(file, JSON.stringify({ ...raw, globalShortcut: stored }));
      const opened = openInDir(fixture.dir);
      expect(opened.recovered).toBeNull();
      expect(opened.settings.hasNotified('kept-invite')).toBe(true);
      const { core, recorded } = fixture.boot({ applyGlobalShortcut: (accelerator) => accelerator !== '' });
      core.start();
      const shortcut = core.appInfo().shortcut;
      expect(shortcut?.accelerator).toBe(DEFAULT_GLOBAL_SHORTCUT);
      expect(shortcut?.replaced?.problem).toBe(stored === '' ? 'empty' : 'invalid');
      // What Settings and the log quote stays short.
      expect(shortcut?.replaced?.accelerator.length).toBeLessThanOrEqual(65);
      expect(recorded.logs.every((line) => line.length < 1_000)).toBe(true);
      expect(readSettingsFile(fixture.dir).globalShortcut).toBe(DEFAULT_GLOBAL_SHORTCUT);
      expect(readSettingsFile(fixture.dir).notifiedInviteIds).toEqual(['kept-invite']);
      await core.stop();
    }
  });

  it('the platform rules apply to both paths: Ctrl+Alt+Q (AltGr+Q, "@" in German) on Windows', async () => {
    openInDir(fixture.dir).store.set('globalShortcut', 'Control+Alt+Q');
    const { core } = fixture.boot({
      platform: 'win32',
      applyGlobalShortcut: (accelerator) => accelerator !== '',
    });
    core.start();
    expect(core.appInfo().shortcut?.replaced).toEqual({
      accelerator: 'Control+Alt+Q',
      problem: 'types-character',
    });
    await expect(core.updatePreferences({ globalShortcut: 'CommandOrControl+Alt+Q' })).rejects.toMatchObject({
      kind: 'invalid-request',
      message: expect.stringContaining('types a character on some keyboards'),
    });
    expect(core.preferences().globalShortcut).toBe(DEFAULT_GLOBAL_SHORTCUT);
    // The same combination is fine on Linux, where AltGr is not Ctrl+Alt.
    const linux = fixture.boot({ applyGlobalShortcut: (accelerator) => accelerator !== '' });
    await linux.core.updatePreferences({ globalShortcut: 'CommandOrControl+Alt+Q' });
    expect(linux.core.preferences().globalShortcut).toBe('CommandOrControl+Alt+Q');
  });
});
