import { describe, expect, it } from 'vitest';
import { acceleratorFromKey, displayAccelerator, type KeyPress } from '../../../src/lib/key-capture';
import { checkAccelerator } from '../../../electron/main/core/desktop/global-shortcut';

const press = (code: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key: '',
  code,
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  metaKey: false,
  ...mods,
});

describe('key capture', () => {
  it('maps Ctrl on Linux/Windows and ⌘ on macOS to CommandOrControl', () => {
    const mods = { ctrlKey: true, altKey: true, shiftKey: true };
    expect(acceleratorFromKey(press('KeyY', mods), 'linux')).toBe('CommandOrControl+Alt+Shift+Y');
    expect(acceleratorFromKey(press('KeyY', { ...mods, ctrlKey: false, metaKey: true }), 'darwin')).toBe(
      'CommandOrControl+Alt+Shift+Y',
    );
    expect(acceleratorFromKey(press('KeyK', { ctrlKey: true, altKey: true }), 'darwin')).toBe(
      'Control+Alt+K',
    );
    expect(acceleratorFromKey(press('F9', { metaKey: true }), 'win32')).toBe('Super+F9');
  });

  it('names arrows, digits, numpad and punctuation the way Electron spells them', () => {
    expect(acceleratorFromKey(press('ArrowUp', { altKey: true }), 'linux')).toBe('Alt+Up');
    expect(acceleratorFromKey(press('Digit7', { ctrlKey: true, altKey: true }), 'linux')).toBe(
      'CommandOrControl+Alt+7',
    );
    expect(acceleratorFromKey(press('Numpad3', { ctrlKey: true }), 'linux')).toBe('CommandOrControl+num3');
    expect(acceleratorFromKey(press('Slash', { ctrlKey: true, shiftKey: true }), 'linux')).toBe(
      'CommandOrControl+Shift+/',
    );
  });

  it('waits while only modifiers are held', () => {
    expect(acceleratorFromKey(press('ShiftLeft', { shiftKey: true }), 'linux')).toBeNull();
    expect(acceleratorFromKey(press('ControlLeft', { ctrlKey: true }), 'linux')).toBeNull();
  });

  it('produces what main accepts for a sensible combination', () => {
    const accelerator = acceleratorFromKey(press('KeyJ', { ctrlKey: true, altKey: true }), 'linux');
    expect(checkAccelerator(accelerator ?? '')).toEqual({ ok: true, accelerator: 'CommandOrControl+Alt+J' });
  });

  it('shows the combination as each platform writes it', () => {
    expect(displayAccelerator('CommandOrControl+Alt+Shift+Y', 'darwin')).toBe('⌘⌥⇧Y');
    expect(displayAccelerator('CommandOrControl+Alt+Shift+Y', 'win32')).toBe('Ctrl+Alt+Shift+Y');
    expect(displayAccelerator('Super+F9', 'win32')).toBe('Win+F9');
    expect(displayAccelerator('Super+F9', 'linux')).toBe('Super+F9');
  });
});
