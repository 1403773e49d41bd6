import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/main/cli/run-cli';
import type { CliIo } from '../../../electron/main/cli/cli-io';
import { DEMO_TOKEN, startDemoServer, type DemoServer } from '../../../electron/main/core/demo';
import { keychainSuiteGate, probeSecretService, throwawayService } from '../../support/secret-service';

// `invitray leave ID`: the accepted invitation's id leads to its account's membership, which is
// deleted after a yes (or with --yes). Real demo API, real keychain.

const HOOLI_ACCEPTED = '8cabafd3576ab48731c8ab59e0349a0e';
const ACME_PENDING = '9ce88802f07591e5ce0457ef51ece021';
const gate = keychainSuiteGate(await probeSecretService());

interface Asked extends CliIo {
  stdout: string[];
  stderr: string[];
  questions: string[];
}

function io(answer: boolean | null, secret = DEMO_TOKEN): Asked {
  const captured: Asked = {
    stdout: [],
    stderr: [],
    questions: [],
    out: (text) => captured.stdout.push(text),
    err: (text) => captured.stderr.push(text),
    readSecret: async () => secret,
    confirm: async (question) => {
      captured.questions.push(question);
      if (answer === null) throw new Error('asked when it should not have');
      return answer;
    },
  };
  return captured;
}

describe.skipIf(gate.skip)(`invitray leave — ${gate.title}`, () => {
  let server: DemoServer;
  let configDir: string;
  let service: string;
  const cli = (argv: string[], captured = io(null)) =>
    runCli([...argv, '--api-base', server.baseUrl], captured, {
      env: {},
      configDir,
      keychainService: service,
    }).then((code) => ({ code, io: captured }));
  const deletes = () => server.requestLog().filter((entry) => entry.method === 'DELETE');

  beforeAll(async () => {
    server = await startDemoServer();
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    server.reset();
    configDir = mkdtempSync(path.join(tmpdir(), 'invitray-leave-'));
    service = throwawayService();
    expect((await cli(['login', '--token'])).code).toBe(0);
  });
  afterEach(async () => {
    await cli(['logout']);
    rmSync(configDir, { recursive: true, force: true });
  });

  it('asks, naming the account; a no leaves nothing and exits 1', async () => {
    const { code, io: said } = await cli(['leave', HOOLI_ACCEPTED], io(false));
    expect(said.questions).toEqual([
      'Leave Hooli? You lose access at once, and only someone there can invite you back.',
    ]);
    expect(code).toBe(1);
    expect(said.stderr.join('\n')).toContain('Not left: you are still a member of Hooli.');
    expect(deletes()).toEqual([]);
    expect(server.memberships()).toHaveLength(1);
  });

  it('a yes leaves: one DELETE of the membership', async () => {
    const { code, io: said } = await cli(['leave', HOOLI_ACCEPTED], io(true));
    expect(code).toBe(0);
    expect(said.stdout).toEqual(['You left Hooli.']);
    expect(deletes().map((entry) => entry.path)).toEqual([`/client/v4/memberships/${HOOLI_ACCEPTED}`]);
    expect(server.memberships()).toEqual([]);
  });

  it('--yes asks nothing; again, there is nothing to leave', async () => {
    expect((await cli(['leave', HOOLI_ACCEPTED, '--yes'])).code).toBe(0);
    const again = await cli(['leave', HOOLI_ACCEPTED, '-y']);
    expect(again.code).toBe(0);
    expect(again.io.stdout).toEqual(['You are not a member of Hooli (any more): nothing to leave.']);
    expect(deletes()).toHaveLength(1);
  });

  it('refuses an invitation that was not accepted, before asking', async () => {
    const { code, io: said } = await cli(['leave', ACME_PENDING]);
    expect(code).toBe(1);
    expect(said.stderr.join('\n')).toContain('was not accepted');
    expect(deletes()).toEqual([]);
  });

  it.each([
    [403, /Memberships Write/],
    [429, /limiting requests/],
  ] as const)('a %s on DELETE is reported, exit 1, still a member', async (fault, message) => {
    server.failNext(1, fault, { method: 'DELETE' });
    const { code, io: said } = await cli(['leave', HOOLI_ACCEPTED, '--yes']);
    expect(code).toBe(1);
    expect(said.stderr.join('\n')).toMatch(message);
    expect(server.memberships()).toHaveLength(1);
  });
});
