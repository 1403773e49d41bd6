import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { openSettings } from '../../../electron/main/core/accounts/open-settings';
import { createInvitrayCore, createSessionKeychain } from '../../../electron/main/core/app';
import type { InvitrayCore } from '../../../electron/main/core/app';
import { createCloudflareApi } from '../../../electron/main/core/cloudflare';
import { startDemoServer } from '../../../electron/main/core/demo';
import type { DemoServer } from '../../../electron/main/core/demo';
import { everyCatalogue } from '../../../electron/shared/i18n/catalogues';

/** A real core on the real demo API with settings in a temp dir: what the shell adapters drive. */
export interface RealCore {
  core: InvitrayCore;
  demo: DemoServer;
  close(): Promise<void>;
}

export async function startRealCore(): Promise<RealCore> {
  const dir = await mkdtemp(join(tmpdir(), 'invitray-shell-'));
  const demo = await startDemoServer();
  const { settings } = openSettings({ cwd: dir, createStore: (options) => new Conf(options) });
  const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
  const core = createInvitrayCore({
    catalogues: everyCatalogue,
    settings,
    keychain: createSessionKeychain(),
    createApi: createCloudflareApi,
    apiBaseUrl: demo.baseUrl,
    platform: 'linux',
    appInfo: { version: '0.0.0-test', platform: 'linux', demo: true },
    openExternal: () => undefined,
    openLogs: () => undefined,
    hideWindow: () => undefined,
    quit: () => undefined,
    log: quiet,
  });
  return {
    core,
    demo,
    async close() {
      await core.stop();
      await demo.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
