import type { DoubleElectron } from './types';

export interface DoubleConfig {
  platform: 'linux' | 'darwin' | 'win32';
  launch: { kind: 'dir' | 'file'; path: string } | { kind: 'packaged'; resourcesPath: string };
  linuxTrayClicks?: boolean;
  notificationsSupported?: boolean;
  lockHeld?: boolean;
  online?: boolean;
  argv?: string[];
  takenShortcuts?: string[];
  macAccessibilityTrusted?: boolean;
  linuxSession?: 'x11' | 'wayland';
  globalShortcutsPortal?: boolean;
  preferredSystemLanguages?: string[];
  locale?: string;
  systemLocale?: string;
  windowsActivation?: 'source' | 'documented-instance-first' | 'documented-callback-first';
  pendingActivations?: { type: string; arguments: string; actionIndex?: number }[];
  codeSigned?: boolean;
  deliveredNotifications?: { id: string; title?: string; body?: string }[];
}

export declare function createElectronDouble(config: DoubleConfig): DoubleElectron;
export declare const ELECTRON_RESOURCES: string;
