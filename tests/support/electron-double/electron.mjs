// The double's "Electron executable": `node electron.mjs` with ELECTRON_DOUBLE set (launch.mjs
// does this). Like Electron it sets up the process (platform branch, process.resourcesPath,
// argv), makes `electron` resolve to the double for ESM and CommonJS alike, loads the app's
// main script, then emits `ready`.
import Module, { createRequire, register } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const config = JSON.parse(process.env.ELECTRON_DOUBLE ?? 'null');
if (!config) throw new Error('electron double: ELECTRON_DOUBLE is not set (start it through launch.mjs)');

// The platform branch is chosen per process, before anything of the app loads.
Object.defineProperty(process, 'platform', { value: config.platform, enumerable: true, configurable: true });

const cjsPath = fileURLToPath(new URL('./index.cjs', import.meta.url));
register('./resolve-hooks.mjs', import.meta.url, {
  data: { esm: new URL('./esm.mjs', import.meta.url).href, cjs: pathToFileURL(cjsPath).href },
});
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? cjsPath : resolveFilename.call(this, request, ...rest);
};

const require = createRequire(import.meta.url);
const electron = require('./index.cjs');
const { identity, state } = electron.__double;
process.resourcesPath = identity.resourcesPath;
process.type = 'browser';
process.versions.electron = state.electronVersion;
// What Electron's argv holds: its executable, then the launch arguments (`.` for `electron .`).
process.argv = [process.execPath, ...(config.argv ?? [])];
require('./bridge.cjs').startBridge(electron);
require('./exit-report.cjs').writeExitReportOnExit(electron, config.exitReport);

electron.__double.keepAlive();
state.mainStartedAt = performance.now();
state.mainStartedCpuMs = require('./state.cjs').cpuMs();
await import(pathToFileURL(identity.main).href);
electron.__double.markReady();
