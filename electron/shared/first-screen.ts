import type { AppInfo } from './ipc-contract';
import { LANGUAGES, type AppSnapshot, type Language, type Preferences } from './types';

// The window's first screen, served with its page (issue 21 item 8): main renders the
// invitation list into index.html (electron/main/shell/first-screen.ts, with Svelte's server
// renderer: src/first-screen/server-render.ts), so it is painted before the renderer's script
// has run, and names the window's language in a data block the page reads before asking main.
// The live app replaces that markup once it has drawn the same screen itself (src/main.ts).
// Nothing here is a channel: the page's calls to main still go through the one IPC contract.

/** The inert, pre-rendered screen: removed by the app once it is live. */
export const FIRST_SCREEN_MARKUP_ID = 'first-screen';
/** `<script type="application/json">`: data, never run, so the CSP has nothing to refuse. */
export const FIRST_SCREEN_DATA_ID = 'invitray-first-screen';
/**
 * A notice that the window's script never ran (a damaged install), which CSS alone reveals
 * after a while: removed by the page's script as soon as it runs.
 */
export const FIRST_SCREEN_STUCK_ID = 'first-screen-stuck';

/**
 * The cards a list's first render holds (src/lib/progressive-list.ts): all the first screen
 * draws of its pending list, so all of it main puts in the first screen's snapshot.
 */
export const FIRST_CARDS = 5;

/** The sizes of the invitations screen's two groups, over every account. */
export interface FirstScreenCounts {
  pending: number;
  earlier: number;
}

/** What main knows when a window asks for its page: the values its IPC answers carry. */
export interface FirstScreenState {
  /**
   * The snapshot as IPC would carry it (no secrets), but with only the invitations the first
   * screen draws: the first FIRST_CARDS pending ones (electron/main/shell/first-screen-pick.ts),
   * unless `counts` is null.
   */
  snapshot: AppSnapshot;
  /**
   * The whole groups' sizes, which the snapshot's few invitations no longer tell. Null: the
   * snapshot is the whole one (main could not pick from it), and the renderer counts it.
   */
  counts: FirstScreenCounts | null;
  preferences: Preferences;
  info: AppInfo;
  /** The core's clock: relative times are drawn as the app would draw them now. */
  now: number;
}

/** The data block: what the page needs before main's first answer. */
export interface FirstScreenData {
  language: Language;
  locale: string;
}

/** The built server renderer's export (out/main/first-screen.js): the screen's markup. */
export type RenderFirstScreen = (state: FirstScreenState) => string | null;
/** The built server renderer's other export: the stuck-window notice, plain text in `language`. */
export type StuckNoticeText = (language: Language) => string;

/**
 * The data block's content, or null when it is absent or not what main writes (a page served
 * by Vite's dev server has none; a damaged one must not stop the window): the page then starts
 * as it always did, asking main.
 */
export function readFirstScreenData(text: string | null | undefined): FirstScreenData | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { language, locale } = value as Record<string, unknown>;
  if (!LANGUAGES.includes(language as Language)) return null;
  if (typeof locale !== 'string' || locale.length === 0 || locale.length > 64) return null;
  return { language: language as Language, locale };
}
