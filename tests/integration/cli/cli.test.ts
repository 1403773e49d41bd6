import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/main/cli/run-cli';
import type { CliIo } from '../../../electron/main/cli/cli-io';
import {
  DEMO_EMAIL,
  DEMO_GLOBAL_KEY,
  DEMO_TOKEN,
  DRIFT_IDS,
  startDemoServer,
  type DemoServer,
} from '../../../electron/main/core/demo';
import { keychainSuiteGate, probeSecretService, throwawayService } from '../../support/secret-service';

interface Captured extends CliIo {
  stdout: string[];
  stderr: string[];
  secrets: string[];
}

function capture(secrets: string[] = []): Captured {
  const io: Captured = {
    stdout: [],
    stderr: [],
    secrets: [...secrets],
    out: (text) => io.stdout.push(text),
    err: (text) => io.stderr.push(text),
    readSecret: async () => io.secrets.shift() ?? '',
    confirm: async () => Promise.reject(new Error('the CLI asked a question this test did not expect')),
  };
  return io;
}

const gate = keychainSuiteGate(await probeSecretService());

describe.skipIf(gate.skip)(`invitray CLI against the demo API — ${gate.title}`, () => {
  let server: DemoServer;
  let configDir: string;
  let service: string;

  const cli = (argv: string[], io = capture()) =>
    runCli([...argv, '--api-base', server.baseUrl], io, {
      env: {},
      configDir,
      keychainService: service,
    }).then((code) => ({ code, io }));

  beforeAll(async () => {
    server = await startDemoServer();
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.reset();
    configDir = mkdtempSync(path.join(tmpdir(), 'invitray-cli-'));
    service = throwawayService();
  });
  afterEach(async () => {
    // Sign out of whatever a test left, so the throwaway keychain entries are removed.
    for (;;) {
      const { code } = await cli(['logout']);
      if (code !== 0) break;
    }
    rmSync(configDir, { recursive: true, force: true });
  });

  it('logs in with a token read from stdin, lists, accepts and shows', async () => {
    const login = await cli(['login', '--token', '--label', 'Work'], capture([DEMO_TOKEN]));
    expect(login.io.stderr).toEqual([]);
    expect(login.code).toBe(0);
    expect(login.io.stdout.join('\n')).toContain('Signed in as "Work"');
    // The token never lands in the settings file.
    expect(readFileSync(path.join(configDir, 'config.json'), 'utf8')).not.toContain(DEMO_TOKEN);

    const listed = await cli(['list', '--json']);
    expect(listed.code).toBe(0);
    const invites = JSON.parse(listed.io.stdout.join('\n')) as { id: string; effective_status: string }[];
    const pending = invites.find((i) => i.effective_status === 'pending');
    expect(pending).toBeDefined();

    const accepted = await cli(['accept', pending!.id]);
    expect(accepted.code).toBe(0);
    expect(accepted.io.stdout.join('\n')).toMatch(/^You joined /);
    expect(server.requestLog().some((r) => r.method === 'PATCH' && r.path.endsWith(pending!.id))).toBe(true);

    const shown = await cli(['show', pending!.id]);
    expect(shown.io.stdout.join('\n')).toMatch(/Status\s+accepted/);
  });

  it('answering an invitation twice is a one-line error with exit 1', async () => {
    await cli(['login', '--token'], capture([DEMO_TOKEN]));
    const id = server.invites().find((i) => i.status === 'accepted')!.id as string;
    const again = await cli(['decline', id]);
    expect(again.code).toBe(1);
    expect(again.io.stderr).toHaveLength(1);
  });

  it('lists the good invitations among drifting ones; the odd ones are one line on stderr', async () => {
    await cli(['login', '--token'], capture([DEMO_TOKEN]));
    server.addDriftingInvites();
    const table = await cli(['list']);
    expect(table.code).toBe(0);
    const rows = table.io.stdout.join('\n').split('\n');
    expect(rows).toHaveLength(server.invites().filter((i) => i?.organization_id).length - 1);
    expect(rows.find((row) => row.startsWith(DRIFT_IDS['unknown-status']))).toMatch(/ unknown /);
    expect(rows.filter((row) => / pending /.test(row)).length).toBeGreaterThan(0);
    expect(table.io.stderr[0]).toBe("invitray: 3 invitations couldn't be read — update Invitray.");
    expect(table.io.stderr.slice(1)).toEqual([
      expect.stringMatching(/result\.\d+\.roles: invalid type$/),
      expect.stringMatching(/result\.\d+\.organization_id: missing$/),
      expect.stringMatching(/result\.\d+: null instead of an invitation$/),
    ]);

    const json = await cli(['list', '--json']);
    expect(json.code).toBe(0);
    const invites = JSON.parse(json.io.stdout.join('\n')) as { id: string; effective_status: string }[];
    expect(invites.find((i) => i.id === DRIFT_IDS['unknown-status'])).toMatchObject({
      status: 'on_hold',
      effective_status: 'unknown',
    });
    expect(invites.some((i) => i.id === DRIFT_IDS['wrong-type'])).toBe(false);
    expect(json.io.stderr[0]).toMatch(/3 invitations couldn't be read/);
  });

  it('a wrong token exits 2 and saves nothing', async () => {
    const result = await cli(['login', '--token'], capture(['not_a_real_token_but_long_enough_000000']));
    expect(result.code).toBe(2);
    expect(result.io.stderr[0]).toMatch(/^invitray: /);
    expect((await cli(['profiles'])).io.stdout.join('\n')).toContain('No accounts');
  });

  it('signs in with a Global API key + email and lists profiles with the email masked', async () => {
    const result = await cli(['login', '--email', DEMO_EMAIL, '--key'], capture([DEMO_GLOBAL_KEY]));
    expect(result.code).toBe(0);
    const profiles = (await cli(['profiles'])).io.stdout.join('\n');
    expect(profiles).toContain('Global API key');
    expect(profiles).not.toContain(DEMO_EMAIL);
  });

  it('bad usage exits 1 with one line', async () => {
    const noId = await cli(['accept']);
    expect(noId.code).toBe(1);
    const unknown = await cli(['frobnicate']);
    expect(unknown.code).toBe(1);
    expect(unknown.io.stderr).toEqual(['invitray: unknown command "frobnicate". See: invitray --help']);
    const both = await cli(['login', '--token', '--key']);
    expect(both.code).toBe(1);
  });

  it('not signed in exits 2', async () => {
    const result = await cli(['list']);
    expect(result.code).toBe(2);
    expect(result.io.stderr[0]).toContain('invitray login');
  });
});

describe('invitray --demo', () => {
  it('lists the demo invitations without touching the keychain or config dir', async () => {
    const configDir = mkdtempSync(path.join(tmpdir(), 'invitray-cli-demo-test-'));
    const io = capture();
    const code = await runCli(['list', '--demo'], io, { env: {}, configDir, keychainService: 'unused' });
    expect(io.stderr).toEqual([]);
    expect(code).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/pending/);
    expect(() => readFileSync(path.join(configDir, 'config.json'))).toThrow();
    rmSync(configDir, { recursive: true, force: true });
  });
});
