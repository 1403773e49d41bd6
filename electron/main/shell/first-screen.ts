import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { redactOutbound } from '../core/ipc';
import { pickFirstScreen } from './first-screen-pick';
import {
  FIRST_SCREEN_DATA_ID,
  FIRST_SCREEN_MARKUP_ID,
  FIRST_SCREEN_STUCK_ID,
  type FirstScreenData,
  type FirstScreenState,
  type RenderFirstScreen,
  type StuckNoticeText,
} from '../../shared/first-screen';
import type { AppInfo } from '../../shared/ipc-contract';
import type { AppSnapshot, Preferences } from '../../shared/types';

// index.html as main serves it: with the window's first screen already in it (see
// electron/shared/first-screen.ts). One module for main's app:// handler and the browser
// harness's server, so the benchmark and the e2e suite measure and test this very code.

/** What goes into the page: the pre-rendered markup (null: none) and the data block. */
export interface FirstScreen {
  markup: string | null;
  data: FirstScreenData;
  theme: Preferences['theme'];
  /** Plain text, shown by CSS alone if the page's script never runs (src/app.css). */
  stuckNotice: string;
}

export type FirstScreenSource = () => Promise<FirstScreen | null>;

/**
 * The core's answers to the window's first three calls, as IPC would carry them (no secrets),
 * with only the invitations the first screen draws (first-screen-pick.ts).
 */
export function firstScreenState(
  core: { snapshot(): AppSnapshot; preferences(): Preferences; appInfo(): AppInfo },
  now = Date.now(),
): FirstScreenState {
  const { snapshot, counts } = pickedOrWhole(core.snapshot(), now);
  return {
    snapshot: redactOutbound(snapshot),
    counts,
    preferences: core.preferences(),
    info: core.appInfo(),
    now,
  };
}

/**
 * The pick, or the whole snapshot (and no counts: the renderer counts it) when the pick throws on
 * a snapshot the window cannot group either (a field of the wrong type, a record missing). The
 * renderer then throws on the whole snapshot, as it did before the pick existed, and the page is
 * served with the stuck-window notice but no screen (markupOrNone): the window's own render
 * throws the same way, so the notice is all that tells why the app never starts. A throw here
 * instead would fail the whole first screen, and the page would be served without the notice.
 */
function pickedOrWhole(whole: AppSnapshot, now: number): Pick<FirstScreenState, 'snapshot' | 'counts'> {
  try {
    return pickFirstScreen(whole, now, redactOutbound<string>);
  } catch {
    return { snapshot: whole, counts: null };
  }
}

/**
 * JSON that cannot end its `<script>` element or open a comment inside it: `<`, `>` and `&` as
 * \u escapes (JSON.parse reads them back unchanged), and the two line separators some parsers
 * treat as ends of line.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

const escapeHtml = (value: string) =>
  value.replace(/[&"<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c]!);

const APP_ROOT = '<div id="app"></div>';

/**
 * `html` with the first screen in it: the data block, and the markup `inert` (nothing in it can
 * be focused, clicked or read aloud before the live app replaces it) just before the app's own
 * root. The page's language and theme are set on <html> so the screen is drawn right at once.
 * A page without the app's root (not the app's index.html) is returned unchanged.
 */
export function injectFirstScreen(html: string, screen: FirstScreen | null): string {
  if (!screen || !html.includes(APP_ROOT)) return html;
  const data = `<script type="application/json" id="${FIRST_SCREEN_DATA_ID}">${jsonForScript(screen.data)}</script>`;
  const markup =
    screen.markup === null
      ? ''
      : `<div id="${FIRST_SCREEN_MARKUP_ID}" class="first-screen" inert>${screen.markup}</div>`;
  // Outside the inert screen, so a screen reader can read it once it shows; before then it is
  // hidden (visibility) from everyone. Without a script that runs, nothing else would tell the
  // user why the list ignores clicks, or why the window stays blank.
  const stuck = `<p id="${FIRST_SCREEN_STUCK_ID}" class="first-screen-stuck" role="alert">${escapeHtml(screen.stuckNotice)}</p>`;
  const theme = screen.theme === 'system' ? '' : ` data-theme="${escapeHtml(screen.theme)}"`;
  return html
    .replace(/<html\b[^>]*>/, `<html lang="${escapeHtml(screen.data.language)}"${theme}>`)
    .replace(APP_ROOT, () => `${data}${markup}${stuck}${APP_ROOT}`);
}

/** out/main/first-screen.js (src/first-screen/server-render.ts). */
interface ServerRenderer {
  renderFirstScreen: RenderFirstScreen;
  stuckNoticeText: StuckNoticeText;
}

export interface FirstScreenSourceDeps {
  /** out/main: where the build put first-screen.js. */
  mainDir: string;
  state: () => FirstScreenState;
  log: { warn(message: string, ...details: unknown[]): void };
}

/**
 * A screen that throws while drawn on the server (a component's bug) would throw in the window
 * as well, where the app then never starts: the page is still served with its language and the
 * stuck-window notice, which says so, only without the pre-drawn screen.
 */
function markupOrNone(
  render: RenderFirstScreen,
  state: FirstScreenState,
  log: FirstScreenSourceDeps['log'],
): string | null {
  try {
    return render(state);
  } catch (error) {
    log.warn('The first screen could not be rendered; the window starts without it', error);
    return null;
  }
}

/**
 * Renders the first screen for each page load. Svelte's server renderer and the components are
 * loaded at the first page load, not at boot: a tray app may never open its window.
 * A renderer that cannot be loaded is logged and the page served as built: the app then starts
 * as it always did. A screen that throws is served without its markup (markupOrNone), with the
 * language and the stuck-window notice.
 */
export function createFirstScreenSource({ mainDir, state, log }: FirstScreenSourceDeps): FirstScreenSource {
  let renderer: Promise<ServerRenderer> | null = null;
  return async () => {
    try {
      renderer ??= import(pathToFileURL(join(mainDir, 'first-screen.js')).href) as Promise<ServerRenderer>;
      const current = state();
      const language = current.info.language ?? 'en';
      const { renderFirstScreen, stuckNoticeText } = await renderer;
      return {
        markup: markupOrNone(renderFirstScreen, current, log),
        data: { language, locale: current.info.locale ?? language },
        theme: current.preferences.theme,
        stuckNotice: stuckNoticeText(language),
      };
    } catch (error) {
      renderer = null;
      log.warn('The first screen could not be served; the window starts without it', error);
      return null;
    }
  };
}
