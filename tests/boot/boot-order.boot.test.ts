// Issue 21 item 6: the first tray image waits only for what it needs. electron-updater,
// electron-log's transports and the demo API load after it, or never: nothing of them is in the
// main bundle's static import graph, and a packaged, non-demo start (updates on) shows its tray
// before loading them. They still load afterwards. electron-store (conf, Ajv) is not in the
// static graph either: a settings file that can simply be read is served without it until it
// opens after the first count (deferred-settings.boot.test.ts); a first run, like this one, opens
// it before the tray as it always has.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchUnderDouble, type LaunchedApp } from '../support/electron-double/launch.mjs';
import type { DoubleElectron } from '../support/electron-double/types';
import { CATALOGUES } from '../../electron/shared/i18n/catalogues';
import { LANGUAGES, type Language } from '../../electron/shared/types';
import { ROOT, requireBuiltApp } from './boot-runner';
import { packagedResources, type PackagedResources } from './packaged-resources';

/** Every file and bare package the main entry imports statically (import … from), transitively. */
function staticImports(entry: string) {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, specifier] of source.matchAll(/^import\s[^;]*?from\s*["']([^"']+)["'];?$/gm)) {
      if (specifier!.startsWith('.')) visit(resolve(dirname(file), specifier!));
      else packages.add(specifier!);
    }
  };
  visit(entry);
  return { files: [...files], packages: [...packages] };
}

describe('the main bundle loads only what the first tray image needs', () => {
  test('its static import graph holds no updater, log transports, settings engine or demo API', () => {
    requireBuiltApp();
    const { files, packages } = staticImports(join(ROOT, 'out/main/index.js'));
    expect(packages).toContain('electron');
    const late = packages.filter((name) =>
      /^(electron-updater|electron-log|electron-store|conf|ajv)(\/|$)/.test(name),
    );
    expect(late).toEqual([]);
    const source = files.map((file) => readFileSync(file, 'utf8')).join('\n');
    expect(source).toContain('createTray');
    expect(source).not.toMatch(/function startDemoServer\b/);
    // The window's first screen (Svelte's server renderer and the components) loads with the page.
    expect(files.filter((file) => file.endsWith('first-screen.js'))).toEqual([]);
    expect(source).not.toContain('svelte.dev/e/');
    // Nor does it share a chunk with it: a shared module would leave index.js for a chunk of its
    // own that boot then loads as one more file (electron.vite.config.ts, firstScreenCopies).
    const firstScreen = staticImports(join(ROOT, 'out/main/first-screen.js'));
    expect(firstScreen.files.filter((file) => files.includes(file))).toEqual([]);
    // Of the six catalogues, only English: the one asked for loads before the first tray image
    // (core/app/lazy-catalogues.ts). Their strings mark them, whether a module comment survives.
    const spoken = (language: Language) =>
      source.includes(JSON.stringify(CATALOGUES[language]['tray.notSignedIn']));
    expect(LANGUAGES.filter(spoken)).toEqual(['en']);
  });
});

describe('a packaged start with updates on', () => {
  let packaged: PackagedResources | undefined;
  let app: LaunchedApp | undefined;
  beforeAll(async () => {
    requireBuiltApp();
    packaged = await packagedResources();
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    packaged?.dispose();
  });

  test('shows its tray before loading electron-updater and electron-log, and loads both after', async () => {
    app = launchUnderDouble({
      platform: 'linux',
      launch: { kind: 'packaged', resourcesPath: packaged!.resourcesPath },
      nodeArgs: ['--require', join(ROOT, 'tests/support/electron-double/module-load-recorder.cjs')],
      cwd: ROOT,
    });
    const read = () =>
      app!.evaluate(({ __double }: DoubleElectron) => {
        const tray = __double.calls.find((call) => call.api === 'Tray' && call.method === 'constructor');
        const logIpc = __double.calls.find(
          (call) => call.api === 'ipcMain' && call.method === 'handle' && call.args[0] === '__ELECTRON_LOG__',
        );
        const loads = (globalThis as unknown as { __moduleLoads: { name: string; t: number }[] })
          .__moduleLoads;
        const updater = loads.find((entry) => entry.name === 'electron-updater');
        return {
          tray: tray ? { at: tray.at, t: tray.t } : null,
          // electron-log registers its IPC handler as it loads: its place in the call log.
          logAt: logIpc?.at ?? null,
          updaterT: updater?.t ?? null,
        };
      }, null);
    const deadline = Date.now() + 60_000;
    let seen = await read();
    while (!(seen.tray && seen.logAt !== null && seen.updaterT !== null)) {
      if (Date.now() > deadline)
        throw new Error(`never saw all three: ${JSON.stringify(seen)}\n${app.output()}`);
      await new Promise((wait) => setTimeout(wait, 50));
      seen = await read();
    }
    expect(seen.logAt).toBeGreaterThan(seen.tray!.at);
    expect(seen.updaterT).toBeGreaterThan(seen.tray!.t);
    expect(app.output()).not.toMatch(/could not load its log files|Automatic updates could not start/);
  }, 120_000);
});
