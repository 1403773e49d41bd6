export type DoublePlatform = 'linux' | 'darwin' | 'win32';
export type DoubleLaunch =
  { kind: 'dir' | 'file'; path: string } | { kind: 'packaged'; resourcesPath: string };

export interface DoubleOptions {
  platform: DoublePlatform;
  launch: DoubleLaunch;
  args?: string[];
  double?: {
    linuxTrayClicks?: boolean;
    notificationsSupported?: boolean;
    lockHeld?: boolean;
    online?: boolean;
    /** Accelerators other apps hold: register() of one of them returns false. */
    takenShortcuts?: string[];
    /** macOS: the app is a trusted accessibility client (media keys register). */
    macAccessibilityTrusted?: boolean;
    /** Linux: the desktop session (sets XDG_SESSION_TYPE and WAYLAND_DISPLAY for the app). */
    linuxSession?: 'x11' | 'wayland';
    /** Linux Wayland: the desktop offers the GlobalShortcuts portal (default true). */
    globalShortcutsPortal?: boolean;
    /** What app.getPreferredSystemLanguages() returns, e.g. ['de-DE']. */
    preferredSystemLanguages?: string[];
    /** app.getLocale() (default: Chromium's pick for the first preferred language). */
    locale?: string;
    /** app.getSystemLocale() (default: the first preferred language). */
    systemLocale?: string;
    /** Windows: which reading of Electron's toast activation paths (windows-activation.cjs). */
    windowsActivation?: 'source' | 'documented-instance-first' | 'documented-callback-first';
    /** Windows: activations that reached Electron before the app registered handleActivation. */
    pendingActivations?: { type: string; arguments: string; actionIndex?: number }[];
    /** macOS: a signed build (Notification.getHistory resolves what is delivered). */
    codeSigned?: boolean;
    /** macOS: what Notification Center still shows from earlier runs. */
    deliveredNotifications?: { id: string; title?: string; body?: string }[];
  };
  /** Files written in the sandbox home before the app starts: path under the home -> text. */
  homeFiles?: Record<string, string>;
  nodeArgs?: string[];
  cwd?: string;
}

export interface LaunchedApp {
  readonly pid: number | undefined;
  readonly sandbox: string;
  output(): string;
  exitInfo(): { code: number | null; signal: NodeJS.Signals | null } | null;
  exitReport(): ExitReport | null;
  evaluate<R, A>(fn: (electron: never, arg: A) => R | Promise<R>, arg: A): Promise<R>;
  waitForExit(timeoutMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  close(): Promise<void>;
}

export function launchUnderDouble(options: DoubleOptions): LaunchedApp;

export interface ExitReport {
  code: number;
  ready: boolean;
  quitting: boolean;
  calls: Record<string, number>;
  trays: { destroyed: boolean }[];
  windows: { destroyed: boolean }[];
  notifications: { title: string; shown: boolean; closed: boolean }[];
  /** Global shortcuts the app still held when it exited. */
  globalShortcuts: string[];
}
