import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { createKeychain } from '../../../electron/main/core/accounts/keychain';
import type { Keychain } from '../../../electron/main/core/accounts/keychain';
import { openSettings } from '../../../electron/main/core/accounts/open-settings';
import { createInvitrayCore, createSessionKeychain } from '../../../electron/main/core/app';
import type { InvitrayCore, NotificationActivation, WindowRoute } from '../../../electron/main/core/app';
import { createCloudflareApi } from '../../../electron/main/core/cloudflare';
import { startDemoServer } from '../../../electron/main/core/demo/server';
import type { DemoServer } from '../../../electron/main/core/demo/server';
import type { DemoInvite } from '../../../electron/main/core/demo/seed';
import { createIpcDispatcher, redactOutbound } from '../../../electron/main/core/ipc';
import { createFirstScreenSource, firstScreenState } from '../../../electron/main/shell/first-screen';
import { pushState } from '../../../electron/main/shell/ipc';
import type { IpcResult } from '../../../electron/shared/ipc-contract';
import type { AppSnapshot } from '../../../electron/shared/types';
import type { NotificationSpec } from '../../../electron/main/core/notify/notify-policy';
import type { TrayView } from '../../../electron/main/core/tray/tray-view';
import { HarnessClock } from './clock';
import { MAIN_DIR, RENDERER_DIR } from './paths';
import { startRendererServer } from './renderer-server';
import type { RendererServer } from './renderer-server';
import { everyCatalogue } from '../../../electron/shared/i18n/catalogues';

// The whole app minus Electron: the real core (real settings file, real keychain, real
// HTTP to the demo API), the IPC dispatcher main uses, and the built renderer served
// as main serves it. Electron's own objects are the only things replaced: what the tray
// and notifications would show is recorded, and the window's hide/open calls are counted.

export interface HarnessOptions {
  /** Invitations the demo API starts with; default its built-in seed. */
  invites?: readonly DemoInvite[];
  /**
   * 'os' (default): the real OS keychain under a throwaway service name. 'session': the
   * in-memory keychain demo mode uses, for the benchmark, which needs no Secret Service.
   */
  keychain?: 'os' | 'session';
  /** Global shortcuts "another app" already holds: registering one is refused, as the OS would. */
  takenShortcuts?: readonly string[];
  /** A desktop that gives apps no global keys (Wayland without the GlobalShortcuts portal). */
  noGlobalShortcuts?: boolean;
  /** What app.getPreferredSystemLanguages() would say; default none (English). */
  systemLanguages?: readonly string[];
  /** A global shortcut already in the settings file, written past every check (as if edited by hand). */
  storedShortcut?: string;
}

export interface Recorded {
  trayViews: TrayView[];
  notifications: NotificationSpec[];
  externalUrls: string[];
  windowRoutes: WindowRoute[];
  hideWindow: number;
  /** The global shortcut registered with the "OS" now ('' none). */
  shortcut: string;
  openLogs: number;
  quit: number;
  /** Everything main sent the page: IPC answers and state pushes, as they crossed. */
  ipcResults: IpcResult<unknown>[];
  statePushes: AppSnapshot[];
  /** Every line the core logged. */
  logs: string[];
}

