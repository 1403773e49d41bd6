import { isAllowedExternalUrl } from '../../../shared/ipc-contract';
import { LANGUAGE_SETTINGS } from '../../../shared/types';
import type {
  AppSnapshot,
  Invite,
  InviteResponse,
  LanguageSetting,
  Preferences,
} from '../../../shared/types';
import { createAccounts } from '../accounts/accounts';
import type { CreateCloudflareApi } from '../cloudflare/api';
import { AppError, isAppError, sentence, toErrorInfo } from '../errors';
import { updateReadyNotification, type NotificationSpec } from '../notify/notify-policy';
import { isQuietTime, localMinutes, quietRule, withSound } from '../notify/quiet-hours';
import { createSyncEngine, createSystemClock } from '../sync';
import type { TrayView } from '../tray/tray-view';
import { createAccountFlows, createProfileApi } from './account-flows';
import { createDemoAccess } from './demo-access';
import { createEmitter } from './emitter';
import { createNotices } from './notices';
import { pruneInviteMemories } from './invite-memory';
import { createNotifier } from './notifier';
import { createLanguageSource, explainRefusedPreferences, loadLanguage, localeFor } from './language';
import { activeShortcut, createShortcutControl, settleStoredShortcut } from './shortcut-control';
import { createTrayOutput } from './tray-output';
import { createSystemState } from './system-state';
import type { InvitrayCore, InvitrayCoreDeps, WindowRoute } from './types';
import { HeldDeclines } from './held-declines';
import { RecentAnswers } from './recent-answers';
import { createUserActions } from './user-actions';
import { nextWake } from './next-wake';
import { createWakeTimer } from './wake-timer';

