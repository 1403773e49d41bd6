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
  };
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
}
