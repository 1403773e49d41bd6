// Turns a key press in Settings into an Electron accelerator, and an accelerator into what
// the user reads. Main checks the combination again (core/desktop/global-shortcut.ts).

import type { Language } from '../../electron/shared/types';

export interface KeyPress {
  key: string;
  code: string;
  /**
   * KeyboardEvent.keyCode: the virtual key Chromium computed for the press. On Windows it is the
   * key's VK_* code itself, on Linux and macOS Chromium derives it the same way from what the key
   * types (a letter key gives its label's letter on AZERTY and QWERTZ alike).
   */
  keyCode: number;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

/**
 * What each physical key types on its own with the active layout, by KeyboardEvent.code
 * (navigator.keyboard.getLayoutMap()), where the browser tells: it names keys whose event,
 * with modifiers held, does not (⌥ on a Mac changes event.key and can change keyCode).
 */
export type KeyboardLayoutMap = ReadonlyMap<string, string>;

/** What each punctuation key types alone on a US keyboard. */
const US_PUNCTUATION: Record<string, string> = {
  Minus: '-',
  Equal: '=',
  BracketLeft: '[',
  BracketRight: ']',
  Backslash: '\\',
  Semicolon: ';',
  Quote: "'",
  Comma: ',',
  Period: '.',
  Slash: '/',
  Backquote: '`',
};

/**
 * The accelerator character of each Windows VK_OEM_* code, as Electron maps them the other way
 * (KeyboardCodeFromCharCode in shell/common/keyboard_util.cc). Keys without one (VK_OEM_8,
 * VK_OEM_102) cannot be named in an accelerator.
 */
const OEM_KEYS: Record<number, string> = {
  186: ';',
  187: '=',
  188: ',',
  189: '-',
  190: '.',
  191: '/',
  192: '`',
  219: '[',
  220: '\\',
  221: ']',
  222: "'",
};

const NAMED: Record<string, string> = {
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Space: 'Space',
  Enter: 'Enter',
  Tab: 'Tab',
  Backspace: 'Backspace',
  Delete: 'Delete',
  Insert: 'Insert',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  Escape: 'Escape',
  NumpadAdd: 'numadd',
  NumpadSubtract: 'numsub',
  NumpadMultiply: 'nummult',
  NumpadDivide: 'numdiv',
  NumpadDecimal: 'numdec',
};

const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'OS', 'CapsLock', 'Fn']);

/** A press of a modifier key alone (the combination is not complete yet). */
export function isModifierPress(press: Pick<KeyPress, 'key' | 'code'>): boolean {
  return MODIFIER_KEYS.has(press.key) || /^(Shift|Control|Alt|Meta|OS)(Left|Right)$/.test(press.code);
}

/**
 * The accelerator key for the pressed key: the one that makes the registered hotkey fire on that
 * same key, and is the key's label. How each OS finds the key for an accelerator's character:
 * - Windows: RegisterHotKey with the VK Electron derives from the character (KeyboardCodeFromStr,
 *   shell/common/keyboard_util.cc; GlobalAcceleratorListenerWin::StartListeningForAccelerator).
 *   The layout gives each key its VK: a letter key sends its label's VK (VK_A is the key labelled
 *   A on AZERTY, VK_Y the one labelled Y on QWERTZ), the number row VK_0-VK_9 on every layout.
 * - Linux X11: XGlobalShortcutListener::RegisterAccelerator grabs the key whose keysym
 *   XKeysymForWindowsKeyCode gives (ui/events/keycodes/keyboard_code_conversion_x.cc), and
 *   OnKeyPressEvent compares the pressed key's KeyboardCode, which Chromium derives from the
 *   layout: again the key labelled with the letter. The GlobalShortcuts portal names keysyms too.
 * - macOS: GlobalAcceleratorListenerMac::RegisterHotKey (Chromium 152+, kLayoutAwareGlobalHotkeys)
 *   searches the key codes for the one that types the character without modifiers, and only then
 *   falls back to the US position (MacKeyCodeForWindowsKeyCode).
 * So the letter is the one the key types (KeyboardEvent.keyCode, which Chromium computes from it:
 * KeyboardCodeFromNSEvent, KeyboardCodeFromXKeyEvent, the Windows VK), not the US position
 * KeyboardEvent.code names: on AZERTY the key at US Q is A. Digits are the number row everywhere,
 * except on a Mac layout whose number row does not type digits (French): the hotkey would land on
 * the keypad, so such a key is not offered. Punctuation is kept only where the key's label, the
 * character Electron names it by and (Windows, Linux) the VK it sends all agree.
 */
