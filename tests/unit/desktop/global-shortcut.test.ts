import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GLOBAL_SHORTCUT,
  checkAccelerator,
  shortcutStatus,
} from '../../../electron/main/core/desktop/global-shortcut';

describe('global shortcut policy', () => {
  it('accepts its own default, which is not the developer-tools combination', () => {
    expect(checkAccelerator(DEFAULT_GLOBAL_SHORTCUT)).toEqual({
      ok: true,
      accelerator: DEFAULT_GLOBAL_SHORTCUT,
    });
    expect(DEFAULT_GLOBAL_SHORTCUT).not.toMatch(/^CommandOrControl\+Shift\+I$/);
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
    expect(checkAccelerator('Control+Alt+Plus')).toEqual({ ok: true, accelerator: 'Control+Alt+Plus' });
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
