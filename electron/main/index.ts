// The boot list: Electron's objects handed to thin adapters (shell/), the application
// itself in core/. Nothing here decides anything the core could decide.
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BrowserWindow,
  Menu,
  Notification,
  Tray,
  app,
  globalShortcut,
  ipcMain,
  nativeImage,
  net,
  powerMonitor,
  protocol,
  screen,
  shell,
} from 'electron';
import type { NativeImage } from 'electron';
import { createKeychain } from './core/accounts/keychain';
import { createInvitrayCore, createSessionKeychain } from './core/app';
import { createLazyCatalogues } from './core/app/lazy-catalogues';
import { openSettingsAfterFirstCount } from './core/app/open-settings-after-first-count';
import { loadLanguage } from './core/app/language';
import { LinuxAutostart, autostartDir } from './core/desktop/autostart';
import { createCloudflareApi, resolveApiBaseUrl } from './core/cloudflare';
import type { DemoServer } from './core/demo';
import { AppError } from './core/errors';
import { createIpcDispatcher } from './core/ipc';
import { createSystemClock } from './core/sync/clock';
import { createApiFetch } from './shell/api-fetch';
import { registerAppEvents } from './shell/app-events';
import { publishDemoHandle } from './shell/demo-handle';
import { createDemoProfile, processIsAlive } from './shell/demo-profile';
import { pushRoutes, pushState, registerIpc } from './shell/ipc';
import { launchOptions } from './shell/launch-options';
import {
  enableGlobalShortcutsPortal,
  registerGlobalShortcut,
  shortcutSession,
} from './shell/global-shortcut';
import { registerLoginItem } from './shell/login-item';
import { createDeferredLogging } from './shell/deferred-logging';
import { registerLogging } from './shell/logging';
import { connectNotificationServer } from './shell/freedesktop-bus';
import { registerLinuxNotifications } from './shell/linux-notifications';
import { registerNotifications } from './shell/notifications';
import { registerPower } from './shell/power';
import { appIconFile, readPackageType, resourcesDir } from './shell/resource-paths';
import { createFirstScreenSource, firstScreenState } from './shell/first-screen';
import { registerAppProtocol, registerAppSchemePrivileges } from './shell/protocol';
import { registerQuitHold } from './shell/quit-hold';
import { openBootSettings } from './shell/settings-store';
import { registerTray } from './shell/tray';
import { registerUpdater } from './shell/updater';
import type { AutoUpdaterLike, UpdaterDeps, UpdaterHandle } from './shell/updater';
import { registerWindow } from './shell/window';
import { isWaylandSession } from './shell/window-platform';

const APP_ID = 'dev.invitray.app';
/** package.json desktopName, without `.desktop`: what notification servers match the app by. */
const LINUX_DESKTOP_ENTRY = 'invitray';
// What the first tray image and the first count do not need (electron-log's transports,
// electron-updater: ~45 and ~130 ms of CPU to load) is loaded this long after the boot list.
// The updater's first check comes FIRST_CHECK_DELAY_MS after that.
const LATER_MS = 1_000;
// A quit waits this long at most for settings and log lines still owed to the disk: both need
// well under a second even on a busy machine, and an OS ending the session (Windows logoff,
// macOS shutdown) gives an app about 5 s before it calls it unresponsive.
const QUIT_HOLD_MS = 3_000;
const here = dirname(fileURLToPath(import.meta.url));
const options = launchOptions(process.argv, process.env, app.isPackaged);

// Demo mode runs in a throwaway profile directory: its settings, logs and single-instance
// lock never touch (or collide with) the user's real Invitray (shell/demo-profile.ts).
const demoProfile = options.demo
  ? createDemoProfile({
      tmpDir: tmpdir(),
      pid: process.pid,
      isAlive: processIsAlive,
      // Before logging is set up (electron-log would write into the real app's log): stderr.
      warn: (message) => process.emitWarning(message),
    })
  : null;
if (demoProfile) {
  app.setPath('userData', demoProfile.dir);
  app.setAppLogsPath(dirname(demoProfile.logFile));
}
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
registerAppSchemePrivileges(protocol);
enableGlobalShortcutsPortal(app.commandLine, process.platform);

const logging = createDeferredLogging(async () => {
  const { default: electronLog } = await import('electron-log/main');
  return registerLogging(electronLog, { verbose: options.development, file: demoProfile?.logFile });
});
const log = logging.log;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app
    .whenReady()
    .then(boot)
    .catch((error: unknown) => {
      // Nothing works without the boot list (e.g. an invalid INVITRAY_API_BASE_URL): say why, and stop.
      log.error('Invitray could not start', error);
      void logging.load().finally(() => app.exit(1));
    });
}

