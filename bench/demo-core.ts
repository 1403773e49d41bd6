import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { openSettings } from '../electron/main/core/accounts/open-settings';
import { createInvitrayCore, createSessionKeychain } from '../electron/main/core/app';
import type { InvitrayCore } from '../electron/main/core/app';
import { createCloudflareApi } from '../electron/main/core/cloudflare';
import { DEMO_CREDENTIALS } from '../electron/main/core/demo/credentials';
import { startDemoServer } from '../electron/main/core/demo/server';
import type { DemoServer } from '../electron/main/core/demo/server';
import { HarnessClock } from '../tests/e2e/harness/clock';
import { manyInvites } from '../tests/e2e/harness/invites';

// The real core as main builds it, minus Electron: a settings file in a temp dir, the
// in-memory keychain of demo mode, real HTTP to the demo API. The clock only moves when
// told, so no poll or reminder fires by itself in the middle of a measurement.

export interface DemoCore {
  core: InvitrayCore;
  demo: DemoServer;
  profileId: string;
  close(): Promise<void>;
}

/** A running core signed in to a demo API holding `count` pending invitations, first list done. */
export async function startDemoCore(count: number): Promise<DemoCore> {
  const demo = await startDemoServer({ invites: manyInvites(count) });
  const dir = mkdtempSync(join(tmpdir(), 'invitray-bench-'));
  const { settings } = openSettings({ cwd: dir, createStore: (o) => new Conf(o) });
  const quiet = () => undefined;
  const core = createInvitrayCore({
    settings,
    keychain: createSessionKeychain(),
    createApi: createCloudflareApi,
    apiBaseUrl: demo.baseUrl,
    clock: new HarnessClock(),
    random: () => 0.5,
    platform: 'linux',
    appInfo: { version: '0.0.0-bench', platform: 'linux', demo: false },
    openExternal: quiet,
    openLogs: quiet,
    hideWindow: quiet,
    quit: quiet,
    log: { info: quiet, warn: quiet, error: (line) => console.error(`[core] ${line}`) },
  });
  core.start();
  try {
    const profile = await core.addAccount('Bench', DEMO_CREDENTIALS.token);
    await core.whenIdle();
    return {
      core,
      demo,
      profileId: profile.id,
      async close() {
        await core.stop();
        await demo.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await core.stop();
    await demo.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
