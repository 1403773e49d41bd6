import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOKEN, startDemoServer } from '../../../electron/main/core/demo';
import type { DemoServer } from '../../../electron/main/core/demo';
import { buildChildScripts, makeChildDir } from './build-child';
import { makeTempDir, readSettingsFile, removeDir } from '../../support/settings-helpers';
import { throwawayService } from '../../support/secret-service';

type Outcome = { ok: true } | { kind: string; message: string };

// Real failures, not mocks: child processes that cannot reach any Secret Service,
// because their D-Bus session address names a socket that does not exist, or
// because there is no session bus to find at all.
describe.skipIf(process.platform !== 'linux')(
  'keychain without a Secret Service (Linux, child processes)',
  () => {
    let outDir: string;
    let keychainChild: string;
    let accountsChild: string;
    let demo: DemoServer;

    beforeAll(async () => {
      outDir = makeChildDir();
      const fixture = (name: string) => path.resolve('tests/integration/accounts/fixtures', name);
      ({ keychainChild, accountsChild } = await buildChildScripts(
        { keychainChild: fixture('keychain-child.ts'), accountsChild: fixture('accounts-child.ts') },
        outDir,
      ));
      demo = await startDemoServer();
    });
    afterAll(async () => {
      await demo.close();
      removeDir(outDir);
    });

    const missingBus = () => ({
      ...process.env,
      DBUS_SESSION_BUS_ADDRESS: `unix:path=${path.join(outDir, 'no-bus')}`,
    });
    function noBusAtAll() {
      const env = { ...process.env };
      for (const name of ['DBUS_SESSION_BUS_ADDRESS', 'DISPLAY', 'WAYLAND_DISPLAY', 'XDG_RUNTIME_DIR'])
        delete env[name];
      return env;
    }

    // Asynchronous on purpose: the child talks to the demo server running in this process.
    function run<T>(script: string, env: NodeJS.ProcessEnv, ...args: string[]): Promise<T> {
      return new Promise((resolve, reject) => {
        execFile(
          process.execPath,
          [script, ...args],
          { env, encoding: 'utf8', timeout: 15_000 },
          (error, stdout, stderr) => {
            if (error) return reject(new Error(`child failed: ${error.message}\n${stderr}`));
            resolve(JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as T);
          },
        );
      });
    }

    it.each([
      ['a D-Bus address whose socket does not exist', missingBus],
      ['no D-Bus session at all', noBusAtAll],
    ])('maps every keychain operation to keychain-unavailable with %s', async (_name, env) => {
      const result = await run<Record<string, Outcome>>(keychainChild, env(), throwawayService());
      for (const operation of ['get', 'set', 'delete']) {
        expect(result[operation], operation).toMatchObject({ kind: 'keychain-unavailable' });
        const { message } = result[operation] as { message: string };
        expect(message).toMatch(/Unlock or install a keyring .*GNOME Keyring or KWallet/);
        expect(message).not.toContain('tok_never_stored');
      }
    });

    it('verifies, then fails to store the secret, and saves no profile', async () => {
      const settingsDir = makeTempDir();
      try {
        const result = await run<{ added: unknown; error: Outcome; profiles: unknown[] }>(
          accountsChild,
          missingBus(),
          demo.baseUrl,
          settingsDir,
          throwawayService(),
        );
        expect(result.added).toBeNull();
        expect(result.error).toMatchObject({
          kind: 'keychain-unavailable',
          message: expect.stringMatching(/Could not save/),
        });
        expect(result.profiles).toEqual([]);
        expect(readSettingsFile(settingsDir).profiles).toEqual([]);
        expect(fs.readFileSync(path.join(settingsDir, 'config.json'), 'utf8')).not.toContain(DEMO_TOKEN);
        expect(demo.requestLog().map((entry) => entry.path)).toEqual(['/client/v4/user/tokens/verify']);
      } finally {
        removeDir(settingsDir);
      }
    });
  },
);
