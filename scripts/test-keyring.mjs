// The tests' keychain on Linux. keytar talks to a Secret Service over the D-Bus session bus; a
// headless machine (CI, a container, ssh) has neither. So `npm test` and `npm run coverage` ask
// first, and where nothing answers they run themselves again inside a private D-Bus session with a
// throwaway, unlocked gnome-keyring whose files live in a temporary XDG_DATA_HOME: the user's own
// keyrings are never used or touched. Where the tools to do that are missing, the keychain tests
// are reported skipped with the reason and the install line, never failed.
// Also a command line: `node scripts/test-keyring.mjs COMMAND [ARGS...]` always runs COMMAND in a
// private keyring (scripts/with-keyring.sh is that).
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sessionBusConfig } from './session-bus-config.mjs';

export const INSTALL_LINE = 'sudo apt-get install dbus-x11 gnome-keyring';
/** Set by the runner when no keychain can be had; tests/support/secret-service.ts then skips. */
export const SKIP_REASON_VAR = 'INVITRAY_KEYCHAIN_SKIP_REASON';
/** The bus address of the private session we started: a child that drops the address starts over. */
export const PRIVATE_BUS_VAR = 'INVITRAY_PRIVATE_KEYRING_BUS';
const TOOLS = ['dbus-run-session', 'gnome-keyring-daemon'];
const PROBE_TIMEOUT_MS = 10_000;
const projectRoot = dirname(dirname(fileURLToPath(import.meta.url)));

export function findOnPath(name, env = process.env) {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}

// Write, read back and delete one entry through keytar itself, in a child so a Secret Service that
// never answers (a locked keyring waiting on a prompt) costs a timeout, not a hung test run. A
// read-only call would pass a locked collection that then fails every write.
const PROBE = `
const keytar = require('keytar');
const service = process.argv[1];
(async () => {
  await keytar.setPassword(service, 'probe', 'probe-not-a-secret');
  const read = await keytar.getPassword(service, 'probe');
  await keytar.deletePassword(service, 'probe');
  if (read !== 'probe-not-a-secret') throw new Error('the keychain did not keep a written entry');
})().then(() => process.exit(0), (error) => { console.error(error.message); process.exit(1); });
`;

/** @returns {{ ok: true } | { ok: false, reason: string }} */
export function probeSecretService(env = process.env) {
  const runtimeBus = env.XDG_RUNTIME_DIR ? join(env.XDG_RUNTIME_DIR, 'bus') : null;
  // Without an address libsecret would autolaunch a bus through X11 (dbus-launch) where DISPLAY is
  // set, leaving a stray daemon behind: with neither an address nor the systemd user bus, stop here.
  if (!env.DBUS_SESSION_BUS_ADDRESS && !(runtimeBus && existsSync(runtimeBus)))
    return { ok: false, reason: 'no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)' };
  const child = spawnSync(process.execPath, ['-e', PROBE, `Invitray-probe-${randomUUID()}`], {
    cwd: projectRoot,
    env,
    encoding: 'utf8',
    timeout: PROBE_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
  if (child.error?.code === 'ETIMEDOUT' || child.signal)
    return { ok: false, reason: `the Secret Service did not answer within ${PROBE_TIMEOUT_MS / 1000} s` };
  if (child.status === 0) return { ok: true };
  const said = child.stderr.trim().split('\n').at(-1) || child.error?.message || `exit ${child.status}`;
  return { ok: false, reason: `no usable Secret Service (${said})` };
}

/**
 * What a test run needs to do about the keychain:
 * run (one answers, or not Linux), private-keyring (start one), skip-keychain (can't: reason).
 */
export function keyringPlan(env = process.env, platform = process.platform) {
  if (platform !== 'linux') return { action: 'run', why: 'the operating system keychain' };
  if (env[PRIVATE_BUS_VAR] && env[PRIVATE_BUS_VAR] === env.DBUS_SESSION_BUS_ADDRESS)
    return { action: 'run', why: 'inside the private keyring session' };
  const probe = probeSecretService(env);
  if (probe.ok) return { action: 'run', why: "the session's Secret Service" };
  const missing = TOOLS.filter((tool) => !findOnPath(tool, env));
  if (missing.length === 0) return { action: 'private-keyring', why: probe.reason };
  return {
    action: 'skip-keychain',
    reason: `${probe.reason}, and ${missing.join(' and ')} not found to start a private one; install: ${INSTALL_LINE}`,
  };
}

// Runs in the private session: unlock a fresh keyring (its password only guards this throwaway
// keyring), then mark the session so the command inside does not start another one.
const INSIDE = `
eval "$(printf invitray-test-keyring | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
export GNOME_KEYRING_CONTROL
export ${PRIVATE_BUS_VAR}="$DBUS_SESSION_BUS_ADDRESS"
exec "$@"`;

/** Runs command inside a private D-Bus session with an unlocked throwaway gnome-keyring; resolves to its exit code. */
export async function runInPrivateKeyring(command, args, env = process.env) {
  const keyringHome = mkdtempSync(join(tmpdir(), 'invitray-keyring-'));
  // The child gets the terminal's Ctrl-C itself; this process waits for it to exit, then cleans up.
  const ignore = () => undefined;
  process.on('SIGINT', ignore).on('SIGTERM', ignore);
  try {
    const runSession = findOnPath('dbus-run-session', env) ?? 'dbus-run-session';
    const busConfig = join(keyringHome, 'session-bus.conf');
    // It starts no services on demand: see session-bus-config.mjs.
    writeFileSync(busConfig, sessionBusConfig('unix:tmpdir=/tmp'));
    const child = spawn(
      runSession,
      [`--config-file=${busConfig}`, '--', '/bin/sh', '-c', INSIDE, 'with-keyring', command, ...args],
      {
        stdio: 'inherit',
        env: { ...env, XDG_DATA_HOME: keyringHome },
      },
    );
    return await new Promise((resolve) => {
      child.on('error', (error) => {
        console.error(`could not start ${runSession}: ${error.message}`);
        resolve(1);
      });
      child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    });
  } finally {
    process.off('SIGINT', ignore).off('SIGTERM', ignore);
    rmSync(keyringHome, { recursive: true, force: true });
  }
}

/**
 * The start of `npm test` and `npm run coverage`: returns once this process has a keychain to
 * test against (or knows it has none and has said why), re-running `entry` inside a private
 * keyring first where that is needed (then this process exits with the inner run's code).
 */
export async function ensureTestKeyring(entry, argv = process.argv.slice(2)) {
  const plan = keyringPlan();
  if (plan.action === 'private-keyring') {
    console.log(
      `keychain: ${plan.why}; running inside a private D-Bus session with a throwaway gnome-keyring`,
    );
    process.exit(await runInPrivateKeyring(process.execPath, [fileURLToPath(entry), ...argv]));
  }
  if (plan.action === 'skip-keychain') {
    process.env[SKIP_REASON_VAR] = plan.reason;
    console.log(`keychain: tests will be SKIPPED: ${plan.reason}`);
    return plan;
  }
  console.log(`keychain: ${plan.why}`);
  return plan;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, ...args] = process.argv.slice(2);
  if (!command) {
    console.error('usage: node scripts/test-keyring.mjs COMMAND [ARGS...]');
    process.exit(2);
  }
  process.exit(await runInPrivateKeyring(command, args));
}