export interface Harness {
  readonly url: string;
  readonly demo: DemoServer;
  readonly core: InvitrayCore;
  readonly clock: HarnessClock;
  /** The real OS keychain under this run's throwaway service name. */
  readonly keychain: Keychain;
  readonly recorded: Recorded;
  /** The directory holding this run's settings file. */
  readonly settingsDir: string;
  /** The tray's latest view: what the icon, tooltip and menu show now. */
  tray(): TrayView;
  /** As if the user clicked the notification (or one of its buttons). */
  activateNotification(spec: NotificationSpec, action?: NotificationActivation): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const clock = new HarnessClock();
  const demo = await startDemoServer(options.invites ? { invites: options.invites } : {});
  const dir = mkdtempSync(join(tmpdir(), 'invitray-e2e-'));
  const { settings, store } = openSettings({ cwd: dir, createStore: (o) => new Conf(o) });
  if (options.storedShortcut !== undefined) store.set('globalShortcut', options.storedShortcut);
  // The real OS keychain, under a throwaway service name; close() removes every entry.
  const keychain =
    options.keychain === 'session'
      ? createSessionKeychain()
      : createKeychain({ service: `Invitray e2e ${randomUUID()}` });
  const recorded: Recorded = {
    trayViews: [],
    notifications: [],
    externalUrls: [],
    windowRoutes: [],
    hideWindow: 0,
    shortcut: '',
    openLogs: 0,
    quit: 0,
    ipcResults: [],
    statePushes: [],
    logs: [],
  };

  const core = createInvitrayCore({
    catalogues: everyCatalogue,
    settings,
    keychain,
    createApi: createCloudflareApi,
    apiBaseUrl: demo.baseUrl,
    clock,
    random: () => 0.5,
    platform: 'linux',
    appInfo: { version: '0.0.0-e2e', platform: 'linux', demo: false },
    startDemo: async () => ({ baseUrl: demo.baseUrl }),
    openExternal: (url) => void recorded.externalUrls.push(url),
    openLogs: () => void recorded.openLogs++,
    hideWindow: () => void recorded.hideWindow++,
    quit: () => void recorded.quit++,
    systemLanguages: options.systemLanguages ?? [],
    applyGlobalShortcut(accelerator) {
      if (options.noGlobalShortcuts && accelerator !== '') {
        recorded.shortcut = '';
        return 'unavailable';
      }
      const taken = accelerator === '' || (options.takenShortcuts ?? []).includes(accelerator);
      recorded.shortcut = taken ? '' : accelerator;
      return !taken;
    },
    log: {
      info: (line) => void recorded.logs.push(line),
      warn: (line) => void recorded.logs.push(line),
      error: (line) => {
        recorded.logs.push(line);
        console.error(`[core] ${line}`);
      },
    },
  });
  core.onTrayView((view) => recorded.trayViews.push(view));
  core.onNotification((spec) => recorded.notifications.push(spec));
  core.onShowWindow((route) => recorded.windowRoutes.push(route));
  core.start();

  const dispatcher = createIpcDispatcher(core, { log: { error: (line) => console.error(`[ipc] ${line}`) } });
  let server: RendererServer;
  try {
    server = await startRendererServer({
      rendererDir: RENDERER_DIR,
      // As main does it: answers from the dispatcher, pushes through the shell's pushState.
      host: {
        dispatch: async (channel, payload) => {
          const result = await dispatcher.dispatch(channel, payload);
          recorded.ipcResults.push(result);
          return result;
        },
        snapshot: () => redactOutbound(core.snapshot()),
        onState: (l) =>
          pushState(core.onSnapshot, (_channel, snapshot) => {
            recorded.statePushes.push(snapshot);
            l(snapshot);
          }),
        onRoute: (l) => core.onShowWindow(l),
        // Main's own code, with the built server renderer main would load (out/main).
        firstScreen: createFirstScreenSource({
          mainDir: MAIN_DIR,
          state: () => firstScreenState(core, clock.now()),
          log: { warn: (line, error) => console.error(`[first screen] ${line}`, error) },
        }),
      },
    });
  } catch (error) {
    await core.stop();
    await demo.close();
    throw error;
  }

  return {
    url: server.url,
    demo,
    core,
    clock,
    keychain,
    recorded,
    settingsDir: dir,
    tray: () => core.trayView(),
    activateNotification: (spec, action = 'click') => core.activateNotification(spec, action),
    async close() {
      const profiles = core.listAccounts();
      await core.stop();
      await Promise.all(profiles.map((profile) => keychain.delete(profile.id)));
      await server.close();
      await demo.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
