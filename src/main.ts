import { mount } from 'svelte';
import App from './App.svelte';
import { AppState } from './lib/app-state.svelte';
import { connectBridge } from './lib/bridge';
import { appContext } from './lib/context';
import { createFormatters } from './lib/format';
import { prefetchFirstChunk } from './lib/i18n';
import { likelyLanguage } from './lib/language-hint';

const target = document.getElementById('app');
if (!target) throw new Error('index.html lacks #app');

// The catalogue the last window spoke (or, in the first window, the OS's language) is fetched
// alongside main's answers, not after them.
prefetchFirstChunk(likelyLanguage());

const app = new AppState(connectBridge(), createFormatters());
// The calls to main go out before the first render, which then happens while their answers
// are on the way; the list renders as soon as the snapshot arrives, whatever the other answers.
void app.start();
mount(App, { target, context: appContext(app) });
