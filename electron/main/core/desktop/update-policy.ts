// When and whether the app looks for updates, and what the tray should show about them.
// Pure: the shell's updater adapter feeds it electron-updater's events and a clock.

/** Check once shortly after start, then every 6 hours. */
export const UPDATE_CHECK_INTERVAL_MS = 6 * 60 * 60 * 1000;
/** The first check waits until boot (tray, first sync) is done rather than competing with it. */
export const FIRST_CHECK_DELAY_MS = 10_000;
const MAX_ERROR_LENGTH = 200;

/** 'available': a newer version the app will not install itself (see updateMode). */
export type UpdateStatus = 'idle' | 'checking' | 'available' | 'downloading' | 'ready' | 'error';

export interface UpdateState {
  status: UpdateStatus;
  /** The version being downloaded or ready to install. */
  version: string | null;
  /** Download progress 0-100 while downloading. */
  percent: number | null;
  /** A one-line reason after a failed check or download (logged; never a crash). */
  error: string | null;
  /** Epoch ms of the last check that started. */
  lastCheckAt: number | null;
}

export const INITIAL_UPDATE_STATE: UpdateState = {
  status: 'idle',
  version: null,
  percent: null,
  error: null,
  lastCheckAt: null,
};

export interface UpdateEnvironment {
  /** False when running from source (`npm run dev` / `npm start`): there is nothing to update. */
  packaged: boolean;
  /** Demo mode talks to the built-in fake API and must stay offline and reproducible. */
  demo: boolean;
  /**
   * Linux: the `package-type` file electron-builder writes into resources/ (deb, rpm, pacman;
   * absent for the AppImage). electron-updater picks its DebUpdater & co. from it, which
   * install with `pkexec dpkg -i`; such installs belong to the package manager instead.
   */
  packageType?: string | null;
}

/** How far the app takes an update: download and install it, or only say that it exists. */
export type UpdateMode = 'install' | 'notify-only';

const PACKAGE_MANAGED = new Set(['deb', 'rpm', 'pacman']);

export function updateMode(env: UpdateEnvironment): UpdateMode {
  return env.packageType && PACKAGE_MANAGED.has(env.packageType.trim()) ? 'notify-only' : 'install';
}

export type UpdatesDisabledReason = 'development' | 'demo';

/** Why updates are off in this environment, or null when the app should check. */
export function updatesDisabledReason(env: UpdateEnvironment): UpdatesDisabledReason | null {
  if (!env.packaged) return 'development';
  if (env.demo) return 'demo';
  return null;
}

/** What electron-updater reported, reduced to what the state needs. */
export type UpdateEvent =
  | { type: 'checking' }
  | { type: 'available'; version: string }
  /** notify-only: a newer version exists; nothing is downloaded. */
  | { type: 'offered'; version: string }
  | { type: 'not-available' }
  | { type: 'progress'; percent: number }
  | { type: 'downloaded'; version: string }
  | { type: 'error'; message: string };

/** The next state after `event` at time `now`. Never leaves 'ready': the download waits for a restart. */
export function reduceUpdateState(state: UpdateState, event: UpdateEvent, now: number): UpdateState {
  if (state.status === 'ready') return state;
  switch (event.type) {
    case 'checking':
      // The adapter marks a check as started before electron-updater says so itself.
      if (state.status === 'checking') return state;
      return { ...state, status: 'checking', percent: null, error: null, lastCheckAt: now };
    case 'available':
      return { ...state, status: 'downloading', version: event.version, percent: 0, error: null };
    case 'offered':
      return { ...state, status: 'available', version: event.version, percent: null, error: null };
    case 'not-available':
      return { ...state, status: 'idle', version: null, percent: null, error: null };
    case 'progress':
      return state.status === 'downloading' ? { ...state, percent: clampPercent(event.percent) } : state;
    case 'downloaded':
      return { ...state, status: 'ready', version: event.version, percent: 100, error: null };
    case 'error':
      return { ...state, status: 'error', percent: null, error: summarizeUpdateError(event.message) };
  }
}

/** A new check would only repeat one in flight, or replace a download that waits for a restart. */
export function shouldStartCheck(state: UpdateState): boolean {
  return state.status === 'idle' || state.status === 'error' || state.status === 'available';
}

/** True exactly when an update has just become ready: time for the one notification. */
export function becameReady(previous: UpdateState, next: UpdateState): boolean {
  return previous.status !== 'ready' && next.status === 'ready';
}

/** The tray's update item: only offered once an update is downloaded. */
export function updateMenuLabel(state: UpdateState): string | null {
  if (state.status !== 'ready') return null;
  return state.version ? `Restart to update to ${state.version}` : 'Restart to update';
}

/** First line of an updater error, bounded: updater errors can carry whole HTTP responses. */
export function summarizeUpdateError(message: unknown): string {
  const text = message instanceof Error ? message.message : String(message);
  const firstLine = text.split(/\r?\n/, 1)[0]?.trim() || 'Unknown update error';
  return firstLine.length > MAX_ERROR_LENGTH ? `${firstLine.slice(0, MAX_ERROR_LENGTH - 1)}…` : firstLine;
}

function clampPercent(percent: number): number {
  if (!Number.isFinite(percent)) return 0;
  return Math.min(100, Math.max(0, Math.round(percent)));
}
