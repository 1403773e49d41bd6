'use strict';
// Preloaded (`node --require`) into an app under the double by tests/boot/boot-order.boot.test.ts:
// records when a package the first tray image must not wait for is first loaded through
// CommonJS (electron-updater is loaded with createRequire), on the same clock as the double's
// call log (performance.now()). It also records when one is first asked for through `import`
// (`__importsAsked`, from an ESM resolve hook: import-request-hooks.mjs), which comes before
// any of it loads: electron-store is imported dynamically, and its ~100 modules load after.
const Module = require('node:module');
const { MessageChannel, isMainThread } = require('node:worker_threads');
const { pathToFileURL } = require('node:url');

const WATCHED = /^(electron-updater|electron-log|electron-store|conf|ajv)(\/|$)/;
const asked = [];
globalThis.__importsAsked = asked;
// `--require` runs in the module hooks' own thread too: the hook is registered from the main one.
if (isMainThread) {
  const { port1, port2 } = new MessageChannel();
  port1.on('message', ({ specifier, at }) => {
    const name = WATCHED.exec(specifier)[1];
    if (!asked.some((entry) => entry.name === name)) asked.push({ name, t: at - performance.timeOrigin });
  });
  port1.unref();
  Module.register(pathToFileURL(require.resolve('./import-request-hooks.mjs')), {
    data: { port: port2, watched: WATCHED.source },
    transferList: [port2],
  });
}
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