function keyName(press: KeyPress, platform: string, layout?: KeyboardLayoutMap): string | null {
  const { code, keyCode } = press;
  const numpad = /^Numpad([0-9])$/.exec(code);
  if (numpad) return `num${numpad[1]}`;
  if (/^F([1-9]|1[0-9]|2[0-4])$/.test(code)) return code;
  if (NAMED[code]) return NAMED[code];
  const alone = layout?.get(code);
  if (keyCode >= 65 && keyCode <= 90) return String.fromCharCode(keyCode);
  if (alone !== undefined && /^[a-z]$/i.test(alone)) return alone.toUpperCase();
  const digit = /^Digit([0-9])$/.exec(code);
  if (digit) {
    const value = digit[1] as string;
    return platform === 'darwin' && alone !== undefined && alone !== value ? null : value;
  }
  // No letter and no punctuation in keyCode (an input method composing, a non-Latin layout):
  // Chromium falls back to the US position there too. Where keyCode names punctuation the key
  // types punctuation (the French ',' key sits at US M), unless ⌥ changed it on a Mac: without the
  // layout map that cannot be told apart, so such a press is not recorded.
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter && alone === undefined && OEM_KEYS[keyCode] === undefined) return letter[1] as string;
  const label = alone ?? US_PUNCTUATION[code];
  if (label === undefined || !Object.values(US_PUNCTUATION).includes(label)) return null;
  if (platform === 'darwin' && alone !== undefined) return label;
  return OEM_KEYS[keyCode] === label ? label : null;
}

/**
 * The accelerator for a key press, or null while only modifiers are held (or the key cannot be
 * named so that the hotkey fires on it). ⌘ on macOS and Ctrl elsewhere become
 * CommandOrControl, so the setting means the same thing if the user moves their settings to
 * another platform.
 */
export function acceleratorFromKey(
  press: KeyPress,
  platform: string,
  layout?: KeyboardLayoutMap,
): string | null {
  if (isModifierPress(press)) return null;
  const key = keyName(press, platform, layout);
  if (!key) return null;
  const mac = platform === 'darwin';
  const modifiers: string[] = [];
  if (mac ? press.metaKey : press.ctrlKey) modifiers.push('CommandOrControl');
  if (mac && press.ctrlKey) modifiers.push('Control');
  if (press.altKey) modifiers.push('Alt');
  if (press.shiftKey) modifiers.push('Shift');
  if (!mac && press.metaKey) modifiers.push('Super');
  return [...modifiers, key].join('+');
}

const MAC_SYMBOLS: Record<string, string> = {
  CommandOrControl: '⌘',
  Command: '⌘',
  Control: '⌃',
  Alt: '⌥',
  Shift: '⇧',
};

/**
 * Modifier keys as the keyboards and the system of a language label them, where that is not
 * English's Ctrl and Shift; the catalogues' own examples ("Strg+Alt+Umschalt") spell them so.
 */
const LOCAL_MODIFIERS: Partial<Record<Language, Record<string, string>>> = {
  de: { Ctrl: 'Strg', Shift: 'Umschalt' },
  fr: { Shift: 'Maj' },
  es: { Shift: 'Mayús' },
};

/** "⌘⌥⇧Y" on macOS, "Ctrl+Alt+Shift+Y" elsewhere ("Strg+Alt+Umschalt+Y" in German). */
export function displayAccelerator(accelerator: string, platform: string, language: Language = 'en'): string {
  const parts = accelerator.split('+');
  if (platform === 'darwin') return parts.map((part) => MAC_SYMBOLS[part] ?? part).join('');
  const names: Record<string, string> = {
    CommandOrControl: 'Ctrl',
    Control: 'Ctrl',
    Super: platform === 'win32' ? 'Win' : 'Super',
  };
  const local = LOCAL_MODIFIERS[language] ?? {};
  return parts
    .map((part) => names[part] ?? part)
    .map((part) => local[part] ?? part)
    .join('+');
}
