import type { FirstScreenCounts } from '../../electron/shared/first-screen';
import type { AppInfo, CredentialInput, PreferencesPatch } from '../../electron/shared/ipc-contract';
import type {
  AppSnapshot,
  ErrorInfo,
  InviteResponse,
  Preferences,
  WindowRoute,
} from '../../electron/shared/types';
import type { Bridge, Result } from './bridge';
import { createTranslator, type Params, type Translator } from '../../electron/shared/i18n/translate';
import type { WindowMessageKey } from '../../electron/shared/i18n/window-keys';
import { createFormatters, type Formatters } from './format';
import { loadCatalogue, reason, type CatalogueLog, type LoadedCatalogue } from './i18n';
import { rememberLanguage } from './language-hint';
import { ALL_ACCOUNTS, entryKey } from './invites';

// The renderer's one store. Snapshots from main are immutable and replaced
// whole, so they are held as raw state: no deep proxies over thousands of invites.

export type Screen =
  | { name: 'invites' }
  | { name: 'details'; profileId: string; inviteId: string }
  | { name: 'settings' }
  | { name: 'add-account' }
  | { name: 'reauth'; profileId: string; from: 'invites' | 'settings' };

const CLOCK_TICK_MS = 30_000;

/** The screen for a route main asked for. */
export function screenForRoute(route: WindowRoute): Screen {
  if (route.view === 'invite')
    return { name: 'details', profileId: route.profileId, inviteId: route.inviteId };
  return { name: route.view };
}

export class AppState {
  snapshot = $state.raw<AppSnapshot | null>(null);
  preferences = $state.raw<Preferences | null>(null);
  info = $state.raw<AppInfo | null>(null);
  /** A failure loading the first snapshot: nothing else can be shown. */
  loadError = $state.raw<ErrorInfo | null>(null);
  now = $state(Date.now());
  screen = $state.raw<Screen>({ name: 'invites' });
  /** False until the first screen change: the first screen does not steal focus, later ones move it. */
  navigated = $state(false);
  accountFilter = $state(ALL_ACCOUNTS);
  /** Failures of calls that main refused before they reached the sync engine. */
  callErrors = $state.raw<Record<string, ErrorInfo>>({});
  /** False until Intl's formatters exist (just after the first list is painted): dates get their tooltips then. */
  datesReady = $state(false);
  /**
   * Set only where main's server renderer draws the first screen (src/first-screen/server-render.ts):
   * its snapshot holds just the cards that screen draws, and these are the groups' whole sizes.
   * The live window counts its own snapshot.
   */
  listCounts: FirstScreenCounts | null = null;

  format = $state.raw<Formatters>(createFormatters());
  /** The active language's messages; null until its catalogue has loaded (nothing is shown before). */
  translator = $state.raw<Translator | null>(null);
  readonly #bridge: Bridge;
  readonly #log: CatalogueLog;
  readonly #stops: (() => void)[] = [];
  /** The language main asked for; the catalogue may be English's if its chunks failed to load. */
  #wanted: string | undefined;
  /** The catalogue `translator` speaks from, and whether it holds both chunks. */
  #catalogue = $state.raw<LoadedCatalogue | null>(null);
  /** The locale `format` and the translator's numbers speak; undefined while it is still the browser's (main.ts). */
  #locale: string | undefined;
  /** Whether the Intl warm-up after the first screen has been scheduled (once per window). */
  #datesScheduled = false;

  constructor(bridge: Bridge, format: Formatters, log: CatalogueLog = console) {
    this.#bridge = bridge;
    this.format = format;
    this.#log = log;
  }

  /** The message in the window's language (see electron/shared/i18n). */
  t(key: WindowMessageKey, params?: Params): string {
    return this.translator?.t(key, params) ?? '';
  }

