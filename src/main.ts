import { mount } from 'svelte';
import App from './App.svelte';
import { AppState } from './lib/app-state.svelte';
import { connectBridge } from './lib/bridge';
import { appContext } from './lib/context';
import { createFormatters } from './lib/format';

const target = document.getElementById('app');
if (!target) throw new Error('index.html lacks #app');

const format = createFormatters();
const app = new AppState(connectBridge(), format);
// The first calls to main go out at once; the costly first use of Intl and the first
// render then happen while their answers are on the way.
const started = app.start();
format.warmUp();
mount(App, { target, context: appContext(app) });
void started;
