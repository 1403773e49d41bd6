// Types of the double's test side (`require('electron').__double`), for TypeScript tests.
// The double itself is CommonJS (create.cjs); keep these in step with it.
import type { EventEmitter } from 'node:events';

export interface RecordedCall {
  api: string;
  method: string;
  args: unknown[];
  at: number;
  /** performance.now() in the app's process. */
  t: number;
}

export interface DoubleImage {
  path: string;
  isEmpty(): boolean;
  getSize(): { width: number; height: number };
  isTemplateImage(): boolean;
}

export interface DoubleTray extends EventEmitter {
  image: DoubleImage;
  images: DoubleImage[];
  tooltip: string;
  title: string;
  contextMenu: unknown;
  ignoreDoubleClick: boolean;
  isDestroyed(): boolean;
}

export interface DoubleNotification extends EventEmitter {
  options: Record<string, unknown>;
  id: string;
  /** Windows: the toast as Windows loaded it (null before show or after a failed load). */
  toast: {
    launch: string;
    scenario: string;
    texts: string[];
    actions: { arguments: string; content: string; activationType: string }[];
    images: Record<string, string>[];
    audioSilent: boolean;
  } | null;
  inActionCenter: boolean;
  collected: boolean;
  restored?: boolean;
  title: string;
  body: string;
  actions: { type: string; text?: string }[];
  shown: boolean;
  closed: boolean;
}

export interface DoubleWindow extends EventEmitter {
  options: Record<string, unknown>;
  visible: boolean;
  isDestroyed(): boolean;
  webContents: EventEmitter & { sent: { channel: string; args: unknown[] }[]; url: string };
}

export interface DoubleState {
  config: Record<string, unknown> & { platform: string };
  electronVersion: string;
  ready: boolean;
  /** The `at` of the first call recorded after `ready`. */
  readyAt: number | null;
  quitting: boolean;
  mainStartedAt: number | null;
  /** The process's CPU time (ms) when the main script started loading. */
  mainStartedCpuMs: number | null;
}

export interface DoubleControl {
  state: DoubleState;
  identity: {
    appPath: string;
    name: string;
    version: string;
    packaged: boolean;
    main: string;
    resourcesPath: string;
  };
  platform: string;
  calls: RecordedCall[];
  callsOf(api: string, method?: string): RecordedCall[];
  trays: DoubleTray[];
  notifications: DoubleNotification[];
  windows: DoubleWindow[];
  images: DoubleImage[];
  fetches: { url: string; method: string }[];
  opened: { kind: 'external' | 'path'; target: string }[];
  privilegedSchemes(): { scheme: string; privileges: Record<string, boolean> }[] | null;
  markReady(): void;
  whenReady(): Promise<void>;
  keepAlive(): void;
  release(): void;
  request(url: string, init?: RequestInit): Promise<Response | null>;
  invoke(
    channel: string,
    from?: { sender?: unknown; url?: string | null },
    ...args: unknown[]
  ): Promise<unknown>;
  handledChannels(): string[];
  clickTray(tray: DoubleTray): 'click' | 'menu' | 'nothing';
  rightClickTray(tray: DoubleTray): 'right-click' | 'menu' | 'nothing';
  clickNotification(notification: DoubleNotification): void;
  pressNotificationAction(notification: DoubleNotification, index: number): void;
  dismissNotification(notification: DoubleNotification, reason?: string): void;
  failNotification(notification: DoubleNotification, error?: string): void;
  /** Windows: the app no longer holds the object while it runs; its toast stays, with no delegate. */
  collectNotification(notification: DoubleNotification): void;
  /** Windows: the process that showed the toast has ended (a restart); its toast stays. */
  endProcessOf(notification: DoubleNotification): void;
  /** Windows: the user clicks a timed-out toast's body in the Action Center. */
  clickInActionCenter(notification: DoubleNotification): void;
  /** Windows: the user presses a timed-out toast's button in the Action Center. */
  pressInActionCenter(notification: DoubleNotification, index: number): void;
  /** Windows: a toast of an earlier run is activated (COM activator) with these arguments. */
  activateThroughActivator(args: string): void;
  /** The page registers (true) or drops (false) a `beforeunload` handler that cancels unloading. */
  setPageBeforeUnload(window: DoubleWindow, prevents: boolean): void;
  /** The user presses `accelerator` anywhere on the desktop: who got it. */
  pressShortcut(accelerator: string): 'app' | 'other-app' | 'nothing';
  /** The global shortcuts the app holds now, as it spelled them. */
  registeredShortcuts(): string[];
  activateApp(): void;
  launchSecondInstance(argv?: string[], workingDirectory?: string, additionalData?: unknown): void;
}

/** The `electron` module as the double provides it. */
export type DoubleElectron = typeof import('electron') & { __double: DoubleControl };