async function boot(): Promise<void> {
  log.info(`Invitray ${app.getVersion()} starting${options.demo ? ' in demo mode' : ''}`);
  registerAppProtocol({
    protocol,
    rendererDir: join(here, '../renderer'),
    // Called only when a window loads its page, after boot has created the core.
    firstScreen: createFirstScreenSource({ mainDir: here, state: () => firstScreenState(core), log }),
  });
  // electron-store loads after the first tray count when the file can simply be read; a write
  // before then waits in memory for it (it opens once the first count is out, or at the later
  // step below when there is no account; a quit flushes it), so demo mode adding its account
  // does not load ~100 modules while the count is on its way.
  // Otherwise (first run, corrupt, migration) it opens here as it always has.
  const bootSettings = await openBootSettings({
    userDataDir: app.getPath('userData'),
    freshDirectory: demoProfile !== null,
    openOnWrite: false,
    log,
  });
  const { settings } = bootSettings;

  const resourceLocation = {
    packaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appPath: app.getAppPath(),
  };
  let demoServer: DemoServer | null = null;
  const linuxAutostart = new LinuxAutostart(autostartDir(process.env, homedir()), {
    executable: process.env.APPIMAGE ?? process.execPath,
    args: app.isPackaged ? [] : [app.getAppPath()],
  });
  const loginItem = registerLoginItem({
    platform: process.platform,
    app,
    linux: linuxAutostart,
    execPath: process.execPath,
  });
  let updater: UpdaterHandle | null = null;
  const updaterDeps: UpdaterDeps = {
    loadAutoUpdater: () => createRequire(import.meta.url)('electron-updater').autoUpdater as AutoUpdaterLike,
    environment: {
      packaged: app.isPackaged,
      demo: options.demo,
      packageType: readPackageType(resourceLocation, process.platform),
    },
    logger: log,
    timers: { setTimeout, clearTimeout, setInterval, clearInterval },
    now: Date.now,
    beforeQuitAndInstall: () => popover.allowClose(),
    onAppImageRenamed: (path) => {
      if (!options.demo) linuxAutostart.retarget(path);
    },
  };

  const shortcut = registerGlobalShortcut({
    globalShortcut,
    onPress: () => {
      // macOS keeps the app the keys were pressed in active: without taking over, the popover
      // would show without keyboard focus and never hide on a click elsewhere. The user asked.
      if (process.platform === 'darwin' && !popover.isVisible()) app.focus({ steal: true });
      popover.toggle();
    },
    session: shortcutSession(process.platform, process.env, process.argv),
    log,
  });
  const apiFetch = createApiFetch({ net, isReady: () => app.isReady() });
  const systemLanguages = [...app.getPreferredSystemLanguages(), app.getLocale()];
  // The first tray image speaks the language the settings or the OS ask for: its catalogue first.
  const catalogues = createLazyCatalogues();
  await loadLanguage(catalogues, settings.getPreferences().language, systemLanguages).catch(
    (error: unknown) => log.error('The language catalogue could not be loaded; speaking English', error),
  );
  const core = createInvitrayCore({
    settings,
    // Demo credentials are public constants: demo mode keeps them in memory, never in the keychain.
    keychain: options.demo ? createSessionKeychain() : createKeychain(),
    // Chromium's network stack (system proxy, PAC, OS trust store), not Node's fetch.
    createApi: (apiOptions) => createCloudflareApi({ ...apiOptions, fetch: apiFetch }),
    apiBaseUrl: resolveApiBaseUrl(settings.getApiBaseUrl(), process.env),
    platform: process.platform,
    appInfo: { version: app.getVersion(), platform: process.platform, demo: options.demo },
    async startDemo() {
      // Loaded only in demo mode: the demo API stays out of the main chunk a normal start parses.
      const { startDemoServer } = await import('./core/demo');
      const server = await startDemoServer();
      demoServer = server;
      return { baseUrl: server.baseUrl, close: () => server.close() };
    },
    // core.openExternal has already refused anything but dash.cloudflare.com and developers.cloudflare.com.
    openExternal: (url) => shell.openExternal(url), // eng-disable OPEN_EXTERNAL_JS_CHECK -- allow-listed in core (isAllowedExternalUrl)
    async openLogs() {
      const logFile = await logging.filePath();
      const problem = await shell.openPath(logFile);
      if (problem) throw new AppError('server-error', `Couldn't open the log file (${logFile}): ${problem}`);
    },
    hideWindow: () => popover.hide(),
    quit: () => app.quit(),
    // Demo mode must not change the user's real login items.
    ...(options.demo ? {} : { setLoginItem: (enabled: boolean) => loginItem.setEnabled(enabled) }),
    restartToUpdate: () => void updater?.quitAndInstall(),
    applyGlobalShortcut: (accelerator) => shortcut.apply(accelerator),
    systemLanguages,
    catalogues,
    log,
  });
  const refresh = (why: string) =>
    core.refresh().catch((error: unknown) => log.warn(`Refresh (${why}) failed`, error));

  const popover = registerWindow({
    BrowserWindow,
    screen,
    url: options.url,
    origin: options.origin,
    preloadPath: join(here, '../preload/index.cjs'),
    trayBounds: () => tray.bounds(),
    devTools: options.development,
    platform: process.platform,
    wayland: isWaylandSession(process.platform, process.env, process.argv),
    onShow: () => void refresh('window shown'),
    // The page shows an answer's progress: keep it until main has the answer.
    isBusy: () => core.snapshot().profiles.some((profile) => Object.keys(profile.responding).length > 0),
    log,
  });
  registerIpc({
    ipcMain,
    dispatcher: createIpcDispatcher(core, { log }),
    expectedOrigin: options.origin,
    isOwnContents: (sender) => popover.isOwnContents(sender),
    log,
  });
  pushState(core.onSnapshot, (channel, snapshot) => popover.send(channel, snapshot));

  const tray = registerTray<NativeImage>({
    createTray: (image) => new Tray(image),
    loadImage: (path) => nativeImage.createFromPath(path),
    buildMenu: (template) => Menu.buildFromTemplate(template),
    platform: process.platform,
    resourcesDir: resourcesDir(resourceLocation),
    initialView: core.trayView(),
    onView: core.onTrayView,
    onAction: (action) => core.handleMenuAction(action),
    onToggleWindow: () => popover.toggle(),
    log,
  });
  const electronNotifications = registerNotifications({
    Notification,
    platform: process.platform,
    activate: (spec, choice) => core.activateNotification(spec, choice),
    activateById: (raw, choice) => core.activateNotificationId(raw, choice),
    iconPath: appIconFile(resourceLocation),
    onFailed: (error) => core.notificationsFailed(error),
    log,
  });
  // Linux: Accept and Decline buttons where the desktop's notification server has them.
  const notifications =
    process.platform === 'linux'
      ? registerLinuxNotifications({
          fallback: electronNotifications,
          connect: () => connectNotificationServer({ log }),
          activate: (spec, choice) => core.activateNotification(spec, choice),
          appName: app.getName(),
          desktopEntry: LINUX_DESKTOP_ENTRY,
          iconPath: appIconFile(resourceLocation),
          log,
        })
      : electronNotifications;
  core.onNotification((spec) => notifications.show(spec));
  pushRoutes(core.onShowWindow, popover);
  const stopPower = registerPower({
    powerMonitor,
    net,
    clock: createSystemClock(),
    refresh: (why) => refresh(why),
  });

  let quitStarted = false;
  registerAppEvents({
    app,
    platform: process.platform,
    popover,
    onBeforeQuit() {
      // A held quit (shell/quit-hold.ts) emits before-quit again: everything here is done once.
      if (quitStarted) return;
      quitStarted = true;
      stopPower();
      clearTimeout(later);
      updater?.dispose();
      notifications.closeAll();
      // Windows leaves a dead icon in the notification area until hovered if the tray outlives us.
      tray.destroy();
      void core.stop();
    },
    ...(demoProfile ? { onQuit: () => demoProfile.remove() } : {}),
    log,
  });
  app.on('will-quit', () => shortcut.dispose());
  registerQuitHold({
    app,
    pending: () => Promise.all([bootSettings.flush(), logging.load()]),
    boundMs: QUIT_HOLD_MS,
    timers: { setTimeout, clearTimeout },
    log,
  });

  // Writes the boot kept in memory go to the file once the first count is out, not a second later.
  const stopWaitingForFirstCount = openSettingsAfterFirstCount(core.onSnapshot, bootSettings.open, (run) =>
    setTimeout(run, 0),
  );
  core.start();
  notifications.listen();
  const later = setTimeout(() => {
    void logging.load();
    stopWaitingForFirstCount();
    void bootSettings.open();
    try {
      updater = registerUpdater(updaterDeps);
      updater.onReady(() => core.setUpdateReady(true));
      updater.onAvailable((version) => core.setUpdateAvailable(version));
    } catch (error) {
      // A broken install (electron-updater missing or failing to load) costs updates, not the app.
      log.error('Automatic updates could not start', error);
    }
  }, LATER_MS);
  if (!options.demo && core.preferences().startAtLogin) {
    // What the OS has now wins over the preference: refreshed only if still on (shell/login-item.ts).
    await loginItem
      .refresh()
      .then((state) => core.applyLoginItemState(state))
      .catch((error: unknown) => log.warn('Could not check the login item', error));
  }
  if (options.demo) {
    await core.tryDemo().catch((error: unknown) => log.error('Demo sign-in failed', error));
  }
  publishDemoHandle(options.demo, {
    core,
    demoServer: () => demoServer,
    tray,
    notifications,
    window: popover,
  });
}
