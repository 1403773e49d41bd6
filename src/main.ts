import { mount } from 'svelte';
import {
  FIRST_SCREEN_DATA_ID,
  FIRST_SCREEN_MARKUP_ID,
  FIRST_SCREEN_STUCK_ID,
  readFirstScreenData,
} from '../electron/shared/first-screen';
import App from './App.svelte';
import { AppState } from './lib/app-state.svelte';
import { connectBridge } from './lib/bridge';
import { appContext } from './lib/context';
import { createFormatters } from './lib/format';
import { prefetchFirstChunk } from './lib/i18n';
import { likelyLanguage } from './lib/language-hint';

const target = document.getElementById('app');
if (!target) throw new Error('index.html lacks #app');

// Main serves the page with its first screen already drawn, inert, and the window's language
// in a data block (electron/shared/first-screen.ts); a page without them (Vite's dev server)
// starts as before. The catalogue of that language (else the one the last window spoke, or the
// OS's) is fetched alongside main's answers, not after them.
const firstScreen = document.getElementById(FIRST_SCREEN_MARKUP_ID);
const data = readFirstScreenData(document.getElementById(FIRST_SCREEN_DATA_ID)?.textContent);
prefetchFirstChunk(data?.language ?? likelyLanguage());

const app = new AppState(connectBridge(), createFormatters());
// The calls to main go out before the first render, which then happens while their answers
// are on the way; the list renders as soon as the snapshot arrives, whatever the other answers.
void app.start();
// The app draws its screen hidden; once it has (App.svelte's onlive), it takes the pre-drawn
// one's place in the same frame: no blank between them, and the list is never twice on the page.
if (firstScreen) target.hidden = true;
// Main's notice for a window that never starts (CSS shows it after a while, src/app.css) goes
// once the app draws a screen of its own, its error screens included: not when this script
// starts, since a script that runs may still never go live (its catalogue unreadable, a damaged
// install), and then has no words of its own to say so.
function onlive() {
  document.getElementById(FIRST_SCREEN_STUCK_ID)?.remove();
  if (!target || !target.hidden) return;
  firstScreen?.remove();
  target.hidden = false;
  performance.mark('invitray:live');
}
mount(App, { target, context: appContext(app), props: { onlive } });
