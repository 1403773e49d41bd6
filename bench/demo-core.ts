import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Conf from 'conf';
import { openSettings } from '../electron/main/core/accounts/open-settings';
import { createInvitrayCore, createSessionKeychain } from '../electron/main/core/app';
import type { InvitrayCore } from '../electron/main/core/app';
import { createCloudflareApi } from '../electron/main/core/cloudflare';
import type { CloudflareApiOptions } from '../electron/main/core/cloudflare/api';
import { DEMO_CREDENTIALS } from '../electron/main/core/demo/credentials';
import { startDemoServer } from '../electron/main/core/demo/server';
import type { DemoServer } from '../electron/main/core/demo/server';
import { HarnessClock } from '../tests/e2e/harness/clock';
import { manyInvites } from '../tests/e2e/harness/invites';
import { everyCatalogue } from '../electron/shared/i18n/catalogues';

// The real core as main builds it, minus Electron: a settings file in a temp dir, the
// in-memory keychain of demo mode, real HTTP to the demo API. The clock only moves when
// told, so no poll or reminder fires by itself in the middle of a measurement.
// The API client is the real one, wrapped only to time its list call: the HTTP request and
// parsing the answer (SDK, schema, effective status), which the bench subtracts from a whole
// sync cycle to get the core's own CPU part (diff, snapshot, events, tray).

export interface DemoCore {
  core: InvitrayCore;
  demo: DemoServer;
  /** Moves only when told: advancing it by the poll interval runs the timer's poll. */
  clock: HarnessClock;
  profileId: string;
  /** ms of every listInvites call so far, in order: request out to parsed invitations back. */
  listCallsMs: number[];
  close(): Promise<void>;
}

/** A running core signed in to a demo API holding `count` pending invitations, first list done. */
export async function startDemoCore(count: number): Promise<DemoCore> {
  const demo = await startDemoServer({ invites: manyInvites(count) });
  const dir = mkdtempSync(join(tmpdir(), 'invitray-bench-'));
  const { settings } = openSettings({ cwd: dir, createStore: (o) => new Conf(o) });
  const quiet = () => undefined;
  const listCallsMs: number[] = [];
  const clock = new HarnessClock();
  const createApi = (options: CloudflareApiOptions) => {
    const api = createCloudflareApi(options);
    return {
      ...api,
      async listInvites(...args: Parameters<typeof api.listInvites>) {
        const start = performance.now();
        try {
          return await api.listInvites(...args);
        } finally {
          listCallsMs.push(performance.now() - start);
        }
      },
    };
  };
  const core = createInvitrayCore({
    catalogues: everyCatalogue,
    settings,
    keychain: createSessionKeychain(),
    createApi,
    apiBaseUrl: demo.baseUrl,
    clock,
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
      clock,
      profileId: profile.id,
      listCallsMs,
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