  /**
   * Main decides the language (Settings, else the OS's) and the locale of dates and numbers
   * (app.info); the window never guesses its own. A catalogue that cannot be loaded is English's
   * instead (src/lib/i18n.ts); when not even English's can be, the failure is logged there and
   * the window keeps what it has.
   */
  async #useLanguage(info: AppInfo | null): Promise<void> {
    const wanted = info?.language ?? 'en';
    const locale = info?.locale ?? wanted;
    if (this.#locale !== locale) {
      const format = createFormatters(locale);
      // Intl is already in use once the first list was painted: the new formatters use it too.
      if (this.datesReady) format.warmUp();
      this.format = format;
      this.#locale = locale;
      if (this.#catalogue && this.#wanted === wanted) this.#speak(this.#catalogue);
    }
    if (this.#wanted === wanted) return;
    this.#wanted = wanted;
    rememberLanguage(wanted);
    try {
      const first = await loadCatalogue(wanted, false, this.#log);
      if (this.#wanted !== wanted) return;
      this.#speak(first);
      const whole = await loadCatalogue(wanted, true, this.#log);
      if (this.#wanted === wanted) this.#speak(whole);
    } catch (error) {
      // The app's own files are unreadable: nothing to fall back to, but start() must not reject.
      this.#log.error(`Invitray could not load its English catalogue either (${reason(error)}).`);
    }
  }

  #speak(loaded: LoadedCatalogue): void {
    this.#catalogue = loaded;
    this.translator = createTranslator(loaded.language, loaded.catalogue, this.#locale);
    this.#loadDatesAfterFirstScreen();
  }

  /** Whether `translator` holds the window's whole catalogue, not only its first chunk. */
  get wholeCatalogue(): boolean {
    return this.translator !== null && this.#catalogue?.whole === true;
  }

  /**
   * True when the current screen shows only what the catalogue's first chunk holds: the
   * invitation list with nothing wrong. Every other screen waits for the whole catalogue.
   */
  get firstChunkSuffices(): boolean {
    if (this.loadError || !this.snapshot || !this.signedIn) return false;
    if (this.screen.name !== 'invites') return false;
    if ((this.snapshot.notices?.length ?? 0) > 0) return false;
    return this.profiles.every((profile) => profile.error === null && profile.unreadableCount === 0);
  }

  get profiles() {
    return this.snapshot?.profiles ?? [];
  }

  get signedIn(): boolean {
    return this.profiles.length > 0;
  }

  /** Subscribes to main's state and asks for the first one; each answer is used as soon as it arrives. */
  async start(): Promise<void> {
    this.#stops.push(this.#bridge.onState((snapshot) => this.#accept(snapshot)));
    this.#stops.push(this.#bridge.onRoute((route) => this.go(screenForRoute(route))));
    const timer = setInterval(() => (this.now = Date.now()), CLOCK_TICK_MS);
    this.#stops.push(() => clearInterval(timer));
    await Promise.all([
      this.#bridge.snapshot().then((snapshot) => {
        if (snapshot.ok) this.#accept(snapshot.value);
        else if (!this.snapshot) this.loadError = snapshot.error;
      }),
      this.#bridge.preferences().then((preferences) => {
        if (preferences.ok) this.preferences = preferences.value;
      }),
      this.#bridge.info().then(async (info) => {
        if (info.ok) this.info = info.value;
        await this.#useLanguage(info.ok ? info.value : null);
      }),
    ]);
  }

  stop(): void {
    for (const stop of this.#stops.splice(0)) stop();
  }

  /** Snapshots may race the initial list call; the newest one wins. */
  #accept(snapshot: AppSnapshot): void {
    if (this.snapshot && snapshot.at < this.snapshot.at) return;
    this.snapshot = snapshot;
    this.#loadDatesAfterFirstScreen();
    this.now = Math.max(Date.now(), this.now);
    this.loadError = null;
    const known = (id: string) => snapshot.profiles.some((p) => p.profile.id === id);
    if (this.accountFilter !== ALL_ACCOUNTS && !known(this.accountFilter)) this.accountFilter = ALL_ACCOUNTS;
    const screen = this.screen;
    if ((screen.name === 'details' || screen.name === 'reauth') && !known(screen.profileId)) {
      this.go({ name: 'invites' });
    }
  }

  /**
   * Intl's first use loads ICU data, tens of ms in a new renderer process (hundreds on a busy
   * machine): it waits until the first screen has been painted (a frame, then a task); then the
   * times are rendered through it. That screen needs the snapshot and the catalogue both: a
   * snapshot that arrives first must not start Intl while the catalogue is still on its way.
   */
  #loadDatesAfterFirstScreen(): void {
    if (this.#datesScheduled || !this.snapshot || !this.translator) return;
    this.#datesScheduled = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        this.format.warmUp();
        this.datesReady = true;
        this.now = Date.now();
      }, 0);
    });
    this.#stops.push(() => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    });
  }

  go(screen: Screen): void {
    this.screen = screen;
    this.navigated = true;
  }

  /** Where Back (and Escape) lead from the current screen; null on the main screen. */
  get backTarget(): Screen | null {
    const screen = this.screen;
    if (screen.name === 'invites') return null;
    if (screen.name === 'add-account') return this.signedIn ? { name: 'settings' } : { name: 'invites' };
    if (screen.name === 'reauth') return { name: screen.from };
    return { name: 'invites' };
  }

  async respond(profileId: string, inviteId: string, response: InviteResponse): Promise<void> {
    const key = entryKey(profileId, inviteId);
    this.#setCallError(key, null);
    const result = await this.#bridge.respond(profileId, inviteId, response);
    if (!result.ok) this.#setCallError(key, result.error);
  }

  /** Takes back a decline held from the tray menu or a notification. */
  undoDecline(profileId: string, inviteId: string) {
    return this.#bridge.undoDecline(profileId, inviteId);
  }

  /** Leaves the account an accept made here joined; the error is kept for the entry to show. */
  async leaveAccount(profileId: string, inviteId: string): Promise<Result<void>> {
    const key = `leave:${entryKey(profileId, inviteId)}`;
    this.#setCallError(key, null);
    const result = await this.#bridge.leaveAccount(profileId, inviteId);
    if (!result.ok) this.#setCallError(key, result.error);
    return result;
  }

  async refresh(profileId?: string): Promise<Result<void>> {
    this.#setCallError('refresh', null);
    const result = await this.#bridge.refresh(profileId);
    if (!result.ok) this.#setCallError('refresh', result.error);
    return result;
  }

  addAccount(label: string, credential: CredentialInput) {
    return this.#bridge.addAccount(label, credential);
  }

  updateCredential(profileId: string, credential: CredentialInput) {
    return this.#bridge.updateCredential(profileId, credential);
  }

  removeAccount(profileId: string) {
    return this.#bridge.removeAccount(profileId);
  }

  tryDemo() {
    return this.#bridge.tryDemo();
  }

  async updatePreferences(patch: PreferencesPatch): Promise<Result<Preferences>> {
    const result = await this.#bridge.updatePreferences(patch);
    if (result.ok) this.preferences = result.value;
    // Main re-resolves these (did the OS take the shortcut? which language now?): ask again.
    if (result.ok && ('globalShortcut' in patch || 'globalShortcutEnabled' in patch || 'language' in patch)) {
      const info = await this.#bridge.info();
      if (info.ok) this.info = info.value;
      if (info.ok) await this.#useLanguage(info.value);
    }
    return result;
  }

  /** Opens a Cloudflare link in the browser; main allows only dash. and developers.cloudflare.com. */
  openLink(url: string) {
    return this.#bridge.openLink(url);
  }

  openLogs() {
    return this.#bridge.openLogs();
  }

  hideWindow() {
    return this.#bridge.hideWindow();
  }

  quit() {
    return this.#bridge.quit();
  }

  #setCallError(key: string, error: ErrorInfo | null): void {
    const next = { ...this.callErrors };
    if (error) next[key] = error;
    else delete next[key];
    this.callErrors = next;
  }
}
