'use strict';
// Shared state of one double: its launch configuration, the call log, readiness, and the
// objects it created (so tests can reach a Tray or a Notification the app holds privately).
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const ELECTRON_VERSION = readElectronVersion();

function readElectronVersion() {
  // The version of the `electron` package the project pins, read as a file: requiring the
  // package would start its binary download.
  try {
    const file = join(__dirname, '../../../node_modules/electron/package.json');
    return JSON.parse(readFileSync(file, 'utf8')).version;
  } catch (error) {
    throw new Error(`electron double: cannot read Electron's version (${error.message})`, {
      cause: error,
    });
  }
}

/**
 * @param {object} config see README.md: platform, launch, linuxTrayClicks, notificationsSupported…
 */
/** The process's CPU time so far (user + system, all threads), in ms. */
function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function createState(config) {
  const state = {
    config: {
      platform: 'linux',
      linuxTrayClicks: false,
      notificationsSupported: true,
      lockHeld: false,
      online: true,
      ...config,
    },
    electronVersion: ELECTRON_VERSION,
    ready: false,
    /** The `at` of the first call recorded after `ready` (calls before it happened before ready). */
    readyAt: null,
    /** performance.now() when the app's main script started loading (electron.mjs). */
    mainStartedAt: null,
    /** The process's CPU time (user + system, ms) at that moment, for the boot bench. */
    mainStartedCpuMs: null,
    quitting: false,
    /** Every call on every object: { api, method, args, at (order), t (performance.now()), cpuMs (process CPU time) } */
    calls: [],
    trays: [],
    notifications: [],
    windows: [],
    menus: [],
    images: [],
    fetches: [],
    opened: [],
    record(api, method, args) {
      state.calls.push({
        api,
        method,
        args: [...args],
        at: state.calls.length,
        t: performance.now(),
        cpuMs: cpuMs(),
      });
    },
    callsOf(api, method) {
      return state.calls.filter((c) => c.api === api && (method === undefined || c.method === method));
    },
    /** Electron's rule for most APIs: usable only once the app is ready. */
    requireReady(what) {
      if (!state.ready) throw new Error(`${what} cannot be used before the app is ready`);
    },
  };
  return state;
}

module.exports = { createState, cpuMs, ELECTRON_VERSION };
