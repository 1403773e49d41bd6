import { describe, expect, it } from 'vitest';
import {
  acceleratorFromKey,
  displayAccelerator,
  isModifierPress,
  type KeyPress,
} from '../../../src/lib/key-capture';
import { checkAccelerator } from '../../../electron/main/core/desktop/global-shortcut';

/** keyCode a US keyboard gives for a code: letters and digits their ASCII, punctuation VK_OEM_*. */
const US_KEYCODES: Record<string, number> = {
  Minus: 189,
  Equal: 187,
  BracketLeft: 219,
  BracketRight: 221,
  Backslash: 220,
  Semicolon: 186,
  Quote: 222,
  Comma: 188,
  Period: 190,
  Slash: 191,
  Backquote: 192,
};
function usKeyCode(code: string): number {
  const alnum = /^(?:Key|Digit)([A-Z0-9])$/.exec(code);
  return alnum ? (alnum[1] as string).charCodeAt(0) : (US_KEYCODES[code] ?? 0);
}

const press = (code: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key: '',
  code,
  keyCode: usKeyCode(code),
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  metaKey: false,
  ...mods,
});

const PLATFORMS = ['win32', 'linux', 'darwin'] as const;
/** Ctrl+Alt+Shift, or ⌘⌥⇧ on a Mac: the default's modifiers. */
const held = (platform: string): Partial<KeyPress> =>
  platform === 'darwin'
    ? { metaKey: true, altKey: true, shiftKey: true }
    : { ctrlKey: true, altKey: true, shiftKey: true };

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
    expect(acceleratorFromKey(press('ShiftLeft', { shiftKey: true, key: 'Shift' }), 'linux')).toBeNull();
    expect(acceleratorFromKey(press('ControlLeft', { ctrlKey: true, key: 'Control' }), 'linux')).toBeNull();
    expect(isModifierPress({ key: 'AltGraph', code: 'AltRight' })).toBe(true);
    expect(isModifierPress({ key: 'a', code: 'KeyA' })).toBe(false);
  });

  it('records the key labelled A on AZERTY as A on every OS (it sits where US has Q)', () => {
    for (const platform of PLATFORMS) {
      // The event's code is the US position; keyCode is what Chromium derived from the layout
      // (on a Mac, ⌥⇧ makes event.key "Æ").
      const azertyA = press('KeyQ', {
        ...held(platform),
        key: platform === 'darwin' ? 'Æ' : 'A',
        keyCode: 65,
      });
      const accelerator = acceleratorFromKey(azertyA, platform);
      expect(accelerator, platform).toBe('CommandOrControl+Alt+Shift+A');
      // Main checks it as that key: fine on Linux and macOS; on Windows AltGr+Shift+A types Á
      // on a UK keyboard, so main refuses it there.
      expect(checkAccelerator(accelerator ?? '', platform), platform).toEqual(
        platform === 'win32'
          ? { ok: false, problem: 'types-character', typed: [{ layout: 'uk', character: 'Á' }] }
          : { ok: true, accelerator: 'CommandOrControl+Alt+Shift+A' },
      );
      expect(displayAccelerator(accelerator ?? '', platform).endsWith('A'), platform).toBe(true);
      // AZERTY's M is at the US semicolon.
      expect(
        acceleratorFromKey(press('Semicolon', { ...held(platform), key: 'M', keyCode: 77 }), platform),
      ).toBe('CommandOrControl+Alt+Shift+M');
    }
  });

  it('records QWERTZ Y and Z as labelled, though they sit at the US Z and Y', () => {
    for (const platform of PLATFORMS) {
      expect(acceleratorFromKey(press('KeyZ', { ...held(platform), key: 'Y', keyCode: 89 }), platform)).toBe(
        'CommandOrControl+Alt+Shift+Y',
      );
      expect(acceleratorFromKey(press('KeyY', { ...held(platform), key: 'Z', keyCode: 90 }), platform)).toBe(
        'CommandOrControl+Alt+Shift+Z',
      );
    }
  });

  it('on a Mac, names a letter key by the layout when ⌥ turned its keyCode into punctuation', () => {
    // French Mac: ⌥⇧L types "|", and Chromium's keyCode follows it (VK_OEM_5).
    const frenchL = press('KeyL', { ...held('darwin'), key: '|', keyCode: 220 });
    expect(acceleratorFromKey(frenchL, 'darwin', new Map([['KeyL', 'l']]))).toBe(
      'CommandOrControl+Alt+Shift+L',
    );
    // Without the layout map it could be the key at US backslash: nothing is recorded.
    expect(acceleratorFromKey(frenchL, 'darwin')).toBeNull();
  });

  it('digits are the number row, except on a Mac layout whose number row types no digits', () => {
    const azerty7 = (platform: string) => press('Digit7', { ...held(platform), key: '7', keyCode: 55 });
    const frenchRow = new Map([['Digit7', 'è']]);
    expect(acceleratorFromKey(azerty7('win32'), 'win32', frenchRow)).toBe('CommandOrControl+Alt+Shift+7');
    expect(acceleratorFromKey(azerty7('linux'), 'linux', frenchRow)).toBe('CommandOrControl+Alt+Shift+7');
    // macOS binds "7" to the key that types 7 alone: on French that is the keypad's.
    expect(acceleratorFromKey(azerty7('darwin'), 'darwin', frenchRow)).toBeNull();
    expect(acceleratorFromKey(azerty7('darwin'), 'darwin', new Map([['Digit7', '7']]))).toBe(
      'CommandOrControl+Alt+Shift+7',
    );
  });

  it('records punctuation only where the label, the accelerator and the key the OS binds agree', () => {
    const german = new Map([
      ['Slash', '-'],
      ['BracketLeft', 'ü'],
      ['Minus', 'ß'],
    ]);
    const azerty = new Map([['KeyM', ',']]);
    for (const platform of ['win32', 'linux'] as const) {
      // German "-" key: VK_OEM_MINUS, and it types "-".
      const dash = press('Slash', { ...held(platform), key: '_', keyCode: 189 });
      expect(acceleratorFromKey(dash, platform, german), platform).toBe('CommandOrControl+Alt+Shift+-');
      // Without the layout map the label is not known: nothing rather than a wrong name.
      expect(acceleratorFromKey(dash, platform), platform).toBeNull();
      // "Ü" is VK_OEM_1, which Electron calls ";": the hotkey would show ";" on an Ü key.
      expect(
        acceleratorFromKey(press('BracketLeft', { ...held(platform), keyCode: 186 }), platform, german),
      ).toBeNull();
      // AZERTY "," sits at US M and sends VK_OEM_COMMA.
      const comma = press('KeyM', { ...held(platform), key: '?', keyCode: 188 });
      expect(acceleratorFromKey(comma, platform, azerty), platform).toBe('CommandOrControl+Alt+Shift+,');
      expect(acceleratorFromKey(comma, platform), platform).toBeNull();
    }
    // macOS binds "-" to the key that types it alone: German's at US slash.
    expect(
      acceleratorFromKey(press('Slash', { ...held('darwin'), key: '—', keyCode: 189 }), 'darwin', german),
    ).toBe('CommandOrControl+Alt+Shift+-');
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
