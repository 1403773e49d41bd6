// The tray icon files under resources/ and which one each state uses. The files are
// made by scripts/generate-icons.mjs; tests/unit/resources/tray-icons.test.ts checks
// that this catalog and the files on disk match exactly.

export const TRAY_COUNT_STATES = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '9plus'] as const;

/**
 * Issue 22: the same count (or dot) with a clock mark, while a pending invitation lapses
 * within URGENT_WINDOW_MS (tray/urgency.ts).
 */
export const TRAY_URGENT_STATES = [
  'urgent-1',
  'urgent-2',
  'urgent-3',
  'urgent-4',
  'urgent-5',
  'urgent-6',
  'urgent-7',
  'urgent-8',
  'urgent-9',
  'urgent-9plus',
  'urgent-pending',
] as const;

/**
 * What the tray icon shows. `pending`: there are invitations but the user turned the
 * count off (a plain dot instead of a number).
 */
export const TRAY_ICON_STATES = [
  'signed-out',
  'idle',
  ...TRAY_COUNT_STATES,
  'pending',
  'error',
  'offline',
  ...TRAY_URGENT_STATES,
] as const;
export type TrayIconState = (typeof TRAY_ICON_STATES)[number];

/** Icon sizes Linux panels ask for (KDE 22, GNOME/XFCE 24, 2x scaling 48). */
export const LINUX_TRAY_SIZES = [22, 24, 48] as const;
export type LinuxTraySize = (typeof LINUX_TRAY_SIZES)[number];

/** macOS template images (black + alpha, tinted by the menu bar): no number, the count is the title. */
const MAC_TEMPLATES: Record<TrayIconState, string> = {
  'signed-out': 'traySignedOutTemplate',
  idle: 'trayTemplate',
  ...(Object.fromEntries(TRAY_COUNT_STATES.map((state) => [state, 'trayTemplate'])) as Record<
    (typeof TRAY_COUNT_STATES)[number],
    string
  >),
  pending: 'trayPendingTemplate',
  error: 'trayErrorTemplate',
  offline: 'trayOfflineTemplate',
  // The menu-bar title carries the count and the urgent mark (tray-view.ts).
  ...(Object.fromEntries(TRAY_URGENT_STATES.map((state) => [state, 'trayUrgentTemplate'])) as Record<
    (typeof TRAY_URGENT_STATES)[number],
    string
  >),
};

/**
 * The tray state for a pending count: 0 idle, 1-9, more than 9 "9+", or a dot when the count
 * is hidden; `urgent` (one lapses within a day) adds the clock mark.
 */
export function countState(count: number, showCount: boolean, urgent = false): TrayIconState {
  if (!Number.isFinite(count) || count <= 0) return 'idle';
  const plain = !showCount ? 'pending' : count > 9 ? '9plus' : String(Math.floor(count));
  return (urgent ? `urgent-${plain}` : plain) as TrayIconState;
}

export function isUrgentState(state: TrayIconState): boolean {
  return state.startsWith('urgent-');
}

export interface IconOptions {
  /** Linux only: which panel size to load. Default 24. */
  linuxSize?: LinuxTraySize;
}

/**
 * The icon file for a state, relative to the resources directory. Windows gets the 16 px
 * file and Electron loads its `@2x` sibling by itself; macOS a template image (ditto).
 */
export function iconFor(state: TrayIconState, platform: string, options: IconOptions = {}): string {
  if (platform === 'darwin') return `tray/mac/${MAC_TEMPLATES[state]}.png`;
  if (platform === 'win32') return `tray/tray-${state}.png`;
  return `tray/linux/tray-${state}-${options.linuxSize ?? 24}.png`;
}

export interface TrayIconFile {
  /** Relative to the resources directory. */
  path: string;
  state: TrayIconState;
  size: number;
  template: boolean;
}

/** Every tray icon file the app ships. */
export function trayIconFiles(): TrayIconFile[] {
  const files: TrayIconFile[] = [];
  for (const state of TRAY_ICON_STATES) {
    files.push({ path: `tray/tray-${state}.png`, state, size: 16, template: false });
    files.push({ path: `tray/tray-${state}@2x.png`, state, size: 32, template: false });
    for (const size of LINUX_TRAY_SIZES) {
      files.push({ path: `tray/linux/tray-${state}-${size}.png`, state, size, template: false });
    }
  }
  const templates = new Map<string, TrayIconState>();
  for (const state of TRAY_ICON_STATES)
    if (!templates.has(MAC_TEMPLATES[state])) templates.set(MAC_TEMPLATES[state], state);
  for (const [name, state] of templates) {
    files.push({ path: `tray/mac/${name}.png`, state, size: 16, template: true });
    files.push({ path: `tray/mac/${name}@2x.png`, state, size: 32, template: true });
  }
  return files;
}
