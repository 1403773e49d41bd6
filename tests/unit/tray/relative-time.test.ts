import { describe, expect, it } from 'vitest';
import { relativeTime } from '../../../electron/main/core/tray/relative-time';

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
