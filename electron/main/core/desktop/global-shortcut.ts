import type { ShortcutStatus } from '../../../shared/types';

// The global shortcut that opens and closes the popover: which combinations Invitray
// accepts, and what Settings says about the one in use. The shell only registers it.

/**
 * Default: Ctrl+Alt+Shift+Y (⌘⌥⇧Y on macOS). Three modifiers keep it clear of every
 * browser, editor and OS binding we know of. The obvious "I" is taken by Firefox's Browser
 * Toolbox (Ctrl/⌘+Alt+Shift+I), and Ctrl+Shift+I opens every browser's developer tools.
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
const MODIFIER_ORDER = ['CommandOrControl', 'Command', 'Control', 'Alt', 'AltGr', 'Shift', 'Super'];

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
  'Plus',
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
const PUNCTUATION = /^[)!@#$%^&*(:;<=>?_~{}|"'`,\-./[\]\\]$/;

/**
 * Combinations a global registration would take from the whole desktop: developer tools,
 * the OS's own (task manager, force quit, screenshots, terminal) and clipboard-adjacent ones.
 * Written in canonical form; CommandOrControl is checked as both Command and Control.
 */
const RESERVED = new Set([
  'Control+Shift+I',
  'Command+Alt+I',
  'Control+Alt+Delete',
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
  'Command+Tab',
  'Command+Space',
  'Control+Space',
  'Super+L',
  'Super+D',
]);

export type AcceleratorProblem = 'empty' | 'invalid' | 'one-key' | 'needs-modifiers' | 'reserved';
export type AcceleratorCheck = { ok: true; accelerator: string } | { ok: false; problem: AcceleratorProblem };

function canonicalKey(raw: string): string | null {
  const alias = KEY_ALIASES[raw.toLowerCase()];
  if (alias) return alias;
  if (/^[a-z0-9]$/i.test(raw)) return raw.toUpperCase();
  if (/^f([1-9]|1[0-9]|2[0-4])$/i.test(raw)) return raw.toUpperCase();
  if (PUNCTUATION.test(raw)) return raw;
  return NAMED_KEYS.find((key) => key.toLowerCase() === raw.toLowerCase()) ?? null;
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
 * Checks an Electron accelerator and returns its canonical spelling. Refused: unknown
 * keys, no key or two keys, and combinations that would steal ordinary typing or a common
 * binding from every other app — a letter or digit needs two modifiers, or one that is
 * not Shift plus a function, arrow or other non-typing key.
 */
export function checkAccelerator(input: string): AcceleratorCheck {
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
      keys.push(key);
    }
  }
  if (keys.length !== 1) return { ok: false, problem: 'one-key' };
  const key = keys[0] as string;
  const ordered = MODIFIER_ORDER.filter((m) => modifiers.has(m));
  const typing = /^[A-Z0-9]$/.test(key) || PUNCTUATION.test(key) || key === 'Space' || key === 'Plus';
  const strong = ordered.filter((m) => m !== 'Shift');
  const functionKey = /^F\d+$/.test(key);
  const enough = typing ? ordered.length >= 2 && strong.length >= 1 : functionKey || strong.length >= 1;
  if (!enough) return { ok: false, problem: 'needs-modifiers' };
  if (isReserved(ordered, key)) return { ok: false, problem: 'reserved' };
  return { ok: true, accelerator: [...ordered, key].join('+') };
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
