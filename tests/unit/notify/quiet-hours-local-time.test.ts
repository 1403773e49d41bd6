import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localMinutes } from '../../../electron/main/core/notify/quiet-hours';

// Quiet hours in the machine's own time zone on the nights the clocks change: the window
// follows the wall clock, not a UTC offset taken in the evening. Node re-reads process.env.TZ
// when it is assigned. The nights themselves run through the whole core, tray count included:
// tests/integration/app/quiet-hours-clock-change.test.ts.

const zone = process.env.TZ;
beforeEach(() => {
  process.env.TZ = 'Europe/Berlin';
});
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

const utc = (month: number, day: number, hh: number, mm = 0) => Date.UTC(2025, month - 1, day, hh, mm);

describe('local time for quiet hours', () => {
  it('reads the wall clock on both sides of a clock change', () => {
    // 30 March 2025: 02:00 CET jumps to 03:00 CEST (01:00 UTC).
    expect(localMinutes(utc(3, 30, 0, 30))).toBe(1 * 60 + 30);
    expect(localMinutes(utc(3, 30, 1, 30))).toBe(3 * 60 + 30);
    // 26 October 2025: 03:00 CEST falls back to 02:00 CET (01:00 UTC); 02:30 happens twice.
    expect(localMinutes(utc(10, 26, 0, 30))).toBe(2 * 60 + 30);
    expect(localMinutes(utc(10, 26, 1, 30))).toBe(2 * 60 + 30);
    expect(localMinutes(utc(10, 26, 6, 0))).toBe(7 * 60);
  });
});
