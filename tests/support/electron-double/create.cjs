'use strict';
// Builds one Electron double: the module object the app imports as `electron`, plus
// `__double`, the test side (recordings, and the user's and the OS's actions).
const { join } = require('node:path');
const { createState } = require('./state.cjs');
const { launchIdentity } = require('./launch-identity.cjs');
const { createApp } = require('./app.cjs');
const { createLifecycle } = require('./lifecycle.cjs');
const { createNativeImage } = require('./native-image.cjs');
const { createMenu } = require('./menu.cjs');
const { createTray } = require('./tray.cjs');
const { createNotification } = require('./notification.cjs');
const { createBrowserWindow } = require('./browser-window.cjs');
const { createIpcMain } = require('./ipc-main.cjs');
const { createProtocolNet } = require('./protocol-net.cjs');
const { createDesktop } = require('./desktop.cjs');
const { createCommandLine } = require('./command-line.cjs');
const { createGlobalShortcut } = require('./global-shortcut.cjs');

/** Where Electron's own resources would be in an unpackaged run (node_modules/electron/dist/resources). */
const ELECTRON_RESOURCES = join(__dirname, '../../../node_modules/electron/dist/resources');

function createElectronDouble(config) {
  const state = createState(config);
  const identity = launchIdentity(state.config.launch, state.electronVersion, ELECTRON_RESOURCES);
  const lifecycle = createLifecycle(state);
  state.lifecycle = lifecycle;
  const commandLine = createCommandLine(state);
  const { app, markReady, readyPromise } = createApp(state, identity, commandLine);
  const { nativeImage, NativeImage } = createNativeImage(state);
  const { Menu, MenuItem } = createMenu(state);
  const trays = createTray(state, nativeImage, NativeImage);
  const notifications = createNotification(state);
  const { protocol, net, request, privilegedSchemes } = createProtocolNet(state);
  const windows = createBrowserWindow(state, lifecycle, request);
  const ipc = createIpcMain(state);
  const { screen, shell, powerMonitor, dialog } = createDesktop(state);
  lifecycle.attach(app, () => windows.BrowserWindow.getAllWindows());
  const shortcuts = createGlobalShortcut(state, commandLine, () => windows.BrowserWindow.getAllWindows());

  const double = {
    state,
    identity,
    platform: state.config.platform,
    calls: state.calls,
    callsOf: state.callsOf,
    trays: state.trays,
    notifications: state.notifications,
    windows: state.windows,
    images: state.images,
    fetches: state.fetches,
    opened: state.opened,
    privilegedSchemes,
    /** Emits `ready` (the entry script does this once the app's main module has run). */
    markReady,
    /** Resolves at `ready`, without recording a call (app.whenReady() would). */
    whenReady: () => readyPromise,
    keepAlive: lifecycle.keepAlive,
    release: lifecycle.release,
    request,
    invoke: ipc.invoke,
    handledChannels: ipc.handledChannels,
    clickTray: trays.clickTray,
    rightClickTray: trays.rightClickTray,
    clickNotification: notifications.clickNotification,
    pressNotificationAction: notifications.pressNotificationAction,
    dismissNotification: notifications.dismissNotification,
    failNotification: notifications.failNotification,
    collectNotification: notifications.collectNotification,
    /** The page registers (true) or drops (false) a `beforeunload` handler that cancels unloading. */
    setPageBeforeUnload(window, prevents) {
      window.webContents.preventsUnload = Boolean(prevents);
    },
    endProcessOf: notifications.endProcessOf,
    clickInActionCenter: notifications.clickInActionCenter,
    pressInActionCenter: notifications.pressInActionCenter,
    activateThroughActivator: notifications.activateThroughActivator,
    /** The user presses a combination anywhere on the desktop: 'app', 'other-app' or 'nothing'. */
    pressShortcut: shortcuts.pressShortcut,
    /** The global shortcuts the app holds now, as it spelled them. */
    registeredShortcuts: shortcuts.registeredShortcuts,
    /** macOS: the user clicks the Dock icon or relaunches from Finder (Electron's `activate`). */
    activateApp() {
      if (state.config.platform !== 'darwin') throw new Error(`app 'activate' is emitted on macOS only`);
      const visible = windows.BrowserWindow.getAllWindows().some((window) => window.visible);
      app.emit('activate', lifecycle.preventable(), visible);
    },
    /** A second launch of the app while this one holds the lock: Electron's `second-instance`. */
    launchSecondInstance(argv = [], workingDirectory = process.cwd(), additionalData = {}) {
      if (!app.hasSingleInstanceLock()) throw new Error('launchSecondInstance: this instance holds no lock');
      app.emit('second-instance', lifecycle.preventable(), argv, workingDirectory, additionalData);
    },
  };

  return {
    app,
    autoUpdater: undefined,
    BrowserWindow: windows.BrowserWindow,
    dialog,
    globalShortcut: shortcuts.globalShortcut,
    ipcMain: ipc.ipcMain,
    Menu,
    MenuItem,
    nativeImage,
    net,
    Notification: notifications.Notification,
    powerMonitor,
    protocol,
    screen,
    session: { defaultSession: undefined },
    shell,
    Tray: trays.Tray,
    webContents: windows.webContents,
    __double: double,
  };
}

module.exports = { createElectronDouble, ELECTRON_RESOURCES };
