import type { ShortcutProblem, ShortcutStatus } from '../../../shared/types';
import {
  LINUX_CTRL_ALT_ACTIONS,
  charactersTyped,
  isTypingKey,
  type Chord,
  type TypedCharacter,
} from './keyboard-layouts';

// The global shortcut that opens and closes the popover: which combinations Invitray
// accepts, and what Settings says about the one in use. The shell only registers it.

/**
 * Default: Ctrl+Alt+Shift+Y (⌘⌥⇧Y on macOS). Three modifiers keep it clear of every
 * browser, editor and OS binding we know of, and it types nothing on any layout in
 * keyboard-layouts.ts. The obvious "I" is taken by Firefox's Browser Toolbox
 * (Ctrl/⌘+Alt+Shift+I), and Ctrl+Shift+I opens every browser's developer tools.
 */
export const DEFAULT_GLOBAL_SHORTCUT = 'CommandOrControl+Alt+Shift+Y';

const MODIFIER_ALIASES: Record<string, string> = {
  commandorcontrol: 'CommandOrControl',
  cmdorctrl: 'CommandOrControl',
  command: 'Command',
  cmd: 'Command',
  control: 'Control',
  ctrl: 'Control',
  alt: 'Alt',
  option: 'Alt',
  altgr: 'AltGr',
  shift: 'Shift',
  super: 'Super',
  meta: 'Super',
};
const MODIFIER_ORDER = ['CommandOrControl', 'Command', 'Control', 'Alt', 'Shift', 'Super'];

