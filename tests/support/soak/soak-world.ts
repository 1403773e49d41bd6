import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { openSettings } from '../../../electron/main/core/accounts/open-settings';
import { createInvitrayCore, createSessionKeychain } from '../../../electron/main/core/app';
import type { InvitrayCore } from '../../../electron/main/core/app';
import { createCloudflareApi } from '../../../electron/main/core/cloudflare';
import { DEMO_TOKEN, startDemoServer, type DemoServer } from '../../../electron/main/core/demo';
import type { NotificationSpec } from '../../../electron/main/core/notify/notify-policy';
import type { TrayView } from '../../../electron/main/core/tray/tray-view';
import type { AppSnapshot } from '../../../electron/shared/types';
import { ManualClock } from '../manual-clock';
import { everyCatalogue } from '../../../electron/shared/i18n/catalogues';

export const TOKEN = { kind: 'token', token: DEMO_TOKEN } as const;

/** What the core told the outside world since the last `take()`. */
export interface Outputs {
  snapshots: AppSnapshot[];
  trayViews: TrayView[];
  notifications: NotificationSpec[];
}

export interface SoakWorld {
  clock: ManualClock;
  demo: DemoServer;
  core: InvitrayCore;
  profileId: string;
  /** The last notifications raised (a few: the user clicks recent ones), and how many in all. */
  recentNotifications: NotificationSpec[];
  notificationCount(): number;
  /** Lines the core logged at error level (a listener threw): none may appear. */
  errors: string[];
  lastTrayView(): TrayView | undefined;
  /** Outputs since the previous call. */
  take(): Outputs;
  close(): Promise<void>;
}

/**
 * The real core as main builds it (settings file in a temp dir, the session keychain of demo
 * mode, real HTTP to the real demo API), on a manual clock shared with the demo server.
 * Only the request deadline is real time: a `timeout` fault costs `timeoutMs` of waiting.
 */
export async function createSoakWorld(options: { timeoutMs: number }): Promise<SoakWorld> {
  // A fixed start, so a seed replays the same run on any day.
  const clock = new ManualClock(Date.UTC(2025, 0, 15, 12, 0, 0));
  const demo = await startDemoServer({ now: () => clock.now() });
  const dir = mkdtempSync(join(tmpdir(), 'invitray-soak-'));
  const { settings } = openSettings({ cwd: dir, createStore: (o) => new Conf(o) });
  const errors: string[] = [];
  const quiet = () => undefined;
  const core = createInvitrayCore({
    catalogues: everyCatalogue,
    settings,
    keychain: createSessionKeychain(),
    createApi: (apiOptions) => createCloudflareApi({ ...apiOptions, timeoutMs: options.timeoutMs }),
    apiBaseUrl: demo.baseUrl,
    clock,
    random: () => 0.5,
    platform: 'linux',
    appInfo: { version: '0.0.0-soak', platform: 'linux', demo: false },
    openExternal: quiet,
    openLogs: quiet,
    hideWindow: quiet,
    quit: quiet,
    log: { info: quiet, warn: quiet, error: (line) => void errors.push(line) },
  });
  let outputs: Outputs = { snapshots: [], trayViews: [], notifications: [] };
  const recentNotifications: NotificationSpec[] = [];
  let notificationCount = 0;
  let lastView: TrayView | undefined;
  core.onSnapshot((snapshot) => outputs.snapshots.push(snapshot));
  core.onTrayView((view) => {
    lastView = view;
    outputs.trayViews.push(view);
  });
  core.onNotification((spec) => {
    notificationCount++;
    recentNotifications.push(spec);
    if (recentNotifications.length > 20) recentNotifications.shift();
    outputs.notifications.push(spec);
  });
  core.start();
  const profileId = (await signIn(() => core.addAccount('Soak', TOKEN))).id;
  await core.whenIdle();
  if (errors.length > 0) throw new Error(`core logged errors: ${errors.join('; ')}`);

  return {
    clock,
    demo,
    core,
    profileId,
    recentNotifications,
    notificationCount: () => notificationCount,
    errors,
    lastTrayView: () => lastView,
    take() {
      const taken = outputs;
      outputs = { snapshots: [], trayViews: [], notifications: [] };
      return taken;
    },
    async close() {
      await core.stop();
      await demo.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Sign-in with the user's patience: on a loaded machine the very first request (cold JIT) can
 * outlast the short deadline the soak uses to keep `timeout` faults cheap.
 */
export async function signIn<T>(attempt: () => Promise<T>, tries = 3): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (n >= tries || (error as { kind?: string }).kind !== 'offline') throw error;
    }
  }
}
