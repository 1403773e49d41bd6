// Starts an app's main process under the Electron double in a child Node process, and talks
// to it: evaluate(fn, arg) runs fn(electron, arg) in the child, like Playwright's
// electronApp.evaluate. Each launch gets its own sandbox home and temp directory, so nothing
// touches the real user's settings, logs or keychain.
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('./electron.mjs', import.meta.url));
// Variables that would point the app somewhere else than its own demo.
const DROPPED_ENV = [
  'ELECTRON_RENDERER_URL',
  'INVITRAY_API_BASE_URL',
  'INVITRAY_DEMO',
  'APPIMAGE',
  'NODE_OPTIONS',
];

/**
 * @param {object} options
 * @param {'linux'|'darwin'|'win32'} options.platform
 * @param {{ kind: 'dir'|'file', path: string } | { kind: 'packaged', resourcesPath: string }} options.launch
 * @param {string[]} [options.args] app arguments, e.g. ['--demo']
 * @param {Record<string, unknown>} [options.double] more double configuration (linuxTrayClicks, lockHeld…)
 * @param {Record<string, string>} [options.homeFiles] files to write in the sandbox home first (path under it -> text)
 * @param {string[]} [options.nodeArgs] e.g. ['--expose-gc']
 * @param {string} [options.cwd]
 */
export function launchUnderDouble(options) {
  const sandbox = mkdtempSync(join(tmpdir(), 'invitray-double-'));
  const home = join(sandbox, 'home');
  // A run that is not the first (settings already saved) without going through --demo.
  for (const [relative, text] of Object.entries(options.homeFiles ?? {})) {
    const file = join(home, relative);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  const launchArgs = options.launch.kind === 'packaged' ? [] : [resolve(options.launch.path)];
  const exitReportFile = join(sandbox, 'exit-report.json');
  const config = {
    platform: options.platform,
    exitReport: exitReportFile,
    launch: options.launch,
    argv: [...launchArgs, ...(options.args ?? [])],
    ...options.double,
  };
  const env = { ...process.env };
  for (const name of DROPPED_ENV) delete env[name];
  Object.assign(env, {
    ELECTRON_DOUBLE: JSON.stringify(config),
    HOME: home,
    USERPROFILE: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    TMPDIR: sandbox,
    // os.tmpdir() under the win32 branch reads these.
    TEMP: sandbox,
    TMP: sandbox,
  });
  // The desktop session the app sees (shell/window-platform.ts reads it): X11 unless told.
  delete env.WAYLAND_DISPLAY;
  delete env.ELECTRON_OZONE_PLATFORM_HINT;
  env.XDG_SESSION_TYPE = options.double?.linuxSession === 'wayland' ? 'wayland' : 'x11';
  if (options.double?.linuxSession === 'wayland') env.WAYLAND_DISPLAY = 'wayland-0';
  const child = fork(ENTRY, [], {
    cwd: options.cwd ?? process.cwd(),
    env,
    execArgv: options.nodeArgs ?? [],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    serialization: 'advanced',
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));

  const pending = new Map();
  let nextId = 1;
  const exited = new Promise((resolveExit) => {
    child.on('exit', (code, signal) => {
      for (const { reject } of pending.values())
        reject(new Error(`the app exited (${code ?? signal}) before answering\n${output}`));
      pending.clear();
      resolveExit({ code, signal });
    });
  });
  child.on('message', (message) => {
    const waiter = pending.get(message?.id);
    if (!waiter) return;
    pending.delete(message.id);
    if (message.ok) waiter.resolve(message.value);
    else {
      const error = new Error(message.error.message);
      error.stack = `${message.error.message}\n(in the app's process)\n${message.error.stack}`;
      waiter.reject(error);
    }
  });
  let exitInfo = null;
  void exited.then((info) => (exitInfo = info));

  return {
    pid: child.pid,
    sandbox,
    output: () => output,
    exitInfo: () => exitInfo,
    /** What the double saw when the process exited (null while it runs). */
    exitReport: () => (existsSync(exitReportFile) ? JSON.parse(readFileSync(exitReportFile, 'utf8')) : null),
    /** Runs fn(electron, arg) in the app's main process; its value must be serializable. */
    evaluate(fn, arg) {
      if (exitInfo) return Promise.reject(new Error(`the app has exited (${exitInfo.code})\n${output}`));
      const id = nextId++;
      return new Promise((resolvePromise, reject) => {
        pending.set(id, { resolve: resolvePromise, reject });
        child.send({ type: 'evaluate', id, source: fn.toString(), arg });
      });
    },
    /** Resolves with the exit code, or rejects after timeoutMs with the process still running. */
    async waitForExit(timeoutMs) {
      let timer;
      const timeout = new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`the app did not exit within ${timeoutMs} ms\n${output}`)),
          timeoutMs,
        );
      });
      try {
        return await Promise.race([exited, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    /** Ends the process (if still running) and removes its sandbox. */
    async close() {
      if (!exitInfo) child.kill('SIGKILL');
      await exited;
      rmSync(sandbox, { recursive: true, force: true });
    },
  };
}
