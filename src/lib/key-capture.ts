// Turns a key press in Settings into an Electron accelerator, and an accelerator into what
// the user reads. Main checks the combination again (core/desktop/global-shortcut.ts).

import type { Language } from '../../electron/shared/types';

export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

const PUNCTUATION: Record<string, string> = {
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

/** The physical key (event.code), so the combination does not change with the keyboard layout's symbols. */
function keyName(code: string): string | null {
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter) return letter[1] ?? null;
  const digit = /^Digit([0-9])$/.exec(code);
  if (digit) return digit[1] ?? null;
  const numpad = /^Numpad([0-9])$/.exec(code);
  if (numpad) return `num${numpad[1]}`;
  if (/^F([1-9]|1[0-9]|2[0-4])$/.test(code)) return code;
  return PUNCTUATION[code] ?? NAMED[code] ?? null;
}

/**
 * The accelerator for a key press, or null while only modifiers are held (or the key has
 * no accelerator name). ⌘ on macOS and Ctrl elsewhere become CommandOrControl, so the
 * setting means the same thing if the user moves their settings to another platform.
 */
export function acceleratorFromKey(press: KeyPress, platform: string): string | null {
  const key = keyName(press.code);
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
