import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GLOBAL_SHORTCUT,
  checkAccelerator,
  shortcutStatus,
} from '../../../electron/main/core/desktop/global-shortcut';

describe('global shortcut policy', () => {
  it('accepts its own default as it is spelled, on every platform, unlike the developer tools it avoids', () => {
    for (const platform of [undefined, 'win32', 'linux', 'darwin']) {
      expect(checkAccelerator(DEFAULT_GLOBAL_SHORTCUT, platform), platform).toEqual({
        ok: true,
        accelerator: DEFAULT_GLOBAL_SHORTCUT,
      });
      // The combinations the default steers clear of are refused by the same check.
      expect(checkAccelerator('CommandOrControl+Shift+I', platform), platform).toEqual({
        ok: false,
        problem: 'reserved',
      });
    }
  });

  it('spells accelerators canonically: aliases, modifier order, key case', () => {
    expect(checkAccelerator('shift+ctrl+alt+k')).toEqual({ ok: true, accelerator: 'Control+Alt+Shift+K' });
    expect(checkAccelerator('CmdOrCtrl+Option+Space')).toEqual({
      ok: true,
      accelerator: 'CommandOrControl+Alt+Space',
    });
    expect(checkAccelerator('Cmd+Esc')).toEqual({ ok: true, accelerator: 'Command+Escape' });
    expect(checkAccelerator(' Meta+F9 ')).toEqual({ ok: true, accelerator: 'Super+F9' });
    expect(checkAccelerator('F13')).toEqual({ ok: true, accelerator: 'F13' });
  });

  it('stores a shifted character as Shift and its key, as Electron registers it', () => {
    expect(checkAccelerator('Control+Alt+Plus')).toEqual({ ok: true, accelerator: 'Control+Alt+Shift+=' });
    expect(checkAccelerator('Ctrl+Alt+@')).toEqual({ ok: true, accelerator: 'Control+Alt+Shift+2' });
    expect(checkAccelerator('Ctrl+Alt+Shift+{')).toEqual({ ok: true, accelerator: 'Control+Alt+Shift+[' });
    // A shifted character counts its Shift: Alt+@ is Alt+Shift+2, two modifiers.
    expect(checkAccelerator('Alt+@')).toEqual({ ok: true, accelerator: 'Alt+Shift+2' });
    expect(checkAccelerator('Ctrl+_')).toEqual({ ok: true, accelerator: 'Control+Shift+-' });
  });

  it('F1-F12 need a modifier other than Shift; F13-F24 may stand alone', () => {
    for (const input of ['F1', 'F5', 'F12', 'Shift+F5', 'shift+f12']) {
      expect(checkAccelerator(input), input).toEqual({ ok: false, problem: 'function-key' });
    }
    for (const input of ['F13', 'F24', 'Shift+F20', 'Ctrl+F5', 'Alt+Shift+F9']) {
      expect(checkAccelerator(input).ok, input).toBe(true);
    }
  });

  it('refuses what would take typing from other apps', () => {
    for (const input of [
      'A',
      'Shift+A',
      'Ctrl+C',
      'CommandOrControl+V',
      'Alt+1',
      'Shift+Space',
      'Shift+Up',
    ]) {
      expect(checkAccelerator(input), input).toEqual({ ok: false, problem: 'needs-modifiers' });
    }
  });

  it('refuses combinations the OS or every browser already uses', () => {
    for (const input of [
      'CommandOrControl+Shift+I',
      'Ctrl+Shift+I',
      'Cmd+Alt+I',
      'Ctrl+Alt+Delete',
      'Cmd+Shift+4',
      'Alt+F4',
      'Ctrl+Alt+T',
    ]) {
      expect(checkAccelerator(input), input).toEqual({ ok: false, problem: 'reserved' });
    }
  });

  it('refuses what each OS keeps for itself with that reason, never as another app', () => {
    const reserved = { ok: false, problem: 'reserved' };
    // Switching windows backwards, the task view, the snipping tool, the Start menu.
    for (const input of ['Alt+Shift+Tab', 'Super+Tab', 'Shift+Super+S', 'Ctrl+Esc']) {
      for (const platform of [undefined, 'win32', 'linux', 'darwin']) {
        expect(checkAccelerator(input, platform), `${input} ${platform}`).toEqual(reserved);
      }
    }
    // Windows keeps every Windows-key combination and F12 (RegisterHotKey's documentation).
    for (const input of ['Super+F9', 'Ctrl+Super+Alt+K', 'Ctrl+F12', 'Ctrl+Alt+Shift+F12']) {
      expect(checkAccelerator(input, 'win32'), input).toEqual(reserved);
      expect(checkAccelerator(input, 'linux').ok, input).toBe(true);
    }
    for (const input of ['Ctrl+Alt+Left', 'Super+Up', 'Ctrl+Shift+U', 'Alt+F2', 'Ctrl+Alt+Shift+Right']) {
      expect(checkAccelerator(input, 'linux'), input).toEqual(reserved);
      expect(checkAccelerator(input, 'win32').ok, input).toBe(!input.startsWith('Super'));
    }
    for (const input of ['Control+Up', 'Cmd+Alt+Space', 'Cmd+Ctrl+Q', 'Cmd+Shift+Q', 'Ctrl+F2']) {
      expect(checkAccelerator(input, 'darwin'), input).toEqual(reserved);
    }
    // CommandOrControl is ⌘ on a Mac: Cmd+Space there, Ctrl+Space elsewhere (both kept).
    expect(checkAccelerator('CommandOrControl+Alt+Space', 'darwin')).toEqual(reserved);
    expect(checkAccelerator('CommandOrControl+Alt+Space', 'win32').ok).toBe(true);
  });

  it('refuses malformed input with the reason', () => {
    expect(checkAccelerator('')).toEqual({ ok: false, problem: 'empty' });
    expect(checkAccelerator('Ctrl++A')).toEqual({ ok: false, problem: 'invalid' });
    expect(checkAccelerator('Ctrl+Alt+Hyper')).toEqual({ ok: false, problem: 'invalid' });
    expect(checkAccelerator('Ctrl+Alt')).toEqual({ ok: false, problem: 'one-key' });
    expect(checkAccelerator('Ctrl+Alt+A+B')).toEqual({ ok: false, problem: 'one-key' });
    expect(checkAccelerator(`Ctrl+Alt+${'A'.repeat(70)}`)).toEqual({ ok: false, problem: 'invalid' });
  });

  it('reports off, registered and refused', () => {
    expect(shortcutStatus('', false)).toEqual({ accelerator: '', state: 'off' });
    expect(shortcutStatus('', 'unavailable')).toEqual({ accelerator: '', state: 'off' });
    expect(shortcutStatus('Control+Alt+K', 'unavailable')).toEqual({
      accelerator: 'Control+Alt+K',
      state: 'unavailable',
    });
    expect(shortcutStatus('Control+Alt+K', true)).toEqual({
      accelerator: 'Control+Alt+K',
      state: 'registered',
    });
    expect(shortcutStatus('Control+Alt+K', false)).toEqual({
      accelerator: 'Control+Alt+K',
      state: 'refused',
    });
  });
});
