import { describe, expect, it } from 'vitest';
import {
  KEYBOARD_LAYOUTS,
  LINUX_LAYOUTS,
  MAC_LAYOUTS,
  WINDOWS_LAYOUTS,
  charactersTyped,
  isTypingKey,
  type Chord,
} from '../../../electron/main/core/desktop/keyboard-layouts';
import {
  DEFAULT_GLOBAL_SHORTCUT,
  checkAccelerator,
} from '../../../electron/main/core/desktop/global-shortcut';

// The rule "a shortcut never takes a character from other apps", on the layout data of the
// keyboards of the six languages, per OS.

const PLATFORMS = ['win32', 'linux', 'darwin'] as const;
const chord = (mods: Partial<Chord>): Chord => ({
  control: false,
  alt: false,
  shift: false,
  meta: false,
  ...mods,
});
const TYPING_KEYS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', ..."-=[]\\;',./`", 'Space'];

describe('keyboard layout data', () => {
  it('covers the seven keyboards on every OS, each table saying where it comes from', () => {
    expect(KEYBOARD_LAYOUTS).toEqual(['us', 'uk', 'de', 'fr', 'es', 'ja', 'pt-BR']);
    for (const tables of [WINDOWS_LAYOUTS, LINUX_LAYOUTS, MAC_LAYOUTS]) {
      for (const layout of KEYBOARD_LAYOUTS) expect(tables[layout].source.length, layout).toBeGreaterThan(8);
    }
  });

  it('names keys as accelerators do, and one character each', () => {
    const tables = KEYBOARD_LAYOUTS.flatMap((layout) => [
      WINDOWS_LAYOUTS[layout].altGr,
      WINDOWS_LAYOUTS[layout].altGrShift,
      MAC_LAYOUTS[layout].option,
      MAC_LAYOUTS[layout].optionShift,
    ]);
    for (const table of tables) {
      for (const [key, character] of Object.entries(table)) {
        expect(isTypingKey(key), key).toBe(true);
        expect([...character], `${key} ${character}`).toHaveLength(1);
      }
    }
  });

  it('the default, Ctrl+Alt+Shift+Y (⌘⌥⇧Y), types nothing on any layout on any OS', () => {
    for (const platform of PLATFORMS) {
      expect(checkAccelerator(DEFAULT_GLOBAL_SHORTCUT, platform), platform).toEqual({
        ok: true,
        accelerator: DEFAULT_GLOBAL_SHORTCUT,
      });
      const held =
        platform === 'darwin'
          ? { meta: true, alt: true, shift: true }
          : { control: true, alt: true, shift: true };
      expect(charactersTyped(platform, chord(held), 'Y'), platform).toEqual([]);
    }
  });

  it('Windows: AltGr is Ctrl+Alt, so Ctrl+Alt+Q, +E and +7 type @, € and { on a German keyboard', () => {
    const altGr = chord({ control: true, alt: true });
    expect(charactersTyped('win32', altGr, 'Q')).toEqual([
      { layout: 'de', character: '@' },
      { layout: 'pt-BR', character: '/' },
    ]);
    expect(charactersTyped('win32', altGr, 'E')).toEqual([
      { layout: 'uk', character: 'é' },
      { layout: 'de', character: '€' },
      { layout: 'fr', character: '€' },
      { layout: 'es', character: '€' },
      { layout: 'pt-BR', character: '°' },
    ]);
    expect(charactersTyped('win32', altGr, '7')).toContainEqual({ layout: 'de', character: '{' });
    for (const key of ['Q', 'E', '7']) {
      expect(checkAccelerator(`Ctrl+Alt+${key}`, 'win32')).toMatchObject({
        ok: false,
        problem: 'types-character',
      });
    }
    // With Shift too they reach AltGr+Shift, where these two type nothing on any layout.
    for (const key of ['Q', '7'])
      expect(checkAccelerator(`Ctrl+Alt+Shift+${key}`, 'win32').ok, key).toBe(true);
    // A punctuation name is the layout's VK: '[' is VK_OEM_4, the ß key on German, ")" on French.
    expect(charactersTyped('win32', altGr, '[')).toEqual([
      { layout: 'de', character: '\\' },
      { layout: 'fr', character: ']' },
    ]);
  });

  it('Windows: AltGr+Shift types too (UK capitals with an acute, German capital sharp s)', () => {
    const altGrShift = chord({ control: true, alt: true, shift: true });
    expect(charactersTyped('win32', altGrShift, 'A')).toEqual([{ layout: 'uk', character: 'Á' }]);
    expect(charactersTyped('win32', altGrShift, '[')).toEqual([{ layout: 'de', character: 'ẞ' }]);
    expect(checkAccelerator('CommandOrControl+Alt+Shift+A', 'win32')).toMatchObject({
      ok: false,
      problem: 'types-character',
    });
    // The US and Japanese layouts have no AltGr at all.
    for (const layout of ['us', 'ja'] as const) {
      expect(WINDOWS_LAYOUTS[layout].altGr).toEqual({});
      expect(WINDOWS_LAYOUTS[layout].altGrShift).toEqual({});
    }
  });

  it('Windows: Alt with a keypad digit starts an Alt code', () => {
    expect(charactersTyped('win32', chord({ alt: true }), 'num1')).toHaveLength(KEYBOARD_LAYOUTS.length);
    expect(checkAccelerator('Alt+num1', 'win32')).toMatchObject({ ok: false, problem: 'types-character' });
    expect(checkAccelerator('Alt+num1', 'linux')).toEqual({ ok: true, accelerator: 'Alt+num1' });
  });

  it('macOS: Option and Option+Shift type with every typing key on every layout; ⌘ and ⌃ do not', () => {
    for (const shift of [false, true]) {
      for (const key of TYPING_KEYS) {
        const typed = charactersTyped('darwin', chord({ alt: true, shift }), key);
        expect(
          typed.map((entry) => entry.layout),
          `${shift ? '⌥⇧' : '⌥'}${key}`,
        ).toEqual([...KEYBOARD_LAYOUTS]);
      }
    }
    expect(charactersTyped('darwin', chord({ alt: true, shift: true }), '-')[0]).toEqual({
      layout: 'us',
      character: '—',
    });
    expect(charactersTyped('darwin', chord({ alt: true, shift: true }), '2')[0]).toEqual({
      layout: 'us',
      character: '€',
    });
    expect(charactersTyped('darwin', chord({ meta: true, alt: true, shift: true }), '-')).toEqual([]);
    expect(charactersTyped('darwin', chord({ control: true, alt: true }), 'E')).toEqual([]);
    // German: the key that types z alone (at the US Y position) is what "Z" names.
    expect(MAC_LAYOUTS.de.option.Z).toBe('Ω');
    expect(MAC_LAYOUTS.de.option.L).toBe('@');
  });

  it('macOS: the checks refuse ⌥⇧- (an em dash) and ⌥⇧2 (€), and keep ⌘⌥⇧-', () => {
    for (const input of ['Alt+Shift+-', 'Option+Shift+2', 'Alt+Shift+Space', 'Alt+Shift+K']) {
      expect(checkAccelerator(input, 'darwin'), input).toMatchObject({
        ok: false,
        problem: 'types-character',
      });
    }
    expect(checkAccelerator('Cmd+Alt+Shift+-', 'darwin')).toEqual({
      ok: true,
      accelerator: 'Command+Alt+Shift+-',
    });
    expect(checkAccelerator('Control+Alt+Shift+K', 'darwin')).toEqual({
      ok: true,
      accelerator: 'Control+Alt+Shift+K',
    });
  });

  it('Linux: XKB keeps AltGr apart from Ctrl+Alt, so Ctrl+Alt+Q is free; Ctrl+Alt+F2 is a console', () => {
    for (const layout of KEYBOARD_LAYOUTS) {
      expect(LINUX_LAYOUTS[layout].ctrlAlt).toEqual({});
      expect(LINUX_LAYOUTS[layout].ctrlAltShift).toEqual({});
    }
    expect(charactersTyped('linux', chord({ control: true, alt: true }), 'Q')).toEqual([]);
    expect(checkAccelerator('Ctrl+Alt+Q', 'linux')).toEqual({ ok: true, accelerator: 'Control+Alt+Q' });
    expect(checkAccelerator('Ctrl+Alt+F2', 'linux')).toEqual({ ok: false, problem: 'reserved' });
    expect(checkAccelerator('Ctrl+Alt+nummult', 'linux')).toEqual({ ok: false, problem: 'reserved' });
    expect(checkAccelerator('Ctrl+Alt+Shift+F2', 'linux')).toEqual({
      ok: true,
      accelerator: 'Control+Alt+Shift+F2',
    });
  });

  it('AltGr itself is refused everywhere: global listeners drop it and would take the bare key', () => {
    for (const platform of [undefined, ...PLATFORMS]) {
      expect(checkAccelerator('AltGr+Q', platform)).toEqual({ ok: false, problem: 'types-character' });
      expect(checkAccelerator('Ctrl+AltGr+Shift+K', platform)).toEqual({
        ok: false,
        problem: 'types-character',
      });
    }
  });
});
