import { createKeychain, type Keychain } from '../../../../electron/main/core/accounts/keychain';
import {
  createInvitrayCore,
  type InvitrayCore,
  type InvitrayCoreDeps,
  type WindowRoute,
} from '../../../../electron/main/core/app';
import { createCloudflareApi } from '../../../../electron/main/core/cloudflare';
import { startDemoServer, type DemoServer } from '../../../../electron/main/core/demo';
import type { NotificationSpec } from '../../../../electron/main/core/notify/notify-policy';
import type { TrayView } from '../../../../electron/main/core/tray/tray-view';
import type { AppSnapshot } from '../../../../electron/shared/types';
import { makeTempDir, openInDir, removeDir } from '../../../support/settings-helpers';
import { purgeService, throwawayService } from '../../../support/secret-service';
import { ManualClock } from '../../../support/manual-clock';
import { startDemoThread } from '../../../support/demo-thread';
import { everyCatalogue } from '../../../../electron/shared/i18n/catalogues';

/** Everything one running core said to the outside world (what the tray and notifications would show). */
export interface Recorded {
  snapshots: AppSnapshot[];
  trayViews: TrayView[];
  notifications: NotificationSpec[];
  windowRoutes: WindowRoute[];
  opened: string[];
  loginItem: boolean[];
  logs: string[];
  calls: string[];
}

export interface CoreFixture {
  clock: ManualClock;
  demo: DemoServer;
  dir: string;
  keychain: Keychain;
  /** A new core over the same settings directory and keychain, as after a restart. */
  boot(overrides?: Partial<InvitrayCoreDeps>): { core: InvitrayCore; recorded: Recorded };
  close(): Promise<void>;
}

function record(core: InvitrayCore, recorded: Recorded): void {
  core.onSnapshot((snapshot) => recorded.snapshots.push(snapshot));
  core.onTrayView((view) => recorded.trayViews.push(view));
  core.onNotification((spec) => recorded.notifications.push(spec));
  core.onShowWindow((route) => recorded.windowRoutes.push(route));
}

/**
 * The real demo API, real conf settings in a temp dir and a keychain (by default the real
 * one under a throwaway service name), all on one manual clock. Only what Electron would
 * do (open a URL, quit, set a login item) is recorded instead of done.
 */
export async function createCoreFixture(
  options: {
    keychain?: Keychain;
    start?: number;
    /** 'thread': the demo API in a worker thread, off this thread's heap (tests/support/demo-thread.ts). */
    demo?: 'in-process' | 'thread';
  } = {},
): Promise<CoreFixture> {
  // Real "now" as the start unless a test needs a given night; the demo runs on the same clock.
  const clock = new ManualClock(options.start ?? Math.floor(Date.now() / 1000) * 1000);
  const demo =
    options.demo === 'thread'
      ? await startDemoThread(clock)
      : await startDemoServer({ now: () => clock.now() });
  const dir = makeTempDir('invitray-core-');
  const service = options.keychain ? null : throwawayService();
  const keychain = options.keychain ?? createKeychain({ service: service as string });
  const cores: InvitrayCore[] = [];

  function boot(overrides: Partial<InvitrayCoreDeps> = {}) {
    const recorded: Recorded = {
      snapshots: [],
      trayViews: [],
      notifications: [],
      windowRoutes: [],
      opened: [],
      loginItem: [],
      logs: [],
      calls: [],
    };
    const line = (level: string) => (message: string) => void recorded.logs.push(`${level} ${message}`);
    const core = createInvitrayCore({
      catalogues: everyCatalogue,
      settings: openInDir(dir).settings,
      keychain,
      createApi: (apiOptions) => createCloudflareApi({ timeoutMs: 5000, ...apiOptions }),
      apiBaseUrl: demo.baseUrl,
      clock,
      random: () => 0.5,
      platform: 'linux',
      appInfo: { version: '0.0.0-test', platform: 'linux', demo: false },
      openExternal: (url) => void recorded.opened.push(url),
      openLogs: () => void recorded.calls.push('openLogs'),
      hideWindow: () => void recorded.calls.push('hideWindow'),
      quit: () => void recorded.calls.push('quit'),
      setLoginItem: (enabled) => void recorded.loginItem.push(enabled),
      restartToUpdate: () => void recorded.calls.push('restartToUpdate'),
      log: { info: line('info'), warn: line('warn'), error: line('error') },
      ...overrides,
    });
    record(core, recorded);
    cores.push(core);
    return { core, recorded };
  }

  return {
    clock,
    demo,
    dir,
    keychain,
    boot,
    async close() {
      for (const core of cores) await core.stop();
      await demo.close();
      if (service) await purgeService(service);
      removeDir(dir);
    },
  };
}
