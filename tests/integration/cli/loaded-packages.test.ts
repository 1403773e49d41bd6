import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  defaultSettings,
  SETTINGS_FORMAT_VERSION,
} from '../../../electron/main/core/accounts/settings-schema';
import { cleanEnv, runNode } from './support/run-child';

// What the installed command loads (issue 21): conf and ajv cost more than a whole `list`
// request, undici is only for proxies, keytar only for a secret. The built CLI runs with a
// loader hook that records every module; the controls show the hook does see these packages
// when a command needs them.

const built = existsSync('out/main/cli.js');
const RECORDER = path.resolve('tests/integration/cli/fixtures/record-loads.mjs');
const HEAVY = ['conf', 'ajv', 'undici', 'keytar'] as const;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'invitray-cli-loads-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[], env: Record<string, string> = {}, stdin = '') {
  const record = path.join(dir, 'loaded.txt');
  writeFileSync(record, '');
  const result = await runNode(
    ['--import', RECORDER, 'bin/invitray.js', ...args],
    cleanEnv({ RECORD_LOADS_TO: record, INVITRAY_CONFIG_DIR: dir, ...env }),
    stdin,
  );
  const packages = new Set(
    readFileSync(record, 'utf8')
      .split('\n')
      .map((url) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1])
      .filter((name) => name !== undefined),
  );
  return {
    ...result,
    heavy: HEAVY.filter((name) => packages.has(name)),
    demoServer: loadedDemoServer(record),
  };
}

/** True when one of the app's own files loaded holds the demo API server. */
function loadedDemoServer(record: string): boolean {
  return readFileSync(record, 'utf8')
    .split('\n')
    .filter((url) => /\/out\/main\/.*\.js$/.test(url))
    .some((url) => /function startDemoServer\b/.test(readFileSync(fileURLToPath(url), 'utf8')));
}

const settingsFile = (profiles: unknown[]) =>
  writeFileSync(
    path.join(dir, 'config.json'),
    JSON.stringify({
      ...defaultSettings(),
      profiles,
      __internal__: { migrations: { version: SETTINGS_FORMAT_VERSION } },
    }),
  );

describe.skipIf(!built && !process.env.CI)(
  `packages the CLI loads${built ? '' : ' — skipped: not built (run npm run build)'}`,
  { timeout: 60_000 },
  () => {
    it('list --demo --json loads none of conf, ajv, undici, keytar', async () => {
      const result = await run(['list', '--demo', '--json']);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.heavy).toEqual([]);
    });

    it('list with a sound settings file reads it without conf or ajv, or the demo API', async () => {
      settingsFile([]);
      const result = await run(['list', '--json']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('invitray login');
      expect(result.heavy).toEqual([]);
      expect(result.demoServer).toBe(false);
    });

    it('control: list --demo loads the demo API', async () => {
      const result = await run(['list', '--demo', '--json']);
      expect(result.code).toBe(0);
      expect(result.demoServer).toBe(true);
    });

    it('control: a corrupt settings file goes through conf (and ajv) to be set aside', async () => {
      writeFileSync(path.join(dir, 'config.json'), '{"profiles": [');
      const result = await run(['list', '--json']);
      expect(result.stderr).toContain('set aside');
      expect(result.heavy).toEqual(['conf', 'ajv']);
    });

    it('control: with HTTPS_PROXY set, the request goes through undici', async () => {
      const result = await run(
        ['login', '--token', '--api-base', 'https://api.invitray.test/client/v4'],
        { HTTPS_PROXY: 'http://127.0.0.1:9' },
        'invitray_demo_full_access_token_00000001',
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/proxy/i);
      expect(result.heavy).toContain('undici');
      expect(result.heavy).not.toContain('keytar');
    });
  },
);