const NAMED_KEYS = [
  'Space',
  'Tab',
  'Backspace',
  'Delete',
  'Insert',
  'Enter',
  'Up',
  'Down',
  'Left',
  'Right',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Escape',
  'num0',
  'num1',
  'num2',
  'num3',
  'num4',
  'num5',
  'num6',
  'num7',
  'num8',
  'num9',
  'numdec',
  'numadd',
  'numsub',
  'nummult',
  'numdiv',
];
const KEY_ALIASES: Record<string, string> = { return: 'Enter', esc: 'Escape' };
const PUNCTUATION = /^[-=[\]\\;',./`]$/;

/**
 * Characters Electron reads as Shift plus another key (KeyboardCodeFromCharCode in
 * shell/common/keyboard_util.cc returns a shifted character for them, and StringToAccelerator
 * in shell/browser/ui/accelerator_util.cc then adds EF_SHIFT_DOWN): "Ctrl+Alt+@" registers
 * Ctrl+Alt+Shift+2, "Plus" is Shift+=. They are stored that way, so the check, the display and
 * the OS all see the same combination.
 */
const SHIFTED: Record<string, string> = {
  '!': '1',
  '@': '2',
  '#': '3',
  $: '4',
  '%': '5',
  '^': '6',
  '&': '7',
  '*': '8',
  '(': '9',
  ')': '0',
  ':': ';',
  '<': ',',
  '>': '.',
  '?': '/',
  _: '-',
  '+': '=',
  plus: '=',
  '"': "'",
  '{': '[',
  '}': ']',
  '|': '\\',
  '~': '`',
};

/**
 * Combinations a global registration would take from the whole desktop, whatever the platform:
 * developer tools, the OS's own (task manager, force quit, screenshots, terminal, window and
 * input switching) and clipboard-adjacent ones. Written in canonical form; CommandOrControl
 * is checked as both Command and Control.
 */
const RESERVED = new Set([
  'Control+Shift+I',
  'Command+Alt+I',
  'Control+Alt+Delete',
  'Control+Escape',
  'Control+Shift+Escape',
  'Command+Alt+Escape',
  'Command+Shift+3',
  'Command+Shift+4',
  'Command+Shift+5',
  'Control+Alt+T',
  'Control+Shift+T',
  'Command+Shift+T',
  'Control+Shift+N',
  'Command+Shift+N',
  'Control+Shift+V',
  'Command+Shift+V',
  'Command+Alt+Shift+V',
  'Alt+F4',
  'Alt+Tab',
  'Alt+Shift+Tab',
  'Command+Tab',
  'Command+Shift+Tab',
  'Command+Space',
  'Control+Space',
  'Super+Tab',
  'Shift+Super+Tab',
  'Shift+Super+S',
  'Super+L',
  'Super+D',
]);

/**
 * What each desktop keeps for itself beyond RESERVED, written with the modifiers that platform's
 * OS sees (see resolve()): Windows' own shortcuts, GNOME, KDE and Ubuntu's window, workspace and
 * input-method keys (IBus takes Ctrl+Shift+U for Unicode input and Ctrl+Shift+E for emoji), and
 * macOS's app switcher, input sources, Spotlight, screenshots, force quit, lock, log out and
 * Mission Control.
 */
const PLATFORM_RESERVED: Record<string, readonly string[]> = {
  win32: ['Control+Alt+Tab', 'Alt+Escape', 'Alt+Shift+Escape'],
  linux: [
    'Alt+Shift+`',
    'Alt+Escape',
    'Alt+Shift+Escape',
    'Alt+F1',
    'Alt+F2',
    'Alt+F7',
    'Alt+F8',
    'Alt+F10',
    'Control+Alt+L',
    'Control+Alt+D',
    'Control+Alt+Up',
    'Control+Alt+Down',
    'Control+Alt+Left',
    'Control+Alt+Right',
    'Control+Alt+Shift+Up',
    'Control+Alt+Shift+Down',
    'Control+Alt+Shift+Left',
    'Control+Alt+Shift+Right',
    'Control+Alt+Tab',
    'Control+Alt+Shift+Tab',
    'Control+Alt+Backspace',
    'Control+Alt+Escape',
    'Control+Shift+U',
    'Control+Shift+E',
    'Shift+Super+Space',
    'Super+Escape',
    'Super+Up',
    'Super+Down',
    'Super+Left',
    'Super+Right',
    'Shift+Super+Up',
    'Shift+Super+Down',
    'Shift+Super+Left',
    'Shift+Super+Right',
    'Control+Super+Left',
    'Control+Super+Right',
    'Super+PageUp',
    'Super+PageDown',
    'Shift+Super+PageUp',
    'Shift+Super+PageDown',
    'Super+Home',
    'Super+End',
  ],
  darwin: [
    'Command+Alt+Space',
    'Command+Control+Space',
    'Control+Alt+Space',
    'Command+Shift+6',
    'Command+Control+Shift+3',
    'Command+Control+Shift+4',
    'Command+Alt+Shift+Escape',
    'Command+Control+Q',
    'Command+Shift+Q',
    'Command+Alt+Shift+Q',
    'Command+Alt+D',
    'Command+Shift+`',
    'Command+Shift+/',
    'Control+Up',
    'Control+Down',
    'Control+Left',
    'Control+Right',
    'Control+F2',
    'Control+F3',
  ],
};

export type AcceleratorProblem = ShortcutProblem;
export type AcceleratorCheck =
  { ok: true; accelerator: string } | { ok: false; problem: AcceleratorProblem; typed?: TypedCharacter[] };

function canonicalKey(raw: string): { key: string; shift: boolean } | null {
  const lower = raw.toLowerCase();
  const shifted = SHIFTED[lower];
  if (shifted) return { key: shifted, shift: true };
  const alias = KEY_ALIASES[lower];
  if (alias) return { key: alias, shift: false };
  if (/^[a-z0-9]$/i.test(raw)) return { key: raw.toUpperCase(), shift: false };
  if (/^f([1-9]|1[0-9]|2[0-4])$/i.test(raw)) return { key: raw.toUpperCase(), shift: false };
  if (PUNCTUATION.test(raw)) return { key: raw, shift: false };
  const named = NAMED_KEYS.find((key) => key.toLowerCase() === lower);
  return named ? { key: named, shift: false } : null;
}

interface Parsed {
  /** Canonical modifiers, in MODIFIER_ORDER. */
  modifiers: string[];
  key: string;
}

type ParseResult = { ok: true; parsed: Parsed } | { ok: false; problem: AcceleratorProblem };

function parse(input: string): ParseResult {
  const text = input.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  if (text.length > 64) return { ok: false, problem: 'invalid' };
  // "Plus" spells the + key, so splitting on "+" is unambiguous.
  const parts = text.split('+').map((part) => part.trim());
  if (parts.some((part) => part === '')) return { ok: false, problem: 'invalid' };
  const modifiers = new Set<string>();
  const keys: string[] = [];
  for (const part of parts) {
    const modifier = MODIFIER_ALIASES[part.toLowerCase()];
    if (modifier) modifiers.add(modifier);
    else {
      const key = canonicalKey(part);
      if (!key) return { ok: false, problem: 'invalid' };
      if (key.shift) modifiers.add('Shift');
      keys.push(key.key);
    }
  }
  if (keys.length !== 1) return { ok: false, problem: 'one-key' };
  // Electron parses AltGr (EF_ALTGR_DOWN), but no global listener passes it on: Windows
  // registers Shift, Ctrl, Alt and Win, X11 grabs Shift, Control, Mod1 and Mod4, macOS shift,
  // control, option and cmd (ui/base/accelerators/global_accelerator_listener/*). "AltGr+Q" would
  // take Q alone, and AltGr is the key layouts type characters with.
  if (modifiers.has('AltGr')) return { ok: false, problem: 'types-character' };
  return {
    ok: true,
    parsed: { modifiers: MODIFIER_ORDER.filter((m) => modifiers.has(m)), key: keys[0] as string },
  };
}

/** Enough modifiers for the key, on any platform. */
function modifierProblem({ modifiers, key }: Parsed): AcceleratorProblem | null {
  const strong = modifiers.filter((m) => m !== 'Shift');
  // F1-F12 mean something in every app (F1 help, F5 reload, F12 developer tools, and Windows
  // keeps F12 for debuggers); F13-F24 exist only as extra keys and may stand alone.
  if (/^F([1-9]|1[0-2])$/.test(key)) return strong.length >= 1 ? null : 'function-key';
  if (/^F\d+$/.test(key)) return null;
  if (isTypingKey(key)) return modifiers.length >= 2 && strong.length >= 1 ? null : 'needs-modifiers';
  return strong.length >= 1 ? null : 'needs-modifiers';
}

function isReserved(modifiers: string[], key: string): boolean {
  const variants = modifiers.includes('CommandOrControl')
    ? ['Command', 'Control'].map((mod) =>
        MODIFIER_ORDER.filter((m) => m === mod || (m !== 'CommandOrControl' && modifiers.includes(m))),
      )
    : [modifiers];
  return variants.some((mods) => RESERVED.has([...mods, key].join('+')));
}

/**
 * The modifiers `platform`'s OS sees, the way Electron maps them (KeyboardCodeFromKeyIdentifier
 * in shell/common/keyboard_util.cc): CommandOrControl is ⌘ on macOS and Ctrl elsewhere; Command,
 * Cmd, Super and Meta are all the same key (⌘ on macOS, the Windows/Super key elsewhere).
 */
function resolve({ modifiers, key }: Parsed, platform: string): { chord: Chord; spelled: string } {
  const mac = platform === 'darwin';
  const has = (name: string) => modifiers.includes(name);
  const chord: Chord = {
    control: has('Control') || (!mac && has('CommandOrControl')),
    alt: has('Alt'),
    shift: has('Shift'),
    meta: has('Command') || has('Super') || (mac && has('CommandOrControl')),
  };
  const names = mac
    ? [chord.meta && 'Command', chord.control && 'Control', chord.alt && 'Alt', chord.shift && 'Shift']
    : [chord.control && 'Control', chord.alt && 'Alt', chord.shift && 'Shift', chord.meta && 'Super'];
  return { chord, spelled: [...names.filter(Boolean), key].join('+') };
}

// A platform's reserved list is spelled when a shortcut is checked, not at load: the CLI and
// the first tray image need none of it, and a check (at start, on a settings change) is rare.
function reservedSpelled(platform: string): ReadonlySet<string> {
  if (!Object.hasOwn(PLATFORM_RESERVED, platform)) return new Set();
  return new Set(
    PLATFORM_RESERVED[platform]!.map((entry) => {
      const result = parse(entry);
      if (!result.ok) throw new Error(`Reserved shortcut ${entry} does not parse`);
      return resolve(result.parsed, platform).spelled;
    }),
  );
}

function isReservedOn(platform: string, chord: Chord, spelled: string, key: string): boolean {
  if (reservedSpelled(platform).has(spelled)) return true;
  if (platform === 'win32') {
    // RegisterHotKey's documentation: "Keyboard shortcuts that involve the WINDOWS key are
    // reserved for use by the operating system", and "The F12 key is reserved for use by the
    // debugger at all times, so it should not be registered as a hot key."
    return chord.meta || key === 'F12';
  }
  if (platform === 'linux') {
    // Ctrl+Alt+F1-F12 switch virtual terminals, Ctrl+Alt+keypad keys are X server actions
    // (LINUX_CTRL_ALT_ACTIONS, from the XKB keymaps).
    return chord.control && chord.alt && !chord.shift && !chord.meta && key in LINUX_CTRL_ALT_ACTIONS;
  }
  return false;
}

/**
 * Checks an Electron accelerator and returns its canonical spelling. Refused, on any platform:
 * unknown keys, no key or two keys, AltGr, and combinations that would steal ordinary typing or
 * a common binding from every other app (a letter, digit, punctuation or Space needs two
 * modifiers, one of them not Shift; F1-F12 and other keys need one that is not Shift). With
 * `platform` (what process.platform says), also what types a character on that OS with one of
 * the layouts in keyboard-layouts.ts, and what that OS keeps for itself. The Settings path and
 * the value read from the settings file both go through the core with its platform.
 */
export function checkAccelerator(input: string, platform?: string): AcceleratorCheck {
  const result = parse(input);
  if (!result.ok) return result;
  const { parsed } = result;
  const modifiers = modifierProblem(parsed);
  if (modifiers) return { ok: false, problem: modifiers };
  if (isReserved(parsed.modifiers, parsed.key)) return { ok: false, problem: 'reserved' };
  if (platform !== undefined) {
    const { chord, spelled } = resolve(parsed, platform);
    const typed = charactersTyped(platform, chord, parsed.key);
    if (typed.length > 0) return { ok: false, problem: 'types-character', typed };
    if (isReservedOn(platform, chord, spelled, parsed.key)) return { ok: false, problem: 'reserved' };
  }
  return { ok: true, accelerator: [...parsed.modifiers, parsed.key].join('+') };
}

/**
 * What the OS said to a registration: taken (true), held by another app (false), or no global
 * keys for any app on this desktop ('unavailable': Wayland without the GlobalShortcuts portal).
 */
export type ShortcutOutcome = boolean | 'unavailable';

/** What to tell Settings after asking the OS for `accelerator` ('' means off). */
export function shortcutStatus(accelerator: string, outcome: ShortcutOutcome): ShortcutStatus {
  if (accelerator === '') return { accelerator, state: 'off' };
  if (outcome === 'unavailable') return { accelerator, state: 'unavailable' };
  return { accelerator, state: outcome ? 'registered' : 'refused' };
}
