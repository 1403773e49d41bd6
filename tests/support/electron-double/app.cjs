'use strict';
const { EventEmitter } = require('node:events');
const { existsSync, mkdirSync, statSync } = require('node:fs');
const { homedir, tmpdir } = require('node:os');
const { isAbsolute, join } = require('node:path');
const { createLocale } = require('./locale.cjs');

// The names app.getPath accepts (electron.d.ts, Electron 45); setPath accepts only these too.
const PATH_NAMES = [
  'home',
  'appData',
  'assets',
  'userData',
  'sessionData',
  'temp',
  'exe',
  'module',
  'desktop',
  'documents',
  'downloads',
  'music',
  'pictures',
  'videos',
  'recent',
  'logs',
  'crashDumps',
];

function preventable() {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

function platformAppData(platform, home) {
  if (platform === 'darwin') return join(home, 'Library', 'Application Support');
  if (platform === 'win32') return join(home, 'AppData', 'Roaming');
  return process.env.XDG_CONFIG_HOME || join(home, '.config');
}

function createApp(state, identity, commandLine) {
  const { platform } = state.config;
  const app = new EventEmitter();
  const overrides = new Map();
  let name = identity.name;
  let readyResolve;
  const readyPromise = new Promise((resolve) => (readyResolve = resolve));
  let lock = null;
  const loginItem = { openAtLogin: false };

  const call = (method, args) => state.record('app', method, args);

  function defaultPath(pathName) {
    const home = homedir();
    const appData = overrides.get('appData') ?? platformAppData(platform, home);
    const userData = overrides.get('userData') ?? join(appData, name);
    switch (pathName) {
      case 'home':
        return home;
      case 'appData':
        return appData;
      case 'userData':
        return userData;
      case 'sessionData':
        return userData;
      case 'temp':
        return tmpdir();
      case 'exe':
        return process.execPath;
      case 'module':
        return process.execPath;
      case 'logs':
        return platform === 'darwin' ? join(home, 'Library', 'Logs', name) : join(userData, 'logs');
      case 'crashDumps':
        return join(userData, 'Crashpad');
      case 'assets':
        return identity.resourcesPath;
      default:
        return join(home, pathName[0].toUpperCase() + pathName.slice(1));
    }
  }

  Object.defineProperty(app, 'name', {
    get: () => name,
    set: (value) => {
      name = String(value);
    },
  });
  Object.defineProperty(app, 'isPackaged', { get: () => identity.packaged });
  Object.assign(app, {
    getName: () => (call('getName', []), name),
    setName: (value) => (call('setName', [value]), (name = String(value))),
    getVersion: () => (call('getVersion', []), identity.version),
    getAppPath: () => (call('getAppPath', []), identity.appPath),
    isReady: () => state.ready,
    whenReady: () => (call('whenReady', []), readyPromise),
    ...createLocale(state),
    commandLine: commandLine.commandLine,
    getPath(pathName) {
      call('getPath', [pathName]);
      if (!PATH_NAMES.includes(pathName)) throw new Error(`Failed to get '${pathName}' path`);
      return overrides.get(pathName) ?? defaultPath(pathName);
    },
    setPath(pathName, path) {
      call('setPath', [pathName, path]);
      // "You can only override paths of a name defined in app.getPath."
      if (!PATH_NAMES.includes(pathName)) throw new Error(`Failed to set path: unknown name '${pathName}'`);
      if (typeof path !== 'string' || !isAbsolute(path)) throw new Error('Path must be absolute');
      // "If the path specifies a directory that does not exist, an Error is thrown."
      if (!existsSync(path) || !statSync(path).isDirectory())
        throw new Error(`Failed to set path: ${path} does not exist`);
      if (pathName === 'sessionData' && state.ready)
        throw new Error('sessionData must be set before the app is ready');
      overrides.set(pathName, path);
    },
    setAppLogsPath(path) {
      call('setAppLogsPath', [path]);
      // Without a path: ~/Library/Logs/<name> on macOS, inside userData elsewhere; created either way.
      const dir = path === undefined ? defaultPath('logs') : path;
      if (typeof dir !== 'string' || !isAbsolute(dir)) throw new Error('Path must be absolute');
      mkdirSync(dir, { recursive: true });
      overrides.set('logs', dir);
    },
    requestSingleInstanceLock(additionalData) {
      call('requestSingleInstanceLock', [additionalData]);
      if (lock === null) lock = !state.config.lockHeld;
      return lock;
    },
    hasSingleInstanceLock: () => lock === true,
    releaseSingleInstanceLock() {
      call('releaseSingleInstanceLock', []);
      lock = false;
    },
    setLoginItemSettings(settings) {
      call('setLoginItemSettings', [settings]);
      // macOS and Windows only; Linux has no login items (the app writes an autostart entry).
      if (platform !== 'linux') loginItem.openAtLogin = Boolean(settings?.openAtLogin);
    },
    getLoginItemSettings: () => (call('getLoginItemSettings', []), { ...loginItem }),
    focus: (options) => call('focus', [options]),
    relaunch: (options) => call('relaunch', [options]),
    quit() {
      call('quit', []);
      state.lifecycle.quit();
    },
    exit(code = 0) {
      call('exit', [code]);
      state.lifecycle.exit(code);
    },
  });
  if (platform === 'win32') {
    app.setAppUserModelId = (id) => call('setAppUserModelId', [id]);
  }
  if (platform === 'darwin') {
    let visible = true;
    app.dock = {
      hide: () => (state.record('app.dock', 'hide', []), (visible = false)),
      show: () => (state.record('app.dock', 'show', []), (visible = true), Promise.resolve()),
      isVisible: () => visible,
      setBadge: (text) => state.record('app.dock', 'setBadge', [text]),
    };
  }

  function markReady() {
    commandLine.freeze();
    state.readyAt = state.calls.length;
    state.ready = true;
    app.emit('will-finish-launching');
    app.emit('ready', preventable(), {});
    readyResolve();
  }

  return { app, markReady, readyPromise, preventable };
}

module.exports = { createApp, preventable, PATH_NAMES };
