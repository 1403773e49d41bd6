import { describe, expect, it } from 'vitest';
import { popoverPosition } from '../../../electron/main/core/desktop/window-position';

const size = { width: 380, height: 560 };
const screen = { x: 0, y: 0, width: 1920, height: 1080 };

describe('popoverPosition', () => {
  it('centres on the work area when the tray bounds are unknown (Wayland) or zero', () => {
    const work = { x: 0, y: 32, width: 1920, height: 1048 };
    const expected = { x: 770, y: 276 };
    expect(popoverPosition(null, work, size)).toEqual(expected);
    expect(popoverPosition({ x: 0, y: 0, width: 0, height: 0 }, work, size)).toEqual(expected);
  });

  it('opens below a tray icon in a top menu bar (macOS, GNOME), centred under the icon', () => {
    const work = { x: 0, y: 25, width: 1920, height: 1055 };
    const tray = { x: 1500, y: 0, width: 24, height: 24 };
    expect(popoverPosition(tray, work, size)).toEqual({ x: 1322, y: 29 });
  });

  it('opens above a tray icon in a bottom taskbar (Windows), kept inside the right edge', () => {
    const work = { x: 0, y: 0, width: 1920, height: 1040 };
    const tray = { x: 1880, y: 1044, width: 32, height: 32 };
    expect(popoverPosition(tray, work, size)).toEqual({ x: 1540, y: 476 });
  });

  it('opens beside a taskbar on the left or right edge', () => {
    const left = { x: 48, y: 0, width: 1872, height: 1080 };
    expect(popoverPosition({ x: 8, y: 1000, width: 32, height: 32 }, left, size)).toEqual({ x: 52, y: 520 });
    const right = { x: 0, y: 0, width: 1872, height: 1080 };
    expect(popoverPosition({ x: 1880, y: 100, width: 32, height: 32 }, right, size)).toEqual({
      x: 1488,
      y: 0,
    });
  });

  it('never leaves the work area, even on a secondary display with a negative origin', () => {
    const work = { x: -1280, y: 0, width: 1280, height: 1024 };
    const { x, y } = popoverPosition({ x: -1275, y: 2, width: 20, height: 20 }, work, size);
    expect(x).toBeGreaterThanOrEqual(work.x);
    expect(x + size.width).toBeLessThanOrEqual(work.x + work.width);
    expect(y).toBeGreaterThanOrEqual(work.y);
    expect(popoverPosition({ x: 10, y: 10, width: 20, height: 20 }, screen, size).x).toBe(0);
  });
});
