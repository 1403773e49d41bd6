import { describe, expect, it } from 'vitest';
import { registerGlobalShortcut } from '../../../electron/main/shell/global-shortcut';
import {
  createShortcutControl,
  settleStoredShortcut,
} from '../../../electron/main/core/app/shortcut-control';
import { DEFAULT_GLOBAL_SHORTCUT } from '../../../electron/main/core/desktop/global-shortcut';
import { FakeGlobalShortcut, recordingLog } from './fakes';

function setup() {
  const globalShortcut = new FakeGlobalShortcut();
  const log = recordingLog();
  let toggles = 0;
  const adapter = registerGlobalShortcut({ globalShortcut, onPress: () => void toggles++, log });
  return { globalShortcut, log, adapter, toggles: () => toggles };
}

describe('global shortcut adapter', () => {
  it('registers the combination, and pressing it toggles the window', () => {
    const { globalShortcut, adapter, toggles } = setup();
    expect(adapter.apply('CommandOrControl+Alt+Shift+Y')).toBe(true);
    globalShortcut.press('CommandOrControl+Alt+Shift+Y');
    globalShortcut.press('CommandOrControl+Alt+Shift+Y');
    expect(toggles()).toBe(2);
  });

  it('replaces the old registration, releases it for "" and on dispose', () => {
    const { globalShortcut, adapter } = setup();
    adapter.apply('Control+Alt+K');
    adapter.apply('Control+Alt+L');
    expect([...globalShortcut.registered.keys()]).toEqual(['Control+Alt+L']);
    expect(adapter.apply('')).toBe(false);
    expect(globalShortcut.registered.size).toBe(0);
    adapter.apply('Control+Alt+M');
    adapter.dispose();
    expect(globalShortcut.registered.size).toBe(0);
    expect(globalShortcut.calls.at(-1)).toBe('unregister Control+Alt+M');
  });

  it('reports a combination another app holds as refused, without throwing', () => {
    const { globalShortcut, adapter } = setup();
    globalShortcut.taken.add('Control+Alt+K');
    expect(adapter.apply('Control+Alt+K')).toBe(false);
    adapter.dispose();
    expect(globalShortcut.calls).toEqual(['register Control+Alt+K']);
  });

  it('on a native Wayland client a refusal means no global keys at all, not another app', () => {
    const globalShortcut = new FakeGlobalShortcut();
    globalShortcut.taken.add('Control+Alt+K');
    const log = recordingLog();
    const onWayland = registerGlobalShortcut({
      globalShortcut,
      onPress: () => undefined,
      session: 'wayland',
      log,
    });
    expect(onWayland.apply('Control+Alt+K')).toBe('unavailable');
    const onX11 = registerGlobalShortcut({ globalShortcut, onPress: () => undefined, session: 'other', log });
    expect(onX11.apply('Control+Alt+K')).toBe(false);
    const control = createShortcutControl((accelerator) => onWayland.apply(accelerator), log, 'linux');
    expect(control.apply('Control+Alt+K')).toEqual({ accelerator: 'Control+Alt+K', state: 'unavailable' });
    // Asked again (the portal may have appeared): not cached like a registration.
    globalShortcut.taken.clear();
    expect(control.apply('Control+Alt+K')).toEqual({ accelerator: 'Control+Alt+K', state: 'registered' });
  });

  it('turns an accelerator Electron throws on into "invalid" and a log line, not a refusal', () => {
    const { adapter, log } = setup();
    expect(adapter.apply('Control+Alt+Bogus')).toBe('invalid');
    expect(log.lines.map((line) => line.level)).toEqual(['warn']);
  });

  it('with the core: a combination the check refuses never reaches the OS; the default takes its place', () => {
    const { globalShortcut, adapter, log } = setup();
    const control = createShortcutControl((accelerator) => adapter.apply(accelerator), log, 'linux');
    expect(control.apply('Shift+A')).toEqual({
      accelerator: DEFAULT_GLOBAL_SHORTCUT,
      state: 'registered',
      replaced: { accelerator: 'Shift+A', problem: 'needs-modifiers' },
    });
    // Unparseable: not "another app is using it".
    expect(control.apply('Control+Alt+Bogus')).toEqual({
      accelerator: DEFAULT_GLOBAL_SHORTCUT,
      state: 'registered',
      replaced: { accelerator: 'Control+Alt+Bogus', problem: 'invalid' },
    });
    expect(globalShortcut.calls.filter((call) => call.startsWith('register'))).toEqual([
      `register ${DEFAULT_GLOBAL_SHORTCUT}`,
      `register ${DEFAULT_GLOBAL_SHORTCUT}`,
    ]);
    control.forgetReplaced();
    expect(control.apply('Control+Alt+K')).toEqual({ accelerator: 'Control+Alt+K', state: 'registered' });
  });

  it('with the core: one Electron rejects after all is replaced the same way', () => {
    const log = recordingLog();
    const asked: string[] = [];
    const control = createShortcutControl(
      (accelerator) => {
        asked.push(accelerator);
        return accelerator === 'Control+Alt+K' ? 'invalid' : true;
      },
      log,
      'win32',
    );
    expect(control.apply('Control+Alt+K')).toEqual({
      accelerator: DEFAULT_GLOBAL_SHORTCUT,
      state: 'registered',
      replaced: { accelerator: 'Control+Alt+K', problem: 'invalid' },
    });
    expect(asked).toEqual(['Control+Alt+K', DEFAULT_GLOBAL_SHORTCUT]);
  });

  it('settles the stored value: canonical spelling kept, a refused one replaced by the default with why', () => {
    expect(settleStoredShortcut(DEFAULT_GLOBAL_SHORTCUT, 'win32')).toEqual({});
    expect(settleStoredShortcut('ctrl+alt+k', 'linux')).toEqual({ store: 'Control+Alt+K' });
    expect(settleStoredShortcut('Shift+A', 'linux')).toEqual({
      store: DEFAULT_GLOBAL_SHORTCUT,
      replaced: { accelerator: 'Shift+A', problem: 'needs-modifiers' },
    });
    expect(settleStoredShortcut('Ctrl+Alt+Hyper', 'darwin')).toEqual({
      store: DEFAULT_GLOBAL_SHORTCUT,
      replaced: { accelerator: 'Ctrl+Alt+Hyper', problem: 'invalid' },
    });
    // The platform's own rules too: AltGr+Q types @ on a German Windows keyboard.
    expect(settleStoredShortcut('Control+Alt+Q', 'win32').replaced).toEqual({
      accelerator: 'Control+Alt+Q',
      problem: 'types-character',
    });
    expect(settleStoredShortcut('Control+Alt+Q', 'linux')).toEqual({});
  });

  it('with the core: status follows the OS answer; a refused one is retried when set again', () => {
    const { globalShortcut, adapter, log } = setup();
    const control = createShortcutControl((accelerator) => adapter.apply(accelerator), log, 'linux');
    expect(control.apply('Control+Alt+K')).toEqual({ accelerator: 'Control+Alt+K', state: 'registered' });
    globalShortcut.taken.add('Control+Alt+J');
    expect(control.apply('Control+Alt+J')).toEqual({ accelerator: 'Control+Alt+J', state: 'refused' });
    expect(log.lines.some((line) => line.level === 'warn' && line.message.includes('Control+Alt+J'))).toBe(
      true,
    );
    globalShortcut.taken.clear();
    expect(control.apply('Control+Alt+J').state).toBe('registered');
    expect(control.apply('')).toEqual({ accelerator: '', state: 'off' });
    expect(globalShortcut.registered.size).toBe(0);
  });
});
