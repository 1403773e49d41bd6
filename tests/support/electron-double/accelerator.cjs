'use strict';
// Electron's Accelerator strings (docs/api/accelerator.md), parsed the way Electron's
// StringToAccelerator does before globalShortcut sees them: split on "+", tokens compared
// case-insensitively, modifiers collected, exactly one key. Electron turns a string it cannot
// parse into a TypeError thrown by the argument conversion ("Error processing argument at
// index 0, conversion failure from <string>"), reported for modifiers-only strings
// (electron#9900, #12990), unknown keys such as "Pause" and non-accelerator text.
// Characters Electron reads as Shift plus another key (KeyboardCodeFromCharCode in
// shell/common/keyboard_util.cc returns a shifted character; StringToAccelerator in
// shell/browser/ui/accelerator_util.cc adds EF_SHIFT_DOWN) are the same combination as that key
// with Shift: "Ctrl+@" is "Ctrl+Shift+2", "Plus" is "Shift+=".
// Unsure: Electron's parser lets a later key token overwrite an earlier one ("A+B" may become
// "B") and may skip an unknown token before a valid key; the double throws for both, so the
// app cannot come to rely on that leniency.

const MODIFIERS = {
  command: 'Command',
  cmd: 'Command',
  control: 'Control',
  ctrl: 'Control',
  commandorcontrol: 'CommandOrControl',
  cmdorctrl: 'CommandOrControl',
  alt: 'Alt',
  option: 'Alt',
  altgr: 'AltGr',
  shift: 'Shift',
  super: 'Super',
  meta: 'Super',
};

const NAMED_KEYS = [
  'Space',
  'Tab',
  'Capslock',
  'Numlock',
  'Scrolllock',
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
  'VolumeUp',
  'VolumeDown',
  'VolumeMute',
  'MediaNextTrack',
  'MediaPreviousTrack',
  'MediaStop',
  'MediaPlayPause',
  'PrintScreen',
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
const KEY_ALIASES = { return: 'Enter', esc: 'Escape' };
const PUNCTUATION = /^[;=,\-./`[\]\\']$/;
/** Shifted character -> the key Electron registers with Shift. */
const SHIFTED = {
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

/** The four keys macOS gives only to trusted accessibility clients (electron.d.ts). */
const MEDIA_KEYS = new Set(['MediaPlayPause', 'MediaNextTrack', 'MediaPreviousTrack', 'MediaStop']);

function conversionFailure(value) {
  return new TypeError(`Error processing argument at index 0, conversion failure from ${String(value)}`);
}

function keyOf(token) {
  const lower = token.toLowerCase();
  if (KEY_ALIASES[lower]) return KEY_ALIASES[lower];
  if (SHIFTED[lower]) return SHIFTED[lower];
  if (/^[a-z0-9]$/i.test(token)) return token.toUpperCase();
  if (/^f([1-9]|1[0-9]|2[0-4])$/i.test(token)) return token.toUpperCase();
  if (PUNCTUATION.test(token)) return token;
  return NAMED_KEYS.find((key) => key.toLowerCase() === lower) ?? null;
}

/**
 * Parses `accelerator` for `platform` and returns its identity: the same combination however
 * it is spelled ("Ctrl+Y", "control+y" and, off macOS, "CommandOrControl+Y" are one).
 * Throws Electron's TypeError for a string it cannot convert.
 */
function parseAccelerator(accelerator, platform) {
  if (typeof accelerator !== 'string' || accelerator === '' || !/^[\x20-\x7e]+$/.test(accelerator))
    throw conversionFailure(accelerator);
  const modifiers = new Set();
  let key = null;
  for (const raw of accelerator.split('+')) {
    const token = raw.trim();
    const modifier = MODIFIERS[token.toLowerCase()];
    if (modifier) {
      modifiers.add(modifier);
      continue;
    }
    const parsed = token === '' ? null : keyOf(token);
    if (parsed === null || key !== null) throw conversionFailure(accelerator);
    if (SHIFTED[token.toLowerCase()]) modifiers.add('Shift');
    key = parsed;
  }
  if (key === null) throw conversionFailure(accelerator);
  const mac = platform === 'darwin';
  const resolved = new Set();
  for (const modifier of modifiers) {
    if (modifier === 'CommandOrControl') resolved.add(mac ? 'Command' : 'Control');
    // Off macOS, Command is the Super (Windows/Meta) key; on macOS, Super is Command.
    else if (modifier === 'Command' || modifier === 'Super') resolved.add(mac ? 'Command' : 'Super');
    else resolved.add(modifier);
  }
  const order = ['Command', 'Control', 'Alt', 'AltGr', 'Shift', 'Super'];
  const id = [...order.filter((m) => resolved.has(m)), key].join('+');
  return { id, key, mediaKey: MEDIA_KEYS.has(key) };
}

module.exports = { parseAccelerator, conversionFailure, MEDIA_KEYS };
