'use strict';
// Preloaded (`node --require`) into an app under the double by tests/boot/boot-order.boot.test.ts:
// records when a package the first tray image must not wait for is first loaded through
// CommonJS (electron-updater is loaded with createRequire), on the same clock as the double's
// call log (performance.now()).
const Module = require('node:module');

const WATCHED = /^(electron-updater|electron-log|electron-store|conf|ajv)(\/|$)/;
const loads = [];
globalThis.__moduleLoads = loads;
const load = Module._load;
Module._load = function recordLoad(request, ...rest) {
  const exported = load.call(this, request, ...rest);
  const match = WATCHED.exec(request);
  if (match && !loads.some((entry) => entry.name === match[1]))
    loads.push({ name: match[1], t: performance.now() });
  return exported;
};
