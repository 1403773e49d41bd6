import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENGLISH } from '../../../electron/shared/i18n/catalogues';
import { createSessionKeychain, type InvitrayCore } from '../../../electron/main/core/app';
import type { MenuItemSpec } from '../../../electron/main/core/tray/tray-view';
import { readSettingsFile } from '../../support/settings-helpers';
import { createCoreFixture, type CoreFixture, type Recorded } from './support/core-fixture';

// What the OS says about the app itself, told to the user in the window (the snapshot) and
// the tray menu: notifications refused (macOS unsigned builds), start at login turned off in
// the system or waiting for approval, a newer version a deb install does not fetch itself.

const labels = (menu: MenuItemSpec[] | undefined) => (menu ?? []).map((item) => item.label ?? '');

describe('core: system notices', () => {
  let fixture: CoreFixture;
  let core: InvitrayCore;
  let recorded: Recorded;

  function boot(platform: string) {
    ({ core, recorded } = fixture.boot({ platform }));
    core.start();
  }

  beforeEach(async () => {
    fixture = await createCoreFixture({ keychain: createSessionKeychain() });
  });
  afterEach(async () => {
    await fixture.close();
  });

  it('macOS: a refused notification is told once, in the window and the tray menu, with what to do', () => {
    boot('darwin');
    core.notificationsFailed('Notifications are not allowed');
    core.notificationsFailed('Notifications are not allowed');
    const notices = core.snapshot().notices ?? [];
    // Catalogue keys: the window says them in its language (SystemNotices.svelte).
    expect(notices).toEqual(['notice.notificationsMac']);
    expect(ENGLISH.t(notices[0]!)).toMatch(/unsigned builds cannot post them; install a signed release/i);
    expect(recorded.snapshots.filter((snapshot) => snapshot.notices?.length)).toHaveLength(1);
    expect(labels(core.trayView().menu)).toContain('Notifications are blocked: see the window');
  });

  it('no notice, no `notices` key: snapshots are unchanged while all is well', () => {
    boot('linux');
    expect(core.snapshot()).not.toHaveProperty('notices');
  });

  it('start at login turned off in the system turns the preference off, without touching the OS', () => {
    boot('win32');
    void core.updatePreferences({ startAtLogin: true });
    const applied = recorded.loginItem.length;
    core.applyLoginItemState('disabled');
    expect(core.preferences().startAtLogin).toBe(false);
    expect(readSettingsFile(fixture.dir)).toMatchObject({ startAtLogin: false });
    expect(recorded.loginItem.length).toBe(applied);
    expect(core.trayView().menu.find((item) => item.id === 'start-at-login')?.checked).toBe(false);
  });

  it('macOS 13+: a login item awaiting approval keeps the preference and says where to approve it', async () => {
    ({ core, recorded } = fixture.boot({ platform: 'darwin', setLoginItem: () => 'requires-approval' }));
    core.start();
    await core.updatePreferences({ startAtLogin: true });
    expect(core.preferences().startAtLogin).toBe(true);
    expect(core.snapshot().notices).toEqual(['notice.loginItem']);
    expect(ENGLISH.t('notice.loginItem')).toMatch(/System Settings → General → Login Items/);
    expect(labels(core.trayView().menu)).toContain('Start at login: approve it in System Settings');
    core.applyLoginItemState('enabled');
    expect(core.snapshot()).not.toHaveProperty('notices');
  });

  it('deb: a newer version is mentioned in the tray menu, with no restart offered', () => {
    boot('linux');
    core.setUpdateAvailable('2.0.0');
    const menu = labels(core.trayView().menu);
    expect(menu).toContain('Invitray 2.0.0 is available');
    expect(menu).toContain('Update it with your package manager');
    expect(core.trayView().menu.find((item) => item.id === 'restart-to-update')).toBeUndefined();
  });
});
