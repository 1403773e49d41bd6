import type { AppInfo, CredentialInput, PreferencesPatch } from '../../../shared/ipc-contract';
import type { AppSnapshot, Invite, InviteResponse, Preferences, ProfileSummary } from '../../../shared/types';
import type { CatalogueSource } from '../../../shared/i18n/catalogue';
import type { SettingsRepository } from '../accounts/settings-repository';
import type { Keychain } from '../accounts/keychain';
import type { CreateCloudflareApi, Credential } from '../cloudflare/api';
import type { NotificationSpec } from '../notify/notify-policy';
import type { Clock } from '../sync/clock';
import type { MenuAction, TrayView } from '../tray/tray-view';
import type { LinuxTraySize } from '../tray/tray-icons';
import type { ApplyGlobalShortcut } from './shortcut-control';

/** Where log lines go. Callers never pass secrets; the shell redacts again anyway. */
export interface CoreLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** A running demo API: its base URL and the public credential that opens it. */
export interface DemoEndpoint {
  baseUrl: string;
  /** Default: the demo's full-access token. */
  credential?: Credential;
  /** Called on stop() when this core started the endpoint. */
  close?: () => Promise<void>;
}

/** What the window should show when the core asks the shell to open it. */
import type { WindowRoute } from '../../../shared/types';
export type { WindowRoute };

/** Start at login as the OS has it: on, off (maybe turned off outside the app), or waiting for approval (macOS 13+). */
export type LoginItemState = 'enabled' | 'disabled' | 'requires-approval';

/** How the user acted on a notification: its body, or one of its Accept / Decline buttons. */
export type NotificationActivation = 'click' | 'accept' | 'decline';

export interface InvitrayCoreDeps {
  settings: SettingsRepository;
  keychain: Keychain;
  createApi: CreateCloudflareApi;
  /** Already resolved (env, setting, default): see resolveApiBaseUrl. */
  apiBaseUrl: string;
  /** Default: the system clock. Also handed to the API client, so expiry and Retry-After agree. */
  clock?: Clock;
  /** [0, 1) for backoff jitter. Default Math.random. */
  random?: () => number;
  platform: NodeJS.Platform | string;
  appInfo: AppInfo;
  /** Starts (once) the built-in demo API for "Try the demo"; absent: the demo uses apiBaseUrl. */
  startDemo?: () => Promise<DemoEndpoint>;
  openExternal(url: string): Promise<void> | void;
  openLogs(): Promise<void> | void;
  hideWindow(): void;
  quit(): void;
  /** Applies the start-at-login preference to the OS; a rejection reverts the setting. */
  setLoginItem?(enabled: boolean): Promise<LoginItemState | void> | LoginItemState | void;
  restartToUpdate?(): void;
  /** Registers the global shortcut with the OS (shell/global-shortcut.ts); absent: none. */
  applyGlobalShortcut?: ApplyGlobalShortcut;
  /** Minutes after local midnight at a time, for quiet hours; default the machine's time zone. */
  localMinutes?: (at: number) => number;
  /** The OS's preferred languages, best first (app.getPreferredSystemLanguages(), app.getLocale()). */
  systemLanguages?: readonly string[];
  /**
   * The catalogues (shared/i18n/catalogue.ts): the app's load on demand (lazy-catalogues.ts), so
   * the one the settings or the OS ask for must be loaded before the core is created.
   */
  catalogues: CatalogueSource;
  linuxTraySize?: LinuxTraySize;
  log: CoreLog;
}

/**
 * The whole application without Electron: Electron's main process and the browser
 * test harness both drive this one object. Every method that returns a promise
 * rejects only with an AppError (see ../errors.ts), except where noted.
 */
export interface InvitrayCore {
  /** Starts syncing every profile and the timer for the next change by time alone (lapses, reminders, quiet hours' end, tray times). */
  start(): void;
  /** Stops timers and lists in flight, and closes a demo API this core started. */
  stop(): Promise<void>;
  /** Settles when no list or answer is in flight: for tests and the harness. */
  whenIdle(): Promise<void>;

  snapshot(): AppSnapshot;
  trayView(): TrayView;
  refresh(profileId?: string): Promise<void>;
  respond(profileId: string, inviteId: string, response: InviteResponse): Promise<Invite>;
  /**
   * Leaves the account an invitation answered here joined (DELETE /memberships/{id}); a membership
   * already gone counts as left. Rejects with the usual error kinds (permission, rate limit, offline).
   */
  leaveAccount(profileId: string, inviteId: string): Promise<void>;
  /** Takes back a decline held with an Undo (tray menu, notification button); false when none was held. */
  undoDecline(profileId: string, inviteId: string): boolean;
  /** Fetches one invitation fresh from Cloudflare. */
  details(profileId: string, inviteId: string): Promise<Invite>;

  listAccounts(): ProfileSummary[];
  /** Verifies the credential, stores it, starts syncing; its first list raises no notification. */
  addAccount(label: string | undefined, credential: CredentialInput): Promise<ProfileSummary>;
  updateCredential(profileId: string, credential: CredentialInput): Promise<ProfileSummary>;
  removeAccount(profileId: string): Promise<void>;
  /** Adds (or returns the existing) account on the built-in demo API. */
  tryDemo(): Promise<ProfileSummary>;

  preferences(): Preferences;
  updatePreferences(patch: PreferencesPatch): Promise<Preferences>;
  appInfo(): AppInfo;
  /** Refuses anything but Cloudflare dashboard and documentation links. */
  openExternal(url: string): Promise<void>;
  openLogs(): Promise<void>;
  hideWindow(): void;
  quit(): void;
  /** The updater tells the core a download is ready; the tray menu offers "Restart to update". */
  setUpdateReady(ready: boolean): void;

  /** A newer version exists that the app does not install itself (deb/rpm: the package manager does). */
  setUpdateAvailable(version: string | null): void;
  /** What the OS says about start at login (at start, after a change): off wins, approval is a notice. */
  applyLoginItemState(state: LoginItemState): void;
  /** The OS refused to show a notification (macOS unsigned, no permission): tell the user once. */
  notificationsFailed(reason: string): void;

  /** Never rejects: failures become a notification (answers) or a log line. */
  activateNotification(spec: NotificationSpec, action: NotificationActivation): Promise<void>;
  /**
   * A notification known only by its id (Windows handleActivation: Action Center, cold start).
   * Answers only a pending invitation, once; anything else opens the window.
   */
  activateNotificationId(id: string, action: NotificationActivation): Promise<void>;
  /** Never rejects: a tray menu item has nowhere to show an error but a notification. */
  handleMenuAction(action: MenuAction): Promise<void>;

  onSnapshot(listener: (snapshot: AppSnapshot) => void): () => void;
  /** Emitted when what the tray shows changed (deduplicated). */
  onTrayView(listener: (view: TrayView) => void): () => void;
  onNotification(listener: (spec: NotificationSpec) => void): () => void;
  onShowWindow(listener: (route: WindowRoute) => void): () => void;
}
