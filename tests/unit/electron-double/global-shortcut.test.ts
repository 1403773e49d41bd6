// The double's globalShortcut keeps Electron's rules, per platform: each rule is shown to hold
// here, so the boot suite can only pass if the app keeps them too.
import { describe, expect, test } from 'vitest';
import { makeDouble } from './make-double';

const KEYS = 'CommandOrControl+Alt+Shift+Y';

describe('globalShortcut everywhere', () => {
  test.each(['register', 'isRegistered', 'unregister'] as const)(
    '%s before ready throws; after ready it works',
    (method) => {
      const electron = makeDouble({}, false);
      const use = () =>
        method === 'register'
          ? electron.globalShortcut.register(KEYS, () => {})
          : electron.globalShortcut[method](KEYS);
      expect(use).toThrow('globalShortcut.' + method + '() cannot be used before the app is ready');
      expect(() => electron.globalShortcut.unregisterAll()).toThrow(/before the app is ready/);
      electron.__double.markReady();
      expect(use).not.toThrow();
    },
  );

  test('register, isRegistered, press, unregister, unregisterAll', () => {
    const { globalShortcut, __double } = makeDouble();
    let pressed = 0;
    expect(globalShortcut.register(KEYS, () => pressed++)).toBe(true);
    // The same combination however it is spelled; the same app cannot take it twice.
    expect(globalShortcut.isRegistered('ctrl+shift+alt+y')).toBe(true);
    expect(globalShortcut.register('Control+Alt+Shift+Y', () => {})).toBe(false);
    expect(__double.pressShortcut('Control+Alt+Shift+Y')).toBe('app');
    expect(pressed).toBe(1);
    globalShortcut.unregister(KEYS);
    expect(globalShortcut.isRegistered(KEYS)).toBe(false);
    expect(__double.pressShortcut(KEYS)).toBe('nothing');
    globalShortcut.register('Alt+F9', () => {});
    globalShortcut.register('Super+F10', () => {});
    expect(__double.registeredShortcuts()).toEqual(['Alt+F9', 'Super+F10']);
    globalShortcut.unregisterAll();
    expect(__double.registeredShortcuts()).toEqual([]);
    expect(pressed).toBe(1);
  });

  test('a shifted character is Shift and its key, as Electron parses it ("Plus" is Shift+=)', () => {
    const { globalShortcut, __double } = makeDouble();
    let pressed = 0;
    expect(globalShortcut.register('Control+Alt+Plus', () => pressed++)).toBe(true);
    expect(globalShortcut.isRegistered('Control+Alt+Shift+=')).toBe(true);
    expect(globalShortcut.register('Ctrl+Alt+@', () => {})).toBe(true);
    expect(__double.pressShortcut('Control+Alt+Shift+2')).toBe('app');
    expect(__double.pressShortcut('Control+Alt+Shift+=')).toBe('app');
    expect(pressed).toBe(1);
    expect(globalShortcut.isRegistered('Control+Alt+=')).toBe(false);
  });

  test('a combination another app holds: register is false, the press goes to that app', () => {
    const { globalShortcut, __double } = makeDouble({ platform: 'win32', takenShortcuts: [KEYS] });
    expect(globalShortcut.register('Ctrl+Alt+Shift+Y', () => {})).toBe(false);
    expect(globalShortcut.isRegistered(KEYS)).toBe(false);
    expect(__double.pressShortcut(KEYS)).toBe('other-app');
    expect(globalShortcut.register('Ctrl+Alt+Shift+U', () => {})).toBe(true);
  });

  test.each(['', 'CommandOrControl+Shift', 'Pause', 'Ctrl+Y+Z', 'Ctrl++', 'Ctrl+Ä', 'DoubleTap:Command'])(
    'an accelerator Electron cannot convert (%j) throws its TypeError',
    (accelerator) => {
      const { globalShortcut } = makeDouble();
      const expected = `Error processing argument at index 0, conversion failure from ${accelerator}`;
      expect(() => globalShortcut.register(accelerator, () => {})).toThrow(expected);
      expect(() => globalShortcut.isRegistered(accelerator)).toThrow(TypeError);
      expect(() => globalShortcut.unregister(accelerator)).toThrow(TypeError);
    },
  );

  test('registerAll takes what it can and silently skips what another app holds', () => {
    const { globalShortcut, __double } = makeDouble({ takenShortcuts: ['Alt+F9'] });
    let pressed = 0;
    globalShortcut.registerAll(['Alt+F9', 'Alt+F10'], () => pressed++);
    expect(__double.registeredShortcuts()).toEqual(['Alt+F10']);
    expect(__double.pressShortcut('Alt+F10')).toBe('app');
    expect(pressed).toBe(1);
    expect(() => globalShortcut.registerAll(['Alt+F11', 'Pause'], () => {})).toThrow(TypeError);
    expect(globalShortcut.isRegistered('Alt+F11')).toBe(false);
  });

  test('while suspended nothing registers and presses do not arrive', () => {
    const { globalShortcut, __double } = makeDouble();
    globalShortcut.register('Alt+F9', () => {});
    globalShortcut.setSuspended(true);
    expect(globalShortcut.register('Alt+F10', () => {})).toBe(false);
    expect(__double.pressShortcut('Alt+F9')).toBe('nothing');
    globalShortcut.setSuspended(false);
    expect(__double.pressShortcut('Alt+F9')).toBe('app');
  });
});

