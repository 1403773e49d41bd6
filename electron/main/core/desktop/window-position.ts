/** A screen rectangle in DIP, as Electron reports bounds and work areas. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Gap between the tray icon (or the panel it sits in) and the popover. */
const GAP = 4;

/**
 * Where the popover goes: next to the tray icon, on the side facing the work area,
 * kept inside the work area. Tray bounds are all zeros where the platform does not
 * report them (Linux/Wayland, some StatusNotifier hosts): then the popover is centred.
 */
export function popoverPosition(
  trayBounds: Rect | null,
  workArea: Rect,
  size: Size,
): { x: number; y: number } {
  if (!trayBounds || trayBounds.width <= 0 || trayBounds.height <= 0) return centred(workArea, size);

  const trayCentreX = trayBounds.x + trayBounds.width / 2;
  const trayCentreY = trayBounds.y + trayBounds.height / 2;
  const workBottom = workArea.y + workArea.height;
  const workRight = workArea.x + workArea.width;

  let x: number;
  let y: number;
  if (trayBounds.x + trayBounds.width <= workArea.x) {
    // Taskbar on the left: open to its right.
    x = workArea.x + GAP;
    y = trayCentreY - size.height / 2;
  } else if (trayBounds.x >= workRight) {
    // Taskbar on the right: open to its left.
    x = workRight - size.width - GAP;
    y = trayCentreY - size.height / 2;
  } else {
    x = trayCentreX - size.width / 2;
    const trayInTopHalf = trayCentreY < workArea.y + workArea.height / 2;
    y = trayInTopHalf
      ? Math.max(trayBounds.y + trayBounds.height, workArea.y) + GAP
      : Math.min(trayBounds.y, workBottom) - size.height - GAP;
  }
  return {
    x: Math.round(clamp(x, workArea.x, workRight - size.width)),
    y: Math.round(clamp(y, workArea.y, workBottom - size.height)),
  };
}

function centred(workArea: Rect, size: Size): { x: number; y: number } {
  return {
    x: Math.round(workArea.x + (workArea.width - size.width) / 2),
    y: Math.round(workArea.y + (workArea.height - size.height) / 2),
  };
}

/** Clamp, preferring the low edge when the window is larger than the area. */
function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, high));
}
