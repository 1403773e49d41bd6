// The tray's English relative times are written out instead of asking Intl (see
// english-relative-time.ts): they must read exactly as Intl.RelativeTimeFormat('en') does.
import { describe, expect, test } from 'vitest';
import {
  englishRelativeTime,
  type EnglishStyle,
  type EnglishUnit,
} from '../../../electron/main/core/tray/english-relative-time';

const STYLES: EnglishStyle[] = ['short', 'long'];
const UNITS: EnglishUnit[] = ['day', 'hour', 'minute'];

/** Every value up to 2,100 either way (past each grouping edge), and some far ones. */
const VALUES = [
  ...Array.from({ length: 4201 }, (_, index) => index - 2100),
  -0,
  9_999,
  10_000,
  99_999,
  100_000,
  999_999,
  1_000_000,
  -1_234_567,
  2_932_897, // days from 1970 to 9999
  Number.MAX_SAFE_INTEGER,
  -Number.MAX_SAFE_INTEGER,
];

describe('englishRelativeTime reads as Intl.RelativeTimeFormat("en")', () => {
  for (const style of STYLES)
    for (const unit of UNITS)
      test(`${style} ${unit}`, () => {
        const intl = new Intl.RelativeTimeFormat('en', { style, numeric: 'always' });
        const differing = VALUES.filter(
          (value) => englishRelativeTime(value, unit, style) !== intl.format(value, unit),
        ).map(
          (value) => `${value}: ${englishRelativeTime(value, unit, style)} / ${intl.format(value, unit)}`,
        );
        expect(differing).toEqual([]);
      });

  test('refuses what Intl refuses, and fractions it never receives', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(() => new Intl.RelativeTimeFormat('en').format(bad, 'day')).toThrow(RangeError);
      expect(() => englishRelativeTime(bad, 'day', 'long')).toThrow(RangeError);
    }
    expect(() => englishRelativeTime(1.5, 'hour', 'short')).toThrow(RangeError);
  });
});
