import type { Rng } from './rng';

// Building blocks of hostile payloads. Every "hostile" value here is invalid for the field
// it is generated for; fuzz.test.ts checks the valid bases pass, so each rejection is due
// to the mutation, and the dispatcher must refuse all of them.

const ID_CHARS = 'abcdef0123456789ABCDEFxyz_-';
/** Each piece holds at least one character an id may not contain (checked in hostile-values.test). */
export const ID_POISON = [
  '../',
  '..\\',
  '%2e%2e%2f',
  '..%2f',
  '/..',
  '....//',
  '..;/',
  '%252e%252e%252f',
  '/user/tokens',
  '?page=2',
  '#frag',
  '@evil.com',
  'https://evil.com',
  '//evil.com',
  'file:///etc/passwd',
  'javascript:alert(1)',
  '\u0430', // Cyrillic a
  '\u0435', // Cyrillic e
  '\uff10', // full-width 0
  '\u212a', // Kelvin sign, looks like K
  '\u0131', // dotless i
  '\u2215', // division slash
  '\u202e', // right-to-left override
  '\u200b', // zero-width space
  '\u0000',
  '\ud800', // lone surrogate
  '\r\nX-Injected: 1',
  ' ',
  '\t',
  '<script>',
  "' OR 1=1 --",
  '${7*7}',
  '{{7*7}}',
  '%00',
  ';',
  '|',
  '`',
  '.',
  '~',
  '+',
  '=',
];

export const POLLUTION_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
];

export function validId(rng: Rng, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ID_CHARS[rng.int(ID_CHARS.length)];
  return out;
}

export function nested(rng: Rng, depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++)
    value = rng.chance(0.5) ? { [rng.pick(['a', '__proto__', 'x'])]: value } : [value];
  return value;
}

/** An own, enumerable key whatever its name: `{ __proto__: x }` in a literal would set the prototype instead. */
export function withOwnKey(
  target: Record<string, unknown>,
  key: string,
  value: unknown,
): Record<string, unknown> {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

export function pollutionObject(rng: Rng): Record<string, unknown> {
  const payload = { polluted: 'yes', isAdmin: true };
  if (rng.chance(0.5))
    return JSON.parse(`{"__proto__": ${JSON.stringify(payload)}}`) as Record<string, unknown>;
  return withOwnKey({}, rng.pick(POLLUTION_KEYS), rng.chance(0.5) ? payload : { prototype: payload });
}

export interface Huge {
  megabyte: string;
  idChars: string;
}

export function makeHuge(): Huge {
  return { megabyte: 'A'.repeat(1024 * 1024), idChars: 'a'.repeat(100_000) };
}

/** Anything that is not a string. */
export function nonString(rng: Rng, huge: Huge): unknown {
  switch (rng.int(12)) {
    case 0:
      return rng.pick([0, -1, 1, 1.5, 1e308, -0, Number.MAX_SAFE_INTEGER + 2]);
    case 1:
      return rng.chance(0.5);
    case 2:
      return null;
    case 3:
      return [];
    case 4:
      return [validId(rng, 8)];
    case 5:
      return {};
    case 6:
      return { toString: validId(rng, 8), valueOf: 1 };
    case 7:
      return pollutionObject(rng);
    case 8:
      return nested(rng, rng.between(2, 300), 'x');
    case 9:
      return [huge.megabyte];
    case 10:
      return Object.fromEntries(Array.from({ length: rng.between(65, 200) }, (_, i) => [`k${i}`, i]));
    default:
      return { length: 3, 0: 'a', 1: 'b', 2: 'c' };
  }
}

/** A string an id field with at most `max` characters of [A-Za-z0-9_-] must refuse, or a non-string. */
export function hostileId(rng: Rng, max: number, huge: Huge): unknown {
  switch (rng.int(6)) {
    case 0:
      return '';
    case 1:
      return validId(rng, rng.between(max + 1, max + 500));
    case 2:
      return rng.chance(0.5) ? huge.idChars : huge.megabyte;
    case 3:
      return nonString(rng, huge);
    default: {
      const before = validId(rng, rng.int(max));
      const after = validId(rng, rng.int(8));
      return `${before}${rng.pick(ID_POISON)}${after}`;
    }
  }
}
