import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/main/cli/run-cli';
import type { CliIo } from '../../../electron/main/cli/cli-io';
import {
  DEMO_INVITES_ONLY_TOKEN,
  DEMO_TOKEN,
  startDemoServer,
  type DemoServer,
} from '../../../electron/main/core/demo';
import { keychainSuiteGate, probeSecretService, throwawayService } from '../../support/secret-service';

// `two_factor_ready` in `list --json` and `show` (issue 22): true when nothing about 2FA stands
// in the way, false when the organisation enforces it and the user's is off, null when unknown.

const INITECH = '51d4b581d21c20a16147b17c3adc7867'; // enforces 2FA
const ACME = '9ce88802f07591e5ce0457ef51ece021'; // does not
const gate = keychainSuiteGate(await probeSecretService());

describe.skipIf(gate.skip)(`invitray CLI: two_factor_ready — ${gate.title}`, () => {
  let server: DemoServer;
  let configDir: string;
  let service: string;

  async function cli(argv: string[], secrets: string[] = []) {
    const io = { stdout: [] as string[], stderr: [] as string[] };
    const captured: CliIo = {
      out: (text) => io.stdout.push(text),
      err: (text) => io.stderr.push(text),
      readSecret: async () => secrets.shift() ?? '',
      confirm: async () => Promise.reject(new Error('the CLI asked a question this test did not expect')),
    };
    const code = await runCli([...argv, '--api-base', server.baseUrl], captured, {
      env: {},
      configDir,
      keychainService: service,
    });
    return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
  }

  const readiness = async () => {
    const listed = await cli(['list', '--json']);
    expect(listed.code).toBe(0);
    const invites = JSON.parse(listed.out) as { id: string; two_factor_ready: unknown }[];
    return Object.fromEntries(invites.map((invite) => [invite.id, invite.two_factor_ready]));
  };
  const userReads = () => server.requestLog().filter((entry) => entry.path.endsWith('/v4/user')).length;

  beforeAll(async () => {
    server = await startDemoServer();
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.reset();
    configDir = mkdtempSync(path.join(tmpdir(), 'invitray-cli-2fa-'));
    service = throwawayService();
  });
  afterEach(async () => {
    await cli(['logout']);
    rmSync(configDir, { recursive: true, force: true });
  });

  it('list --json: true where the user has 2FA on or it is not required; false where it is off', async () => {
    expect((await cli(['login', '--token'], [DEMO_TOKEN])).code).toBe(0);
    let ready = await readiness();
    expect(ready[INITECH]).toBe(true);
    expect(ready[ACME]).toBe(true);
    expect(userReads()).toBe(1);

    server.setTwoFactorEnabled(false);
    ready = await readiness();
    expect(ready[INITECH]).toBe(false);
    expect(ready[ACME]).toBe(true);

    const shown = await cli(['show', INITECH]);
    expect(shown.out).toMatch(/Requires 2FA\s+yes/);
    expect(shown.out).toMatch(
      /Your 2FA\s+off — turn it on first: https:\/\/dash\.cloudflare\.com\/profile\/authentication/,
    );
    const json = JSON.parse((await cli(['show', INITECH, '--json'])).out) as { two_factor_ready: unknown };
    expect(json.two_factor_ready).toBe(false);
  });

  it('a token that may not read /user: null, exit 0, nothing on stderr', async () => {
    expect((await cli(['login', '--token'], [DEMO_INVITES_ONLY_TOKEN])).code).toBe(0);
    const listed = await cli(['list', '--json']);
    expect(listed).toMatchObject({ code: 0, err: '' });
    const ready = Object.fromEntries(
      (JSON.parse(listed.out) as { id: string; two_factor_ready: unknown }[]).map((i) => [
        i.id,
        i.two_factor_ready,
      ]),
    );
    expect(ready[INITECH]).toBeNull();
    expect(ready[ACME]).toBe(true);
    const shown = await cli(['show', INITECH]);
    expect(shown).toMatchObject({ code: 0, err: '' });
    expect(shown.out).toMatch(/Your 2FA\s+unknown/);
  });

  // The client's own 15 s timeout is user-profile.test.ts's; the CLI stops waiting much sooner.
  it(
    "GET /user hanging: null after the CLI's short wait, not the client's 15 s",
    async () => {
      expect((await cli(['login', '--token'], [DEMO_TOKEN])).code).toBe(0);
      server.clearRequestLog();
      server.failNext(1, 'timeout', { path: '/user', exactPath: true });
      const listed = await cli(['list', '--json']);
      expect(listed).toMatchObject({ code: 0, err: '' });
      const invites = JSON.parse(listed.out) as { id: string; two_factor_ready: unknown }[];
      expect(invites.length).toBe(8);
      expect(invites.find((invite) => invite.id === INITECH)?.two_factor_ready).toBeNull();
      expect(server.requestLog().map((entry) => entry.fault ?? null)).toEqual([null, 'timeout']);
    },
    // TWO_FACTOR_WAIT_MS (3 s) plus the CLI's own work, well short of the 15 s the old code took.
    12_000,
  );

  it.each([401, 403, 429, 500, 'malformed-json'] as const)(
    'GET /user failing with %s: null, the list itself is printed',
    async (fault) => {
      expect((await cli(['login', '--token'], [DEMO_TOKEN])).code).toBe(0);
      server.clearRequestLog();
      server.failNext(1, fault, { path: '/user', exactPath: true });
      const listed = await cli(['list', '--json']);
      expect(listed).toMatchObject({ code: 0, err: '' });
      const invites = JSON.parse(listed.out) as { id: string; two_factor_ready: unknown }[];
      expect(invites.length).toBe(8);
      expect(invites.find((invite) => invite.id === INITECH)?.two_factor_ready).toBeNull();
      expect(server.requestLog().map((entry) => entry.fault ?? null)).toEqual([null, fault]);
    },
  );

  it('no pending invitation enforcing 2FA: no GET /user at all', async () => {
    expect((await cli(['login', '--token'], [DEMO_TOKEN])).code).toBe(0);
    server.updateInvite(INITECH, { status: 'accepted' });
    const before = userReads();
    const ready = await readiness();
    expect(userReads()).toBe(before);
    expect(ready[INITECH]).toBeNull();
    expect((await cli(['show', ACME])).out).not.toMatch(/Your 2FA/);
  });
});
