import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/main/cli/run-cli';
import type { CliIo } from '../../../electron/main/cli/cli-io';
import type { Credential } from '../../../electron/main/core/cloudflare';
import { DEMO_CREDENTIALS, startDemoServer, type DemoServer } from '../../../electron/main/core/demo';
import { ODD_TOKEN, echoedCredentialForms, leaksIn } from '../../support/credential-leaks';
import { keychainSuiteGate, probeSecretService, throwawayService } from '../../support/secret-service';

// The CLI against an API that quotes the credential back in its errors: on login
// (verify), list, show and accept, plain and --json, on a 4xx and a 200 success:false.
// Neither stdout nor stderr nor the config directory may hold it; the keychain does.

const ACME = '9ce88802f07591e5ce0457ef51ece021';
const CREDENTIALS: [string, Credential][] = [
  ['an API token with + / = in it', { kind: 'token', token: ODD_TOKEN }],
  ['a Global API key and its email', DEMO_CREDENTIALS.globalKey],
];
const gate = keychainSuiteGate(await probeSecretService());

interface Run {
  code: number;
  stdout: string[];
  stderr: string[];
}

describe.skipIf(gate.skip)(`invitray CLI, credential quoted back in errors — ${gate.title}`, () => {
  let server: DemoServer;
  let configDir: string;
  let service: string;
  const runs: Run[] = [];

  async function cli(argv: string[], secret?: string): Promise<Run> {
    const run: Run = { code: -1, stdout: [], stderr: [] };
    const io: CliIo = {
      out: (text) => void run.stdout.push(text),
      err: (text) => void run.stderr.push(text),
      readSecret: async () => Promise.resolve(secret ?? ''),
      confirm: async () => Promise.resolve(false),
    };
    run.code = await runCli([...argv, '--api-base', server.baseUrl], io, {
      env: {},
      configDir,
      keychainService: service,
    });
    runs.push(run);
    return run;
  }

  beforeAll(async () => {
    server = await startDemoServer();
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.reset();
    server.addToken(ODD_TOKEN, { name: 'odd-token' });
    configDir = mkdtempSync(path.join(tmpdir(), 'invitray-cli-echo-'));
    service = throwawayService();
    runs.length = 0;
  });
  afterEach(async () => {
    while ((await cli(['logout'])).code === 0);
    rmSync(configDir, { recursive: true, force: true });
  });

  describe.each(CREDENTIALS)('%s', (_name, credential) => {
    const login =
      credential.kind === 'token' ? ['login', '--token'] : ['login', '--email', credential.email, '--key'];
    const secret = credential.kind === 'token' ? credential.token : credential.key;

    it.each([400, 200])('HTTP %s on login, list, show and accept, plain and --json', async (status) => {
      const echo = () => server.failNext(1, 'echo-credential', { status });
      echo();
      expect((await cli(login, secret)).code).not.toBe(0);
      expect((await cli(login, secret)).code).toBe(0);
      for (const argv of [['list'], ['list', '--json'], ['show', ACME], ['show', ACME, '--json']]) {
        echo();
        expect((await cli(argv)).code, argv.join(' ')).not.toBe(0);
      }
      for (const argv of [
        ['accept', ACME],
        ['accept', ACME, '--json'],
      ]) {
        echo();
        expect((await cli(argv)).code, argv.join(' ')).not.toBe(0);
      }
      expect(server.requestLog().filter((entry) => entry.fault === 'echo-credential')).toHaveLength(7);
      expect(server.invites().find((invite) => invite.id === ACME)?.status).toBe('pending');

      const failed = runs.filter((run) => run.code !== 0);
      expect(failed.every((run) => run.stderr.length === 1 && run.stdout.length === 0)).toBe(true);
      expect(leaksIn(failed, echoedCredentialForms(credential, { email: true }))).toEqual([]);
      const files = readdirSync(configDir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
      expect(files.length).toBeGreaterThan(0);
      expect(leaksIn([runs, files], echoedCredentialForms(credential))).toEqual([]);
    });
  });
});
