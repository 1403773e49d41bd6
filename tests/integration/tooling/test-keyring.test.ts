import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keychainSuiteGate } from '../../support/secret-service';

// `npm test` on headless Linux: scripts/run-tests.mjs first calls ensureTestKeyring() from
// scripts/test-keyring.mjs. These tests start a child that makes the same call as a fresh
// terminal would, with no D-Bus session at all, and look at what the child ended up with.
// They prove the bootstrap (not the whole suite, which would run itself recursively): a real
// Secret Service answers inside, the user's keyrings are untouched, the exit code and arguments
// make it through, and without the tools the keychain tests are skipped with the install line.

const child = path.resolve('tests/integration/tooling/fixtures/keyring-bootstrap-child.mjs');
const onPath = (tool: string) =>
  (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir && fs.existsSync(path.join(dir, tool)));
const missingTools = ['dbus-run-session', 'gnome-keyring-daemon'].filter((tool) => !onPath(tool));

interface ChildReport {
  plan: { action: string; why?: string; reason?: string };
  probe: { ok: boolean; reason?: string };
  bus: string | null;
  keyringHome: string | null;
  skipReason: string | null;
  activatable: string[] | null;
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A terminal on a headless machine: no session bus, no display, a home of its own. */
function headlessEnv(): { env: NodeJS.ProcessEnv; home: string; tmp: string } {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'invitray-headless-home-'));
  dirs.push(home);
  const tmp = path.join(home, 'tmp');
  fs.mkdirSync(tmp);
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, TMPDIR: tmp };
  for (const name of [
    'DBUS_SESSION_BUS_ADDRESS',
    'DISPLAY',
    'WAYLAND_DISPLAY',
    'XDG_RUNTIME_DIR',
    'XDG_DATA_HOME',
    'INVITRAY_PRIVATE_KEYRING_BUS',
    'INVITRAY_KEYCHAIN_SKIP_REASON',
  ])
    delete env[name];
  return { env, home, tmp };
}

function runChild(
  env: NodeJS.ProcessEnv,
  ...args: string[]
): Promise<{ code: number; stdout: string; report: ChildReport }> {
  return new Promise((resolve, reject) => {
    const started = execFile(
      process.execPath,
      [child, ...args],
      { env, encoding: 'utf8', timeout: 60_000 },
      (error, stdout, stderr) => {
        const last = stdout.trim().split('\n').at(-1) ?? '';
        if (!last.startsWith('{'))
          return reject(new Error(`child said no report: ${error?.message}\n${stderr}`));
        resolve({ code: started.exitCode ?? -1, stdout, report: JSON.parse(last) as ChildReport });
      },
    );
  });
}

describe.skipIf(process.platform !== 'linux')('npm test keyring bootstrap (Linux, child processes)', () => {
  it.skipIf(missingTools.length > 0)(
    `starts a private D-Bus session with a working throwaway keyring when started with none${
      missingTools.length ? ` — SKIPPED: ${missingTools.join(', ')} missing` : ''
    }`,
    async () => {
      const { env, home, tmp } = headlessEnv();
      const { code, stdout, report } = await runChild(env, '--exit', '7');

      expect(stdout).toContain('running inside a private D-Bus session');
      expect(report.plan).toMatchObject({ action: 'run', why: 'inside the private keyring session' });
      expect(report.probe).toEqual({ ok: true });
      expect(report.bus).toMatch(/^unix:/);
      expect(report.skipReason).toBeNull();
      // The bus starts nothing on demand (dunst, installed for other tests, would be started for
      // org.freedesktop.Notifications): each test that wants a notification server runs its own.
      expect(report.activatable).toEqual(['org.freedesktop.DBus']);
      // The keyring lived in a temporary data home of its own, gone once the run ended...
      expect(report.keyringHome).toMatch(new RegExp(`^${tmp}/invitray-keyring-`));
      expect(fs.existsSync(report.keyringHome!)).toBe(false);
      // ...and the user's own keyrings were never created or touched.
      expect(fs.existsSync(path.join(home, '.local/share/keyrings'))).toBe(false);
      expect(fs.readdirSync(tmp)).toEqual([]);
      // Arguments reach the run inside, and its exit code comes back out.
      expect(code).toBe(7);
    },
  );

  it('skips the keychain tests, with the reason and the install line, when the tools are missing', async () => {
    const { env, home } = headlessEnv();
    const nodeOnly = path.join(home, 'bin');
    fs.mkdirSync(nodeOnly);
    fs.symlinkSync(process.execPath, path.join(nodeOnly, 'node'));
    const { code, stdout, report } = await runChild({ ...env, PATH: nodeOnly });

    expect(report.plan.action).toBe('skip-keychain');
    expect(report.skipReason).toContain('dbus-run-session and gnome-keyring-daemon not found');
    expect(report.skipReason).toContain('sudo apt-get install dbus-x11 gnome-keyring');
    expect(stdout).toContain('keychain: tests will be SKIPPED');
    expect(report.probe.ok).toBe(false);
    expect(code).toBe(0);

    // What the keychain suites then do with it: skip, even in CI, and say why.
    const gate = keychainSuiteGate(
      { ok: false, reason: 'no bus' },
      { CI: 'true', INVITRAY_KEYCHAIN_SKIP_REASON: report.skipReason! },
    );
    expect(gate.skip).toBe(true);
    expect(gate.title).toContain('SKIPPED');
    expect(gate.title).toContain('apt-get install dbus-x11 gnome-keyring');
  });

  it('still fails the keychain suites in CI when a keyring should have been there', () => {
    expect(keychainSuiteGate({ ok: false, reason: 'locked' }, { CI: 'true' })).toEqual({
      skip: false,
      title: 'real Secret Service — FAILING in CI: no usable keychain (locked)',
    });
    expect(keychainSuiteGate({ ok: false, reason: 'locked' }, {}).skip).toBe(true);
  });
});