describe('per platform', () => {
  test('CommandOrControl is Command on macOS and Control elsewhere', () => {
    const mac = makeDouble({ platform: 'darwin' });
    mac.globalShortcut.register(KEYS, () => {});
    expect(mac.globalShortcut.isRegistered('Command+Alt+Shift+Y')).toBe(true);
    expect(mac.globalShortcut.isRegistered('Control+Alt+Shift+Y')).toBe(false);
    const linux = makeDouble({ platform: 'linux' });
    linux.globalShortcut.register(KEYS, () => {});
    expect(linux.globalShortcut.isRegistered('Control+Alt+Shift+Y')).toBe(true);
  });

  test('macOS: media keys only for a trusted accessibility client', () => {
    expect(makeDouble({ platform: 'darwin' }).globalShortcut.register('MediaPlayPause', () => {})).toBe(
      false,
    );
    const trusted = makeDouble({ platform: 'darwin', macAccessibilityTrusted: true });
    expect(trusted.globalShortcut.register('MediaPlayPause', () => {})).toBe(true);
    expect(makeDouble({ platform: 'win32' }).globalShortcut.register('MediaPlayPause', () => {})).toBe(true);
  });

  test('Linux Wayland: no global keys without the GlobalShortcutsPortal feature at startup', () => {
    const plain = makeDouble({ linuxSession: 'wayland' });
    expect(plain.globalShortcut.register(KEYS, () => {})).toBe(false);
    // Appended after ready: Chromium has already read its features.
    plain.app.commandLine.appendSwitch('enable-features', 'GlobalShortcutsPortal');
    expect(plain.globalShortcut.register(KEYS, () => {})).toBe(false);

    const portal = makeDouble({ linuxSession: 'wayland', takenShortcuts: [KEYS] }, false);
    portal.app.commandLine.appendSwitch('enable-features', 'GlobalShortcutsPortal');
    portal.__double.markReady();
    // The portal answers later (after the desktop asks the user): register() says true at once.
    expect(portal.globalShortcut.register(KEYS, () => {})).toBe(true);
    expect(portal.__double.pressShortcut(KEYS)).toBe('app');

    const launched = makeDouble({
      linuxSession: 'wayland',
      argv: ['.', '--enable-features=WaylandWindowDecorations,GlobalShortcutsPortal'],
    });
    expect(launched.app.commandLine.getSwitchValue('enable-features')).toContain('GlobalShortcutsPortal');
    expect(launched.globalShortcut.register(KEYS, () => {})).toBe(true);
  });

  test('Linux Wayland: a desktop without a portal backend gives no global keys', () => {
    const electron = makeDouble({ linuxSession: 'wayland', globalShortcutsPortal: false }, false);
    electron.app.commandLine.appendSwitch('enable-features', 'GlobalShortcutsPortal');
    electron.__double.markReady();
    expect(electron.globalShortcut.register(KEYS, () => {})).toBe(false);
  });

  test('Linux XWayland: the grab succeeds, but presses arrive only while a window has focus', () => {
    const electron = makeDouble({ linuxSession: 'wayland', argv: ['.', '--ozone-platform=x11'] });
    let pressed = 0;
    expect(electron.globalShortcut.register(KEYS, () => pressed++)).toBe(true);
    expect(electron.__double.pressShortcut(KEYS)).toBe('nothing');
    new electron.BrowserWindow({}).focus();
    expect(electron.__double.pressShortcut(KEYS)).toBe('app');
    expect(pressed).toBe(1);
  });

  test('Linux X11: taken combinations are refused as elsewhere', () => {
    const electron = makeDouble({ linuxSession: 'x11', takenShortcuts: ['Alt+F9'] });
    expect(electron.globalShortcut.register('Alt+F9', () => {})).toBe(false);
    expect(electron.globalShortcut.register(KEYS, () => {})).toBe(true);
  });
});

describe('app.commandLine', () => {
  test('launch switches are read; appending a switch again replaces its value', () => {
    const { app } = makeDouble({ argv: ['.', '--enable-features=A,B', '--lang=de'] }, false);
    expect(app.commandLine.hasSwitch('lang')).toBe(true);
    app.commandLine.appendSwitch('enable-features', 'C');
    expect(app.commandLine.getSwitchValue('enable-features')).toBe('C');
    app.commandLine.removeSwitch('lang');
    expect(app.commandLine.getSwitchValue('lang')).toBe('');
  });
});