export function createInvitrayCore(deps: InvitrayCoreDeps): InvitrayCore {
  const { settings, log } = deps;
  const clock = deps.clock ?? createSystemClock();
  const listenerFailed = (error: unknown) =>
    log.error(`A core listener failed: ${error instanceof Error ? error.name : typeof error}`);
  const snapshots = createEmitter<AppSnapshot>(listenerFailed);
  const trayViews = createEmitter<TrayView>(listenerFailed);
  const notifications = createEmitter<NotificationSpec>(listenerFailed);
  const minutesAt = deps.localMinutes ?? localMinutes;
  // The one way out for notifications, so the sound switch and quiet hours apply to every
  // kind. Holding back is the notifier's; here quiet hours only take the sound away.
  const notify = (spec: NotificationSpec) => {
    const quiet = isQuietTime(preferences.quietHours, minutesAt(clock.now()));
    const hushed = quiet && quietRule(spec) === 'silenced';
    notifications.emit(withSound(spec, preferences.notificationSound && !hushed));
  };
  const windowRequests = createEmitter<WindowRoute>(listenerFailed);

  // Only this core writes preferences, so reading them once (conf re-reads the file per get) is safe.
  let preferences: Preferences = settings.getPreferences();
  // One "update ready" notification per run; the tray menu keeps offering the restart.
  let updateAnnounced = false;
  // One clock for polling, expiry and Retry-After: the API client gets it too.
  const createApi: CreateCloudflareApi = (options) =>
    deps.createApi({ ...options, now: () => clock.now(), log });
  const accounts = createAccounts({
    settings,
    keychain: deps.keychain,
    createApi,
    baseUrl: () => deps.apiBaseUrl,
  });
  const demo = createDemoAccess(deps.startDemo, deps.apiBaseUrl);
  // The file's shortcut passes the same check as one pressed in Settings; a refused one gives way
  // to the default, and Settings says which and why (ShortcutStatus.replaced).
  const storedShortcut = settleStoredShortcut(preferences.globalShortcut, deps.platform);
  if (storedShortcut.store !== undefined) {
    preferences = settings.updatePreferences({ globalShortcut: storedShortcut.store });
  }
  if (storedShortcut.replaced) {
    log.warn(
      `The settings file's global shortcut ${storedShortcut.replaced.accelerator} cannot be used (${storedShortcut.replaced.problem}); Invitray uses ${preferences.globalShortcut} instead.`,
    );
  }
  const shortcut = createShortcutControl(
    deps.applyGlobalShortcut,
    log,
    deps.platform,
    storedShortcut.replaced,
  );
  const translator = createLanguageSource(deps.systemLanguages ?? [], () => preferences, deps.catalogues);
  const notices = createNotices();
  // Declines from the tray menu and notification buttons wait here with an Undo (held-declines.ts).
  const declines = new HeldDeclines(clock, () => noticesChanged());
  // What was answered here, and the membership an accept made: "Recently answered" (recent-answers.ts).
  const recent = new RecentAnswers(
    { load: () => settings.recentAnswers(), save: (answers) => settings.setRecentAnswers(answers) },
    () => clock.now(),
    () => noticesChanged(),
  );
  /** What the window and the tray see: the engine's snapshot, its notices, held declines and recent answers. */
  const decorated = (snapshot: AppSnapshot): AppSnapshot => {
    const withNotices = notices.apply(snapshot);
    const held = declines.list();
    const answers = recent.list();
    return {
      ...withNotices,
      ...(held.length === 0 ? {} : { heldDeclines: held }),
      ...(answers.length === 0 ? {} : { recentAnswers: answers }),
    };
  };

  const apiFor = createProfileApi({ accounts, demo, createApi, apiBaseUrl: deps.apiBaseUrl });
  const engine = createSyncEngine({
    getApi: apiFor,
    intervalMs: () => preferences.pollIntervalMinutes * 60_000,
    clock,
    ...(deps.random === undefined ? {} : { random: deps.random }),
    onListenerError: listenerFailed,
    log,
  });
  const notifier = createNotifier({
    settings,
    snapshot: () => engine.snapshot(),
    preferences: () => preferences,
    now: () => clock.now(),
    emit: notify,
    translator,
    held: { load: () => settings.quietHeldInviteIds(), save: (ids) => settings.setQuietHeldInviteIds(ids) },
    localMinutes: minutesAt,
  });
  const flows = createAccountFlows({ accounts, engine, notifier, demo, log });
  const tray = createTrayOutput({
    platform: deps.platform,
    ...(deps.linuxTraySize === undefined ? {} : { linuxTraySize: deps.linuxTraySize }),
    now: () => clock.now(),
    snapshot: () => decorated(engine.snapshot()),
    preferences: () => preferences,
    notices: () => notices.menuLines(translator()),
    emitter: trayViews,
    translator,
  });

  // Lapses, reminders, the end of quiet hours and the tray's relative times move with the
  // clock, not with events: one timer for the next of them, re-armed whenever that may move.
  let running = false;
  const wake = createWakeTimer(clock, lookAtTheClock);
  function lookAtTheClock(): void {
    tray.publish();
    notifier.remind();
    rearm();
  }
  function rearm(): void {
    if (!running) return;
    wake.arm(
      nextWake({
        snapshot: engine.snapshot(),
        now: clock.now(),
        preferences,
        holding: notifier.holding(),
        localMinutes: minutesAt,
      }),
    );
  }

  engine.onSnapshot((snapshot) => {
    snapshots.emit(decorated(snapshot));
    tray.publish();
    // An account that just failed no longer holds back what quiet hours kept for the others.
    notifier.settle();
    rearm();
  });
  /** A notice or a held decline appeared or went: the window (snapshot) and the tray menu both say so. */
  function noticesChanged(): void {
    snapshots.emit(decorated(engine.snapshot()));
    tray.publish();
  }

  const system = createSystemState({
    notices,
    platform: deps.platform,
    log,
    startAtLogin: () => preferences.startAtLogin,
    turnOffStartAtLogin() {
      preferences = settings.updatePreferences({ startAtLogin: false });
      tray.publish(true);
    },
    changed: noticesChanged,
  });
  engine.onEvents((events, meta) => {
    notifier.onEvents(events, meta);
    rearm();
  });
  // A poll that finds nothing new publishes nothing; it still re-times the wake, so a wall
  // clock set forward (NTP after a boot with a wrong hardware clock) delays no reminder by more
  // than a poll interval. Costs no wake-up of its own.
  engine.onTimesMoved(() => wake.retime());
  const remembered = { keepOnly: (listed: ReadonlySet<string>) => settings.keepInviteIds(listed) };
  engine.onEvents((events, meta) =>
    pruneInviteMemories(events, meta, engine.snapshot(), [notifier, remembered]),
  );
  flows.syncProfiles();

  // Updates are applied in the order they were asked for, though a language's catalogue may load
  // in between: a <select> moved with the arrow keys sends one update per step, and the last one
  // must win even when an earlier step's chunk loads after it. Null when nothing is waiting.
  let catalogueWait: Promise<void> | null = null;
  function inTurn(language: unknown): Promise<void> | null {
    if (!(LANGUAGE_SETTINGS as readonly unknown[]).includes(language)) return catalogueWait;
    // Spoken from this update on: its catalogue first (English if it cannot be loaded).
    const loaded = loadLanguage(
      deps.catalogues,
      language as LanguageSetting,
      deps.systemLanguages ?? [],
    ).catch((error: unknown) =>
      log.warn(
        `The ${String(language)} catalogue could not be loaded (${error instanceof Error ? error.name : typeof error}); speaking English`,
      ),
    );
    const turn: Promise<void> = Promise.all([catalogueWait, loaded]).then(() => {
      if (catalogueWait === turn) catalogueWait = null;
    });
    catalogueWait = turn;
    return turn;
  }

  async function updatePreferences(patch: unknown): Promise<Preferences> {
    explainRefusedPreferences(patch, translator(), deps.platform);
    const turn = inTurn((patch as { language?: unknown } | null)?.language);
    if (turn) await turn;
    const before = preferences;
    preferences = settings.updatePreferences(patch);
    if (preferences.globalShortcut !== before.globalShortcut) shortcut.forgetReplaced();
    if (preferences.startAtLogin !== before.startAtLogin && deps.setLoginItem) {
      try {
        const state = await deps.setLoginItem(preferences.startAtLogin);
        if (state) system.applyLoginItemState(state);
      } catch (error) {
        preferences = settings.updatePreferences({ startAtLogin: before.startAtLogin });
        tray.publish(true);
        log.warn(`Changing start at login failed: ${error instanceof Error ? error.name : typeof error}`);
        if (isAppError(error)) throw error;
        throw new AppError('server-error', sentence('error.loginItem'), {
          cause: error,
        });
      }
    }
    if (preferences.pollIntervalMinutes !== before.pollIntervalMinutes) engine.intervalChanged();
    notifier.settle();
    shortcut.apply(activeShortcut(preferences));
    tray.publish();
    rearm();
    return preferences;
  }

  /** Every answer, from any entry point: sent, remembered, and after an accept the membership looked up. */
  async function answerInvite(
    profileId: string,
    inviteId: string,
    response: InviteResponse,
  ): Promise<Invite> {
    const invite = await engine.respond(profileId, inviteId, response);
    const organizationId = invite.organization_id;
    const organizationName = invite.organization_name ?? organizationId;
    recent.answered({ profileId, inviteId, organizationId, organizationName, answer: response });
    if (response === 'accepted') await lookUpMembership(profileId, inviteId, organizationId);
    return invite;
  }
  /** Best effort: the accept stands whatever this finds; null shows as "could not read yet". */
  async function lookUpMembership(profileId: string, inviteId: string, accountId: string): Promise<void> {
    try {
      const membership = await (await apiFor(profileId)).findMembership(accountId);
      recent.update(profileId, inviteId, { membership });
    } catch (error) {
      log.warn(`Reading the membership an accept made failed: ${toErrorInfo(error).kind}`);
      recent.update(profileId, inviteId, { membership: null });
    }
  }

  const actions = createUserActions({
    snapshot: () => engine.snapshot(),
    preferences: () => preferences,
    respond: answerInvite,
    membershipOf: (profileId, inviteId) => recent.find(profileId, inviteId)?.membership ?? null,
    refresh: () => engine.refresh(),
    async toggleStartAtLogin() {
      try {
        await updatePreferences({ startAtLogin: !preferences.startAtLogin });
      } finally {
        tray.publish(true);
      }
    },
    showWindow: (route) => windowRequests.emit(route),
    profileIds: () => accounts.list().map((profile) => profile.id),
    notify,
    declines,
    translator,
    quit: () => quit(),
    ...(deps.restartToUpdate === undefined ? {} : { restartToUpdate: deps.restartToUpdate }),
    log,
  });

  /** Quit cancels held declines unsent (held-declines.ts says why); the invitations stay pending. */
  function cancelHeldDeclines(): void {
    const cancelled = declines.cancelAll();
    if (cancelled > 0) log.info(`Quit during the undo time: ${cancelled} held decline(s) not sent`);
  }
  function quit(): void {
    cancelHeldDeclines();
    deps.quit();
  }

  return {
    start() {
      if (running) return;
      running = true;
      log.info(`Invitray core starting (${accounts.list().length} accounts)`);
      engine.start();
      shortcut.apply(activeShortcut(preferences));
      tray.publish();
      rearm();
    },
    async stop() {
      running = false;
      cancelHeldDeclines();
      wake.stop();
      engine.stop();
      await demo.close();
    },
    async whenIdle() {
      await declines.whenSent();
      await engine.whenIdle();
    },

    snapshot: () => decorated(engine.snapshot()),
    trayView: () => tray.current(),
    async refresh(profileId) {
      try {
        await engine.refresh(profileId);
      } finally {
        // After a suspend (main refreshes on resume) the wake is late by the whole sleep, as
        // timers stop while the wall clock does not, and a mark passed in the sleep is never
        // armed again: look now, with the fresh list (an invitation answered meanwhile is not
        // reminded about). Also re-times the wake from the wall clock after a clock change.
        if (running) {
          wake.stop();
          lookAtTheClock();
        }
      }
    },
    respond(profileId, inviteId, response) {
      // An answer from the window settles a decline still held for it: the last click wins.
      declines.undo(profileId, inviteId);
      return answerInvite(profileId, inviteId, response);
    },
    async leaveAccount(profileId, inviteId) {
      const entry = recent.find(profileId, inviteId);
      if (entry?.answer !== 'accepted') throw new AppError('not-found', sentence('error.notMembershipId'));
      const api = await apiFor(profileId);
      const membership = entry.membership ?? (await api.findMembership(entry.organizationId));
      // No membership, or Cloudflare answers 404 for it: gone already, which is what was asked for.
      const { alreadyGone } = membership ? await api.leaveMembership(membership.id) : { alreadyGone: true };
      log.info(`Left account ${entry.organizationId}${alreadyGone ? ' (already gone)' : ''}`);
      recent.update(profileId, inviteId, { left: true });
    },
    undoDecline: (profileId, inviteId) => declines.undo(profileId, inviteId),
    async details(profileId, inviteId) {
      return (await apiFor(profileId)).getInvite(inviteId);
    },

    listAccounts: () => accounts.list(),
    addAccount: (label, credential) => flows.add(label, credential),
    updateCredential: (profileId, credential) => flows.updateCredential(profileId, credential),
    async removeAccount(profileId) {
      await flows.remove(profileId);
      recent.forgetProfile(profileId);
    },
    tryDemo: () => flows.tryDemo(),

    preferences: () => preferences,
    updatePreferences,
    appInfo: () => {
      const { language } = translator();
      const locale = localeFor(language, deps.systemLanguages ?? []);
      return { ...deps.appInfo, shortcut: shortcut.status(), language, locale };
    },
    async openExternal(url) {
      if (!isAllowedExternalUrl(url)) {
        throw new AppError('invalid-request', sentence('error.linksOnly'));
      }
      // The parsed form, so the browser opens exactly the URL that was checked.
      await deps.openExternal(new URL(url).href); // eng-disable OPEN_EXTERNAL_JS_CHECK -- checked by isAllowedExternalUrl just above
    },
    async openLogs() {
      await deps.openLogs();
    },
    hideWindow: () => deps.hideWindow(),
    quit,
    setUpdateReady(ready) {
      const announce = ready && !updateAnnounced && preferences.notificationsEnabled;
      updateAnnounced ||= ready;
      tray.setUpdateReady(ready);
      if (announce) notify(updateReadyNotification(translator()));
    },

    setUpdateAvailable: (version) => tray.setUpdateAvailable(version),
    applyLoginItemState: (state) => system.applyLoginItemState(state),
    notificationsFailed: (reason) => system.notificationsFailed(reason),

    activateNotification: (spec, action) => actions.activateNotification(spec, action),
    activateNotificationId: (raw, action) => actions.activateNotificationId(raw, action),
    handleMenuAction: (action) => actions.handleMenuAction(action),

    onSnapshot: (listener) => snapshots.on(listener),
    onTrayView: (listener) => trayViews.on(listener),
    onNotification: (listener) => notifications.on(listener),
    onShowWindow: (listener) => windowRequests.on(listener),
  };
}
