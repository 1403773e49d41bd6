// A tiny app for the double's own tests: the ESM import, a CommonJS require and the
// libraries the real app uses (electron-log requires 'electron'; electron-store imports it).
import electron, { app } from 'electron';
import { createRequire } from 'node:module';
import 'electron-log/main';
import ElectronStore from 'electron-store';

const require = createRequire(import.meta.url);
const cjs = require('electron');
new ElectronStore({ cwd: app.getPath('temp'), name: 'fixture' });
globalThis.fixture = {
  sameObject: cjs === electron && cjs.app === app,
  platform: process.platform,
  readyAtLoad: app.isReady(),
};
