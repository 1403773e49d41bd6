import { render } from 'svelte/server';
import App from '../App.svelte';
import { AppState } from '../lib/app-state.svelte';
import { disconnectedBridge } from '../lib/bridge';
import { appContext } from '../lib/context';
import { createFormatters } from '../lib/format';
import { CATALOGUES } from '../../electron/shared/i18n/catalogues';
import { createTranslator } from '../../electron/shared/i18n/translate';
import type { RenderFirstScreen, StuckNoticeText } from '../../electron/shared/first-screen';

// Built into main (electron.vite.config.ts, entry `first-screen`) and loaded only when a window
// asks for index.html (electron/main/shell/first-screen.ts): the window's first screen as HTML,
// rendered on the server by Svelte from the very components the renderer mounts, so the list
// is painted before the renderer's script has even been fetched. Nothing here runs in a window.

/**
 * The markup of the invitation list as the app's first render would draw it, or null when the
 * first screen is anything else (signed out, a problem, a notice): those screens wait for the
 * catalogue's later chunk in the window anyway, and are rare as a first screen.
 */
export const renderFirstScreen: RenderFirstScreen = (state) => {
  const language = state.info.language ?? 'en';
  const locale = state.info.locale ?? language;
  // No preload here: the store is only read while rendering, never asked to call main.
  const app = new AppState(disconnectedBridge(), createFormatters(locale));
  app.snapshot = state.snapshot;
  app.listCounts = state.counts;
  app.preferences = state.preferences;
  app.info = state.info;
  app.now = state.now;
  app.translator = createTranslator(language, CATALOGUES[language], locale);
  if (!app.firstChunkSuffices) return null;
  return render(App, { context: appContext(app) }).body;
};

/** The stuck-window notice main serves with every page (electron/main/shell/first-screen.ts). */
export const stuckNoticeText: StuckNoticeText = (language) =>
  createTranslator(language, CATALOGUES[language], language).t('app.windowStuck');
