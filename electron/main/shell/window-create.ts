import type { Rect } from '../core/desktop/window-position';
import { denyEverythingOutward, restrictPermissions, type PermissionSessionLike } from './window-permissions';
import { popoverPlatformOptions } from './window-platform';

export const POPOVER_SIZE = { width: 380, height: 560 } as const;

export interface PreventableEvent {
  preventDefault(): void;
}
export interface KeyInput {
  type: string;
  key: string;
}

type Listener = (...args: never[]) => void;

export type SessionLike = PermissionSessionLike;

export interface WebContentsLike {
  readonly session: SessionLike;
  on(event: 'before-input-event', listener: (event: PreventableEvent, input: KeyInput) => void): unknown;
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: PreventableEvent, url: string) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'will-prevent-unload', listener: (event: PreventableEvent) => void): unknown;
  on(event: string, listener: Listener): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
}

export interface BrowserWindowLike {
  readonly webContents: WebContentsLike;
  on(event: 'blur' | 'show' | 'hide' | 'ready-to-show' | 'closed', listener: () => void): unknown;
  on(event: 'close', listener: (event: PreventableEvent) => void): unknown;
  loadURL(url: string): Promise<void>;
  show(): void;
  hide(): void;
  focus(): void;
  isVisible(): boolean;
  isDestroyed(): boolean;
  setPosition(x: number, y: number): void;
  setVisibleOnAllWorkspaces(
    visible: boolean,
    options?: { visibleOnFullScreen?: boolean; skipTransformProcessType?: boolean },
  ): void;
  close(): void;
  destroy(): void;
}

export interface ScreenLike {
  getDisplayMatching(rect: Rect): { workArea: Rect };
  getDisplayNearestPoint(point: { x: number; y: number }): { workArea: Rect };
  getCursorScreenPoint(): { x: number; y: number };
}

/** The options the shell passes to Electron's BrowserWindow; typed loosely so tests can record them. */
export type WindowOptions = Record<string, unknown> & { webPreferences: Record<string, unknown> };

export interface WindowDeps {
  BrowserWindow: new (options: WindowOptions) => BrowserWindowLike;
  screen: ScreenLike;
  /** app://invitray/index.html, or the dev server's URL in development. */
  url: string;
  /** The only origin granted anything (the clipboard write of the Copy buttons). */
  origin: string;
  preloadPath: string;
  /** Tray icon bounds; null or all zeros where the platform does not report them. */
  trayBounds: () => Rect | null;
  /** Devtools only in development. */
  devTools: boolean;
  platform?: NodeJS.Platform | string;
  /** A native Wayland session (window-platform.ts): the popover becomes an ordinary window. */
  wayland?: boolean;
  /** Called whenever the window is shown (the core refreshes). */
  onShow?: () => void;
  /** Something the page shows is still working in main (an answer in flight): keep the page. */
  isBusy?: () => boolean;
  /** How long a hidden popover keeps its page before it is closed (window.ts says why). */
  idleCloseMs?: number;
  now?: () => number;
  log: { warn(message: string): void };
}

export interface PopoverWindow {
  toggle(): void;
  show(): void;
  hide(): void;
  isVisible(): boolean;
  /** Main -> renderer event; held until a new page has loaded, dropped while there is none. */
  send(channel: string, payload: unknown): void;
  /** Let the next close really close (app quitting); until then closing only hides. */
  allowClose(): void;
  /** True for this window's own webContents (IPC accepts calls from nowhere else). */
  isOwnContents(sender: unknown): boolean;
  /** Whether a page exists now (false while closed to save its renderer). */
  hasPage(): boolean;
}

/**
 * One popover BrowserWindow: frameless, no taskbar entry, created hidden. Everything the page
 * could use to leave the app (navigation, new windows, webviews, permissions but the clipboard
 * write) is refused here. Escape is the page's once it has loaded (window.ts).
 */
export function createPopoverBrowserWindow(deps: WindowDeps): BrowserWindowLike {
  const window = new deps.BrowserWindow({
    width: POPOVER_SIZE.width,
    height: POPOVER_SIZE.height,
    show: false,
    resizable: false,
    movable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    ...popoverPlatformOptions(deps.wayland ?? false),
    title: 'Invitray',
    webPreferences: {
      preload: deps.preloadPath, // eng-disable PRELOAD_JS_CHECK -- our bundled preload exposes only the typed IPC contract
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: deps.devTools,
    },
  });
  const contents = window.webContents;
  // macOS: over fullscreen apps and on every Space, like the menu it stands in for. The app is
  // already a UIElement (LSUIElement / dock.hide), so no process-type flip (it blinks the Dock).
  if (deps.platform === 'darwin') {
    window.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true, skipTransformProcessType: true });
  }
  denyEverythingOutward(contents);
  restrictPermissions(contents.session, {
    isOwnContents: (sender) => sender === contents,
    origin: deps.origin,
  });
  window.loadURL(deps.url).catch((error: unknown) => {
    deps.log.warn(
      `The window could not load its page: ${error instanceof Error ? error.message : String(error)}`,
    );
  });
  return window;
}
