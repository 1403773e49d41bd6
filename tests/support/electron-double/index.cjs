'use strict';
// The module `electron` for one Node process under the double. One instance per process,
// whoever asks first (the app's ESM import through esm.mjs, or a CJS require inside
// electron-log, electron-store or electron-updater): they all get this same object.
const { createElectronDouble } = require('./create.cjs');

const KEY = Symbol.for('invitray.electron-double');

function configFromEnv() {
  const raw = process.env.ELECTRON_DOUBLE;
  if (!raw) throw new Error('electron double: ELECTRON_DOUBLE (its JSON configuration) is not set');
  return JSON.parse(raw);
}

module.exports = globalThis[KEY] ??= createElectronDouble(configFromEnv());
