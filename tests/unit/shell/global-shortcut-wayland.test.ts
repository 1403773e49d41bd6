// Linux: the GlobalShortcutsPortal feature is switched on before ready without losing the
// features given at launch, and a refusal on Wayland is logged for what it is. The command
// line is the Electron double's, which keeps Chromium's rule that a switch appended again
// replaces its value.
import { describe, expect, it } from 'vitest';
import {
  enableGlobalShortcutsPortal,
  registerGlobalShortcut,
  shortcutSession,
} from '../../../electron/main/shell/global-shortcut';
import { makeDouble } from '../electron-double/make-double';
import { recordingLog } from './fakes';

const KEYS = 'CommandOrControl+Alt+Shift+Y';

describe('enableGlobalShortcutsPortal', () => {
  it('linux: adds the feature and keeps the ones given at launch', () => {
    const { app } = makeDouble({ argv: ['.', '--enable-features=WaylandWindowDecorations'] }, false);
    enableGlobalShortcutsPortal(app.commandLine, 'linux');
    expect(app.commandLine.getSwitchValue('enable-features')).toBe(
      'WaylandWindowDecorations,GlobalShortcutsPortal',
    );
  });

  it('linux: nothing to do when the feature is already on', () => {
    const electron = makeDouble({ argv: ['.', '--enable-features=GlobalShortcutsPortal'] }, false);
    enableGlobalShortcutsPortal(electron.app.commandLine, 'linux');
    expect(electron.__double.callsOf('app.commandLine', 'appendSwitch')).toEqual([]);
  });

  it.each(['darwin', 'win32'] as const)('%s: the command line is left alone', (platform) => {
    const electron = makeDouble({ platform }, false);
    enableGlobalShortcutsPortal(electron.app.commandLine, platform);
    expect(electron.app.commandLine.hasSwitch('enable-features')).toBe(false);
  });

  it('on a Wayland desktop with a portal, the shortcut registers once the feature was on at ready', () => {
    const electron = makeDouble({ linuxSession: 'wayland' }, false);
    enableGlobalShortcutsPortal(electron.app.commandLine, 'linux');
    electron.__double.markReady();
    const adapter = registerGlobalShortcut({
      globalShortcut: electron.globalShortcut,
      onPress: () => {},
      session: 'wayland',
      log: recordingLog(),
    });
    expect(adapter.apply(KEYS)).toBe(true);
  });
});

describe('a refusal on Wayland', () => {
  it('is reported and logged as the missing portal it is, not as another app', () => {
    const electron = makeDouble({ linuxSession: 'wayland', globalShortcutsPortal: false });
    const log = recordingLog();
    const adapter = registerGlobalShortcut({
      globalShortcut: electron.globalShortcut,
      onPress: () => {},
      session: 'wayland',
      log,
    });
    expect(adapter.apply(KEYS)).toBe('unavailable');
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0]!.message).toMatch(/GlobalShortcuts portal/);
  });

  it('on X11 a taken combination adds no Wayland line', () => {
    const electron = makeDouble({ takenShortcuts: [KEYS] });
    const log = recordingLog();
    const adapter = registerGlobalShortcut({
      globalShortcut: electron.globalShortcut,
      onPress: () => {},
      session: 'other',
      log,
    });
    expect(adapter.apply(KEYS)).toBe(false);
    expect(log.lines).toEqual([]);
  });
});

describe('XWayland', () => {
  it('a Wayland desktop with Electron told to use X11 is XWayland; others are not', () => {
    const wayland = { XDG_SESSION_TYPE: 'wayland' };
    expect(shortcutSession('linux', wayland, ['--ozone-platform=x11'])).toBe('xwayland');
    expect(shortcutSession('linux', { ...wayland, ELECTRON_OZONE_PLATFORM_HINT: 'x11' }, [])).toBe(
      'xwayland',
    );
    expect(shortcutSession('linux', wayland, [])).toBe('wayland');
    expect(shortcutSession('linux', { XDG_SESSION_TYPE: 'x11' }, [])).toBe('other');
    expect(shortcutSession('darwin', wayland, [])).toBe('other');
  });

  it('registers, and the log says presses arrive only while a window has focus', () => {
    const electron = makeDouble({ linuxSession: 'wayland', argv: ['.', '--ozone-platform=x11'] });
    const log = recordingLog();
    let pressed = 0;
    const adapter = registerGlobalShortcut({
      globalShortcut: electron.globalShortcut,
      onPress: () => void pressed++,
      session: 'xwayland',
      log,
    });
    expect(adapter.apply(KEYS)).toBe(true);
    expect(log.lines.map((line) => line.message)).toEqual([
      expect.stringMatching(/only while an Invitray window has focus/),
    ]);
    expect(electron.__double.pressShortcut(KEYS)).toBe('nothing');
    expect(pressed).toBe(0);
  });
});
