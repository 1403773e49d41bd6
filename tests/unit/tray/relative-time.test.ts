import { describe, expect, it } from 'vitest';
import { nextRelativeChange, relativeTime } from '../../../electron/main/core/tray/relative-time';

const NOW = Date.parse('2025-06-01T12:00:00Z');
const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('relativeTime', () => {
  it.each([
    [NOW, 'just now'],
    [NOW - 30 * S, 'just now'],
    [NOW - 2 * M - 50 * S, '2 min ago'],
    [NOW + 3 * M + 10 * S, 'in 4 min'],
    [NOW + 20 * S, 'in under 1 min'],
    [NOW - 61 * M, '1 hr ago'],
    [NOW + 5 * H, 'in 5 hr'],
    [NOW - 3 * D, '3 days ago'],
    [NOW + D + 2 * H, 'in 1 day'],
  ])('short: %i -> %s', (at, text) => {
    expect(relativeTime(at, NOW)).toBe(text);
  });

  it.each([
    [NOW + 5 * H, 'in 5 hours'],
    [NOW + 1 * H, 'in 1 hour'],
    [NOW + 90 * M, 'in 2 hours'],
    [NOW + 45 * M, 'in 45 minutes'],
    [NOW + 30 * S, 'in less than a minute'],
    [NOW + 2 * D, 'in 2 days'],
  ])('long: %i -> %s', (at, text) => {
    expect(relativeTime(at, NOW, 'long')).toBe(text);
  });
});

describe('nextRelativeChange', () => {
  const text = (at: number, now: number) => relativeTime(at, now, 'long');
  // Offsets from `at` on both sides, around every edge the rounding has.
  const offsets = [
    0,
    1,
    999,
    30 * S,
    M - 1,
    M,
    M + 1,
    90 * S,
    2 * M,
    59 * M,
    59 * M + 1,
    H - 1,
    H,
    H + 1,
    90 * M - 1,
    90 * M,
    90 * M + 1,
    5 * H + 17 * M,
    23 * H + 29 * M,
    23.5 * H,
    23.5 * H + 1,
    D - 1,
    D,
    D + 1,
    1.5 * D - 1,
    1.5 * D,
    1.5 * D + 1,
    3 * D + 7 * H + 11 * S,
    12 * D,
  ];
  const cases = offsets.flatMap((offset) => [NOW + offset, NOW - offset]);

  it.each(cases)('the label for %i holds until the returned moment, and changes there', (at) => {
    const next = nextRelativeChange(at, NOW);
    expect(next).toBeGreaterThan(NOW);
    expect(Number.isInteger(next)).toBe(true);
    const shown = text(at, NOW);
    for (const moment of [NOW, Math.floor((NOW + next) / 2), next - 1]) {
      expect(text(at, moment)).toBe(shown);
    }
    expect(text(at, next)).not.toBe(shown);
  });

  it('steps once a day for an invitation days away, and every minute in its last hour', () => {
    expect(nextRelativeChange(NOW + 7 * D, NOW)).toBe(NOW + 12 * H + 1);
    expect(nextRelativeChange(NOW + 10 * M, NOW)).toBe(NOW + M);
  });
});
