import { describe, expect, it } from 'vitest';
import { createFormatters, englishRelative, parseTime, relativeParts } from '../../../src/lib/format';

const NOW = Date.UTC(2026, 2, 4, 12, 0, 0);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('relativeParts', () => {
  it('rounds before picking the unit', () => {
    expect(relativeParts(NOW - (2 * HOUR + 59 * MINUTE), NOW)).toEqual([-3, 'hour']);
    // 59.7 minutes is "1 hour", never "60 minutes".
    expect(relativeParts(NOW + 59.7 * MINUTE, NOW)).toEqual([1, 'hour']);
    expect(relativeParts(NOW + 59.4 * MINUTE, NOW)).toEqual([59, 'minute']);
    expect(relativeParts(NOW - 23.6 * HOUR, NOW)).toEqual([-1, 'day']);
    expect(relativeParts(NOW + 29.6 * DAY, NOW)).toEqual([1, 'month']);
    expect(relativeParts(NOW - 350 * DAY, NOW)).toEqual([-1, 'year']);
  });

  it('says "now" for anything under half a minute either way', () => {
    expect(relativeParts(NOW, NOW)).toEqual([0, 'second']);
    expect(relativeParts(NOW + 29_000, NOW)).toEqual([0, 'second']);
    expect(relativeParts(NOW - 29_000, NOW)).toEqual([0, 'second']);
  });
});

describe('createFormatters().relative', () => {
  it('reads naturally in English', () => {
    const format = createFormatters('en-US');
    expect(format.relative(NOW - 3 * DAY, NOW)).toBe('3 days ago');
    expect(format.relative(NOW + 18 * HOUR, NOW)).toBe('in 18 hours');
    expect(format.relative(NOW + DAY, NOW)).toBe('tomorrow');
    expect(format.relative(NOW - DAY, NOW)).toBe('yesterday');
    expect(format.relative(NOW - 40 * DAY, NOW)).toBe('last month');
    expect(format.relative(NOW + 2 * 365 * DAY, NOW)).toBe('in 2 years');
    expect(format.relative(NOW + 10_000, NOW)).toBe('now');
  });

  it('goes through Intl for other languages', () => {
    const format = createFormatters('de-DE');
    expect(format.relative(NOW - 3 * DAY, NOW)).toBe('vor 3 Tagen');
    expect(format.relative(NOW + DAY, NOW)).toBe('morgen');
  });

  // The first list is drawn without Intl in English; it must not differ from what Intl says.
  it.each(['en', 'en-US', 'en-GB', 'en-AU', 'en-CA', 'en-IN'])(
    'says exactly what Intl says in %s, before and after Intl is loaded',
    (locale) => {
      const intl = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'long' });
      const offsets = [0, 20_000, 31_000, MINUTE, 5 * MINUTE, 59.7 * MINUTE, HOUR, 90 * MINUTE];
      for (let day = 1; day < 800; day += 3) offsets.push(day * DAY, day * DAY + 7 * HOUR);
      offsets.push(1200 * 365 * DAY);
      const cold = createFormatters(locale);
      const warm = createFormatters(locale);
      warm.warmUp();
      for (const offset of offsets) {
        for (const at of [NOW + offset, NOW - offset]) {
          const expected = intl.format(...relativeParts(at, NOW));
          expect(cold.relative(at, NOW), `${locale} ${at - NOW} ms`).toBe(expected);
          expect(warm.relative(at, NOW)).toBe(expected);
        }
      }
    },
  );

  it('switches to Intl once it is loaded, should the page language and Intl disagree', () => {
    const format = createFormatters('de-DE', 'en-US');
    expect(format.relative(NOW - 3 * DAY, NOW)).toBe('3 days ago');
    format.warmUp();
    expect(format.relative(NOW - 3 * DAY, NOW)).toBe('vor 3 Tagen');
  });

  it('leaves tags with extensions (another numbering system, say) to Intl', () => {
    const format = createFormatters('en-u-nu-arab');
    expect(format.relative(NOW - 3 * DAY, NOW)).toBe(
      new Intl.RelativeTimeFormat('en-u-nu-arab', { numeric: 'auto' }).format(-3, 'day'),
    );
    expect(format.relative(NOW - 3 * DAY, NOW)).not.toBe('3 days ago');
  });
});

describe('englishRelative', () => {
  it('hands amounts that need digit grouping back to Intl', () => {
    expect(englishRelative(999, 'year')).toBe('in 999 years');
    expect(englishRelative(1000, 'year')).toBeNull();
    expect(englishRelative(-1000, 'year')).toBeNull();
  });

  it('uses the singular for one of a unit without a word of its own', () => {
    expect(englishRelative(1, 'minute')).toBe('in 1 minute');
    expect(englishRelative(-1, 'hour')).toBe('1 hour ago');
    expect(englishRelative(-1, 'month')).toBe('last month');
  });
});

describe('dates, times and countdowns', () => {
  // Noon UTC is the same calendar day in every time zone from UTC-11 to UTC+11.
  it('formats a full date and time', () => {
    expect(createFormatters('en-US').dateTime(NOW)).toMatch(/^Mar 4, 2026, \d{1,2}:00\s?[AP]M$/);
  });

  it('formats a clock time', () => {
    expect(createFormatters('en-GB').time(NOW)).toMatch(/^\d{2}:00$/);
  });

  it('counts down whole seconds, rounding up, never below zero', () => {
    const format = createFormatters('en-US');
    expect(format.countdown(NOW + 65_000, NOW)).toBe('1:05');
    expect(format.countdown(NOW + 59_200, NOW)).toBe('1:00');
    expect(format.countdown(NOW + 9_000, NOW)).toBe('0:09');
    expect(format.countdown(NOW - 5_000, NOW)).toBe('0:00');
  });
});

describe('parseTime', () => {
  it('parses API timestamps and turns absent or unreadable ones into null', () => {
    expect(parseTime('2026-03-04T12:00:00Z')).toBe(NOW);
    expect(parseTime(undefined)).toBeNull();
    expect(parseTime('')).toBeNull();
    expect(parseTime('next Tuesday-ish')).toBeNull();
  });
});
